import { bandOf, type Band } from './bands.ts';
import { cagr, geometricExpected, geometricTrajectory, growthValues } from './growth.ts';
import { unlessNaN, type LevelMethod } from './level-method.ts';

/**
 * UN SDG progress chart (2022): CR = observed CAGR / required CAGR. The UN's four words map to
 * the product's three grades; "deterioration" stays visible as methodStatus.
 */
export const unCagrBands: readonly Band[] = [
  { from: 0.95, status: 'on_track', word: 'on_track' },
  { from: 0.5, status: 'at_risk', word: 'fair_progress' },
  { from: -0.1, status: 'off_track', word: 'limited_or_no_progress' },
  { from: -Infinity, status: 'off_track', word: 'deterioration' },
];

export const unCagrMethod: LevelMethod = {
  name: 'un-cagr',
  trajectory: geometricTrajectory,
  achievedWord: 'target_met',
  measure(input) {
    const values = growthValues(input);
    if (values === 'not_positive') return values;
    const { start, latest, targetYear } = input;
    const expected = geometricExpected(start, input.target, targetYear, latest.year);
    const observed = cagr(values.start, values.latest, latest.year - start.year);
    const span = targetYear - start.year;
    // CAGR(b→T over tT − t0): the whole horizon from the start, as the UN chart defines it.
    const required = span > 0 ? cagr(values.start, values.target, span) : 0;
    // A zero required rate means no change was planned: no ratio, as in linear-trajectory.
    const ratio = required === 0 ? null : unlessNaN(observed / required);
    return {
      expected,
      ratio,
      band: ratio === null ? null : bandOf(ratio, unCagrBands),
      growth: { observed, required },
    };
  },
};
