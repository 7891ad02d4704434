import { bandOf, trajectoryBands } from './bands.ts';
import { direction, meets, type NumericTarget } from './comparator.ts';
import { waypoints } from './interim.ts';
import { unlessNaN } from './level-method.ts';
import { throughPoints } from './range.ts';
import type { ProgressActual, TrajectoryPoint, Verdict, YearPoint } from './types.ts';
import { noActual } from './no-data.ts';

export interface CumulativeInput {
  target: NumericTarget;
  /** The first year whose flow counts: target.countFrom, else the plan's start year. */
  startYear: number;
  /** Numeric actuals from the start year up to the asOf year, sorted by year. */
  counted: ProgressActual[];
  /** Interim milestones: the running total due by their year. */
  milestones?: readonly { year: number; value: number | boolean }[];
}

/**
 * expected(y) = target·(y − startYear + 1)/(targetYear − startYear + 1): an equal share of the
 * target each year. After the target year the expected total stays at the target. Interim
 * milestones (the total due by their year) bend the line: straight pieces from 0 before the
 * start year through each milestone to the target.
 */
export const cumulativeExpected = (
  target: number,
  startYear: number,
  targetYear: number,
  year: number,
  through: readonly YearPoint[] = [],
): number | null => {
  const years = targetYear - startYear + 1;
  if (years <= 0) return null;
  if (year >= targetYear) return target;
  if (through.length > 0) {
    return throughPoints([{ year: startYear - 1, value: 0 }, ...through, { year: targetYear, value: target }], year);
  }
  return (target * (year - startYear + 1)) / years;
};

const cumulativeTrajectory = (
  target: number,
  startYear: number,
  targetYear: number,
  through: readonly YearPoint[],
): TrajectoryPoint[] => {
  if (targetYear < startYear) return [{ year: targetYear, expected: target }];
  return Array.from({ length: targetYear - startYear + 1 }, (_, i) => ({
    year: startYear + i,
    expected: cumulativeExpected(target, startYear, targetYear, startYear + i, through) ?? target,
  }));
};

/**
 * ratio = total/expected, computed as total·years / (target·elapsedYears): one division of exact
 * products for whole numbers, so the verdict does not move when all figures are scaled (see
 * linear-trajectory.ts). Only a positive expected total can be compared with: for a target of
 * zero or below there is no share to be "on the way" to.
 */
const cumulativeRatio = (total: number, target: number, startYear: number, targetYear: number, latestYear: number) => {
  const years = targetYear - startYear + 1;
  const elapsed = Math.min(latestYear, targetYear) - startYear + 1;
  if (years <= 0 || elapsed <= 0 || target <= 0) return null;
  return unlessNaN((total * years) / (target * elapsed));
};

/**
 * A numeric cumulative indicator (docs/methodology.md §4): yearly flows summed from the plan's start year.
 * The total counts every year up to the latest, including any after the target year, as that section says;
 * a total that meets the target only later therefore reads achieved, and its year shows when.
 *
 * A cap ('≤' or '<', e.g. at most N cases over the period) is read the same way: met while the
 * total is within it. Once a cap is exceeded before the target year the ratio would grow with
 * the excess and read "on track", so the status is off_track instead: flows do not run backwards.
 */
export const evaluateCumulative = ({ target, startYear, counted, milestones }: CumulativeInput): Verdict => {
  const through = waypoints(milestones, startYear - 1, target.year);
  const trajectory = cumulativeTrajectory(target.value, startYear, target.year, through);
  const latestActual = counted.at(-1);
  if (!latestActual) {
    return noActual(trajectory);
  }
  // Summed in year order, so the same actuals always give the same total, bit for bit.
  const total = counted.reduce((sum, a) => sum + (typeof a.value === 'number' ? a.value : 0), 0);
  const latestYear = latestActual.year;
  const expected = cumulativeExpected(target.value, startYear, target.year, latestYear, through);
  // Against a milestone the line bends, so the one-division form no longer applies.
  const ratio =
    through.length > 0 && latestYear < target.year
      ? expected !== null && expected > 0
        ? unlessNaN(total / expected)
        : null
      : cumulativeRatio(total, target.value, startYear, target.year, latestYear);
  const common = {
    latest: { year: latestYear, value: latestActual.value },
    start: null,
    expected,
    ratio,
    total,
    trajectory,
    actuals: counted,
  };
  if (meets(target, total)) return { ...common, status: 'achieved', reason: 'met' };
  if (latestYear >= target.year) return { ...common, status: 'missed', reason: 'target_year_reached' };
  if (direction(target.comparator, 0, target.value) === 'decrease') {
    return { ...common, status: 'off_track', reason: 'cap_exceeded' };
  }
  if (ratio === null) return { ...common, status: 'off_track', reason: 'no_change_expected' };
  return { ...common, status: bandOf(ratio, trajectoryBands).status, reason: 'measured' };
};
