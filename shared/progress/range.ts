import type { NumericTarget } from './comparator.ts';
import type { TrajectoryPoint, YearPoint } from './types.ts';

/** The range's upper end; a single point for every other comparator. */
export const upperOf = (target: NumericTarget): number =>
  target.comparator === 'between' ? (target.upper ?? target.value) : target.value;

/**
 * The point progress is measured towards. A range ("95–100 %", "28–30 %") is reached on its near
 * end, so a start below it aims at its lower end and a start above it at its upper end; every
 * method then grades the way it grades a point target. A start inside the range already meets it.
 */
export const aimOf = (target: NumericTarget, from: number): number => {
  const upper = upperOf(target);
  return target.comparator === 'between' && from > upper ? upper : target.value;
};

/** The point target a method sees: the range's near end, with the comparator that reaching it means. */
export const pointTarget = (target: NumericTarget, from: number): NumericTarget => {
  if (target.comparator !== 'between') return target;
  const upper = upperOf(target);
  return from > upper
    ? { ...target, comparator: '<=', value: upper, upper: undefined }
    : { ...target, comparator: '>=', value: target.value, upper: undefined };
};

/**
 * A range's band along a target line: the line to each end, drawn by the same method from the same
 * start. `line` builds one line to a given end value.
 */
export const withBand = (
  target: NumericTarget,
  trajectory: TrajectoryPoint[],
  line: (end: number) => TrajectoryPoint[],
): TrajectoryPoint[] => {
  if (target.comparator !== 'between') return trajectory;
  const lower = new Map(line(target.value).map((p) => [p.year, p.expected]));
  const upper = new Map(line(upperOf(target)).map((p) => [p.year, p.expected]));
  return trajectory.map((p) => ({
    ...p,
    lower: lower.get(p.year) ?? target.value,
    upper: upper.get(p.year) ?? upperOf(target),
  }));
};

/** Straight pieces through the given points (sorted by year, distinct years): the value at `year`. */
export const throughPoints = (points: readonly YearPoint[], year: number): number => {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) throw new RangeError('throughPoints needs at least one point');
  if (year <= first.year) return first.value;
  if (year >= last.year) return last.value;
  for (let i = 1; i < points.length; i++) {
    const b = points[i]!;
    if (year <= b.year) {
      const a = points[i - 1]!;
      return a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
    }
  }
  return last.value;
};
