import type { TrajectoryPoint, Verdict, YearPoint } from './types.ts';

/** Nothing reported yet: no grade, but the target line (from a baseline, if any) is still worth drawing. */
export const noActual = (trajectory: TrajectoryPoint[], start: YearPoint | null = null): Verdict => ({
  status: 'no_data',
  reason: 'no_actual',
  latest: null,
  start,
  expected: null,
  ratio: null,
  trajectory,
  actuals: [],
});
