import type { Band } from './bands.ts';
import type { Growth, ProgressMethod, TrajectoryPoint, YearPoint } from './types.ts';

/** What every level method is given: a start strictly before the latest year, and the target. */
export interface LevelMeasureInput {
  start: YearPoint;
  latest: YearPoint;
  target: number;
  targetYear: number;
  /** Interim milestones the line passes through (interim.ts); only the linear trajectory reads them. */
  waypoints?: readonly YearPoint[];
}

/**
 * A method's reading of the progress from start to latest. `ratio` is null when the method has no
 * change to compare with (the start sits on the target's edge); `band` is then null as well.
 */
export interface LevelMeasure {
  expected: number | null;
  ratio: number | null;
  band: Band | null;
  projected?: YearPoint;
  growth?: Growth;
}

/**
 * One way of grading a numeric level indicator. The branches that do not depend on the method
 * (no data, achieved, missed, no start, start already meets) live in level.ts; a method only
 * supplies its target line and its measure.
 */
export interface LevelMethod {
  name: ProgressMethod;
  /** The target line from a start that does not meet the target; null when the method has none. */
  trajectory(
    start: YearPoint,
    target: number,
    targetYear: number,
    waypoints?: readonly YearPoint[],
  ): TrajectoryPoint[] | null;
  /** 'not_positive' when the method cannot read these values (growth rates need positive ones). */
  measure(input: LevelMeasureInput): LevelMeasure | 'not_positive';
  /** The method's own word for a met target, when it has one. */
  achievedWord?: string;
}

/** The years start..target inclusive; a single target point when the start is not before it. */
export const yearsTo = (startYear: number, targetYear: number): number[] => {
  if (startYear >= targetYear) return [targetYear];
  return Array.from({ length: targetYear - startYear + 1 }, (_, i) => startYear + i);
};

/**
 * A measure may overflow to ±∞ for absurd figures, and its sign still grades correctly, so it is
 * kept; only NaN (∞/∞) means nothing and becomes null. index.ts drops non-finite figures from the
 * answer, since JSON cannot carry them.
 */
export const unlessNaN = (x: number): number | null => (Number.isNaN(x) ? null : x);

export const finiteOrNull = (x: number | null | undefined): number | null =>
  x !== null && x !== undefined && Number.isFinite(x) ? x : null;
