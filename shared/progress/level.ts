import { meets, type NumericTarget } from './comparator.ts';
import { waypoints } from './interim.ts';
import { yearsTo, type LevelMethod } from './level-method.ts';
import { aimOf, withBand } from './range.ts';
import { baselinePoint, startPoint } from './start-point.ts';
import type { ProgressActual, TrajectoryPoint, Verdict, YearPoint } from './types.ts';
import { noActual } from './no-data.ts';

export interface LevelInput {
  target: NumericTarget;
  baseline: { year: number; value: number | boolean } | undefined;
  /** Numeric actuals up to the asOf year, sorted by year. */
  counted: ProgressActual[];
  /** The indicator's interim milestones; the linear trajectory passes through them. */
  milestones?: readonly { year: number; value: number | boolean }[];
}

/**
 * When the start already meets the target the plan asks to keep it there, so the honest target
 * line is the target itself, not a line from the start that could point the wrong way.
 */
const flatAt = (start: YearPoint, target: number, targetYear: number): TrajectoryPoint[] =>
  yearsTo(start.year, targetYear).map((year) => ({ year, expected: target }));

const lineFrom = (
  start: YearPoint | null,
  target: NumericTarget,
  method: LevelMethod,
  milestones: LevelInput['milestones'],
): TrajectoryPoint[] => {
  const marker = [{ year: target.year, expected: target.value }];
  if (!start) return withBand(target, marker, (end) => [{ year: target.year, expected: end }]);
  if (meets(target, start.value)) {
    return withBand(target, flatAt(start, target.value, target.year), (end) => flatAt(start, end, target.year));
  }
  const through = waypoints(milestones, start.year, target.year);
  const line = (end: number) => method.trajectory(start, end, target.year, through);
  return withBand(target, line(aimOf(target, start.value)) ?? marker, (end) => line(end) ?? []);
};

/**
 * A numeric level indicator, docs/methodology.md §3 steps 1–7 in order. The branches that do not depend on
 * the method are here; the method supplies the target line and the measure of steps 6–7.
 * `expected` and `ratio` are reported whenever the method can compute them, even when an earlier
 * branch decided (a missed target still shows how far along it got).
 */
export const evaluateLevel = ({ target, baseline, counted, milestones }: LevelInput, method: LevelMethod): Verdict => {
  const latestActual = counted.at(-1);
  // Step 1. The line from the baseline, if any, is still worth drawing.
  if (!latestActual || typeof latestActual.value !== 'number') {
    const start = baselinePoint(baseline);
    return noActual(lineFrom(start, target, method, milestones), start);
  }
  const latest: YearPoint = { year: latestActual.year, value: latestActual.value };
  const start = startPoint(baseline, counted, latest.year);
  const startMet = start !== null && meets(target, start.value);
  // A range is measured towards its near end (range.ts); the line bends through interim milestones.
  const measure =
    start && !startMet
      ? method.measure({
          start,
          latest,
          target: aimOf(target, start.value),
          targetYear: target.year,
          waypoints: waypoints(milestones, start.year, target.year),
        })
      : null;
  const read = measure === 'not_positive' ? null : measure;

  const common = {
    latest,
    start,
    expected: read?.expected ?? (startMet ? target.value : null),
    ratio: read?.ratio ?? null,
    ...(read?.projected ? { projected: read.projected } : {}),
    ...(read?.growth ? { growth: read.growth } : {}),
    trajectory: lineFrom(start, target, method, milestones),
    actuals: counted,
  };

  // Step 2. `maintain` grades the earlier years afterwards (maintain.ts).
  if (meets(target, latest.value)) {
    return {
      ...common,
      status: 'achieved',
      reason: 'met',
      ...(method.achievedWord ? { methodStatus: method.achievedWord } : {}),
    };
  }
  // Step 3.
  if (latest.year >= target.year) return { ...common, status: 'missed', reason: 'target_year_reached' };
  // Step 4.
  if (!start) return { ...common, status: 'insufficient_data', reason: 'no_start' };
  // Step 5: the value once met the target and no longer does.
  if (startMet) return { ...common, status: 'off_track', reason: 'start_already_met' };
  if (measure === 'not_positive') return { ...common, status: 'insufficient_data', reason: 'not_positive' };
  // The start sits exactly on the edge of a strict target ('>' or '<'): no change was planned to
  // compare with, and the latest value is still not past the edge.
  if (!read?.band) return { ...common, status: 'off_track', reason: 'no_change_expected' };
  // Steps 6–7.
  return {
    ...common,
    status: read.band.status,
    reason: 'measured',
    ...(read.band.word ? { methodStatus: read.band.word } : {}),
  };
};
