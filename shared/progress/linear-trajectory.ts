import { bandOf, trajectoryBands } from './bands.ts';
import { unlessNaN, yearsTo, type LevelMeasureInput, type LevelMethod } from './level-method.ts';
import { throughPoints } from './range.ts';
import type { TrajectoryPoint, YearPoint } from './types.ts';

/**
 * docs/methodology.md §3 step 6: expected(y) = start + (target − start)·(y − startYear)/(targetYear − startYear).
 * After the target year the line stays at the target (a level target does not keep moving), and
 * the target year itself returns the target exactly rather than a rounded neighbour.
 */
export const linearExpected = (
  start: YearPoint,
  target: number,
  targetYear: number,
  year: number,
  waypoints: readonly YearPoint[] = [],
): number => {
  if (year >= targetYear || start.year >= targetYear) return target;
  // Interim milestones (interim.ts) bend the line: straight pieces from milestone to milestone.
  if (waypoints.length > 0) return throughPoints([start, ...waypoints, { year: targetYear, value: target }], year);
  return start.value + ((target - start.value) * (year - start.year)) / (targetYear - start.year);
};

export const linearTrajectory = (
  start: YearPoint,
  target: number,
  targetYear: number,
  waypoints: readonly YearPoint[] = [],
): TrajectoryPoint[] =>
  yearsTo(start.year, targetYear).map((year) => ({
    year,
    expected: linearExpected(start, target, targetYear, year, waypoints),
  }));

/**
 * ratio = (latest − start)/(expected(latestYear) − start), computed in the equivalent form
 * (latest − start)·(targetYear − startYear) / ((target − start)·(latestYear − startYear)):
 * one division instead of three, so the ratio is the correctly rounded quotient of two exact
 * products whenever the figures are whole numbers. That makes the verdict identical when every
 * figure is scaled by the same factor, and a ratio of exactly 19/20 lands on 0.95 and counts as
 * on track. Past the target year the expected change is the whole change to the target.
 *
 * The denominator is zero only when the target equals the start value — possible only with '>'
 * or '<' (for the other comparators such a start already meets the target and never gets here):
 * no change was planned, so there is no ratio, and level.ts reports off_track.
 */
export const linearRatio = ({
  start,
  latest,
  target,
  targetYear,
  waypoints = [],
}: LevelMeasureInput): number | null => {
  if (waypoints.length > 0 && latest.year < targetYear) {
    // Against a milestone the line bends, so the one-division form no longer applies.
    const expectedChange = linearExpected(start, target, targetYear, latest.year, waypoints) - start.value;
    if (expectedChange === 0 || latest.year <= start.year) return null;
    return unlessNaN((latest.value - start.value) / expectedChange);
  }
  const span = targetYear - start.year;
  const elapsed = Math.min(latest.year, targetYear) - start.year;
  const denominator = (target - start.value) * elapsed;
  if (span <= 0 || elapsed <= 0 || denominator === 0) return null;
  return unlessNaN(((latest.value - start.value) * span) / denominator);
};

export const linearTrajectoryMethod: LevelMethod = {
  name: 'linear-trajectory',
  trajectory: linearTrajectory,
  measure(input) {
    const ratio = linearRatio(input);
    return {
      expected: linearExpected(input.start, input.target, input.targetYear, input.latest.year, input.waypoints),
      ratio,
      band: ratio === null ? null : bandOf(ratio, trajectoryBands),
    };
  },
};
