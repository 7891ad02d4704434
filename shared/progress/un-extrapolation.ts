import { bandOf, type Band } from './bands.ts';
import { cagr, geometricExpected, geometricTrajectory, growthValues } from './growth.ts';
import { unlessNaN, type LevelMethod } from './level-method.ts';

/** UN progress assessment (2023/2024): P = (projected − start)/(target − start). */
export const unExtrapolationBands: readonly Band[] = [
  { from: 0.95, status: 'on_track', word: 'on_track_or_met' },
  { from: 0.1, status: 'at_risk', word: 'fair_progress' },
  { from: -Infinity, status: 'off_track', word: 'stagnation_or_regression' },
];

export const unExtrapolationMethod: LevelMethod = {
  name: 'un-extrapolation',
  trajectory: geometricTrajectory,
  achievedWord: 'on_track_or_met',
  measure(input) {
    const values = growthValues(input);
    if (values === 'not_positive') return values;
    const { start, latest, target, targetYear } = input;
    const elapsed = latest.year - start.year;
    // v_e = v·(1 + CAGR(b→v))^(tT − t) = v·(v/b)^((tT − t)/(t − t0)): the second form rounds once.
    // At or past the target year there is nothing to project: the latest value is the outcome.
    const projectedValue =
      targetYear > latest.year
        ? values.latest * Math.pow(values.latest / values.start, (targetYear - latest.year) / elapsed)
        : latest.value;
    // P is a share of the planned distance, so it uses the raw start and target, not the floored ones.
    const distance = target - start.value;
    const ratio = distance === 0 ? null : unlessNaN((projectedValue - start.value) / distance);
    const span = targetYear - start.year;
    return {
      expected: geometricExpected(start, target, targetYear, latest.year),
      ratio,
      band: ratio === null ? null : bandOf(ratio, unExtrapolationBands),
      ...(targetYear > latest.year ? { projected: { year: targetYear, value: projectedValue } } : {}),
      growth: {
        observed: cagr(values.start, values.latest, elapsed),
        required: span > 0 ? cagr(values.start, values.target, span) : 0,
      },
    };
  },
};
