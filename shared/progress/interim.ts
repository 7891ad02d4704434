import type { YearPoint } from './types.ts';

/**
 * The indicator's interim milestones (the yearly plans' own targets) that a target line passes
 * through: numeric, strictly after the line's start and before its target year, sorted by year,
 * one per year (the later entry wins, as a later write would). Others cannot shape the line.
 */
export const waypoints = (
  milestones: readonly { year: number; value: number | boolean }[] | undefined,
  fromYear: number,
  targetYear: number,
): YearPoint[] => {
  const byYear = new Map<number, number>();
  for (const m of milestones ?? []) {
    if (typeof m.value !== 'number' || !Number.isFinite(m.value)) continue;
    if (m.year <= fromYear || m.year >= targetYear) continue;
    byYear.set(m.year, m.value);
  }
  return [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
};
