import { bandOf, type Band } from './bands.ts';
import { cagr, geometricExpected, geometricTrajectory, growthValues } from './growth.ts';
import { unlessNaN, type LevelMethod } from './level-method.ts';

/** Open SDG's progress measure (Statistics Canada): R = dir·observed CAGR / |required CAGR|. */
export const statcanBands: readonly Band[] = [
  { from: 0.95, status: 'on_track', word: 'substantial_progress' },
  { from: 0.6, status: 'at_risk', word: 'moderate_progress' },
  { from: 0, status: 'off_track', word: 'limited_progress' },
  { from: -Infinity, status: 'off_track', word: 'deterioration' },
];

export const statcanMethod: LevelMethod = {
  name: 'statcan',
  trajectory: geometricTrajectory,
  achievedWord: 'target_met',
  measure(input) {
    // Negative values, and so a base and latest of different signs, get no status (docs/methodology.md §7).
    const values = growthValues(input);
    if (values === 'not_positive') return values;
    const { start, latest, target, targetYear } = input;
    // A start that does not meet the target lies on the wrong side of it, so the side the target
    // lies on is the desired direction; it agrees with the comparator's ('=' and '~' included).
    const dir = Math.sign(target - start.value);
    const observed = cagr(values.start, values.latest, latest.year - start.year);
    const span = targetYear - start.year;
    const required = span > 0 ? cagr(values.start, values.target, span) : 0;
    const ratio = required === 0 || dir === 0 ? null : unlessNaN((dir * observed) / Math.abs(required));
    return {
      expected: geometricExpected(start, target, targetYear, latest.year),
      ratio,
      band: ratio === null ? null : bandOf(ratio, statcanBands),
      growth: { observed, required },
    };
  },
};
