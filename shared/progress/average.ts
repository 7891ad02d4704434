import { bandOf, trajectoryBands } from './bands.ts';
import { direction, meets, type NumericTarget } from './comparator.ts';
import { unlessNaN, yearsTo } from './level-method.ts';
import { aimOf, upperOf } from './range.ts';
import type { ProgressActual, Verdict } from './types.ts';
import { noActual } from './no-data.ts';

export interface AverageInput {
  target: NumericTarget;
  /** The first year that counts: target.countFrom, else the plan's start year. */
  fromYear: number;
  /** Numeric actuals from fromYear up to the asOf year, sorted by year. */
  counted: ProgressActual[];
}

/** The mean from the first counted year to each year, summed in year order so the same actuals give the same means. */
export const runningMean = (counted: readonly ProgressActual[]): { year: number; mean: number }[] => {
  let sum = 0;
  return counted.map((a, i) => {
    sum += typeof a.value === 'number' ? a.value : 0;
    return { year: a.year, mean: sum / (i + 1) };
  });
};

/**
 * docs/methodology.md §11, period averages ("tốc độ tăng trưởng bình quân 5 năm khoảng 6,5–7 %"): the
 * mean of the yearly actuals from fromYear to the latest year is compared with the target. Before
 * the target year a mean that meets it is on_track, otherwise ratio = mean/target (target/mean when
 * the value has to fall) with the linear-trajectory bands; from the target year on: achieved or
 * missed. A ratio of means needs both positive: otherwise insufficient_data.
 */
export const evaluateAverage = ({ target, fromYear, counted }: AverageInput): Verdict => {
  const trajectory = yearsTo(fromYear, target.year).map((year) => ({
    year,
    expected: target.value,
    ...(target.comparator === 'between' ? { lower: target.value, upper: upperOf(target) } : {}),
  }));
  const latestActual = counted.at(-1);
  if (!latestActual) {
    return noActual(trajectory);
  }
  const means = runningMean(counted);
  const mean = means.at(-1)?.mean ?? 0;
  const aim = aimOf(target, mean);
  const rising = direction(target.comparator, mean, target.value, upperOf(target)) !== 'decrease';
  const ratio = mean > 0 && aim > 0 ? unlessNaN(rising ? mean / aim : aim / mean) : null;
  const common = {
    latest: { year: latestActual.year, value: latestActual.value },
    start: null,
    expected: aim,
    ratio,
    trajectory,
    actuals: counted,
    mean,
    runningMean: means,
  };
  const due = latestActual.year >= target.year;
  if (meets(target, mean)) return { ...common, status: due ? 'achieved' : 'on_track', reason: 'met' };
  if (due) return { ...common, status: 'missed', reason: 'target_year_reached' };
  if (ratio === null) return { ...common, status: 'insufficient_data', reason: 'not_positive_mean' };
  return { ...common, status: bandOf(ratio, trajectoryBands).status, reason: 'measured' };
};
