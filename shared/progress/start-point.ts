import type { YearPoint } from './types.ts';

/**
 * docs/methodology.md §3 step 4: the baseline if given, else the earliest actual before the latest one.
 * Progress needs elapsed time, so a start point must lie strictly before the latest year: a
 * baseline for the latest year itself (or a later one) measures nothing, and the earliest earlier
 * actual is used instead, as if there were no baseline. A baseline that is not a finite number
 * cannot start a numeric line and is ignored the same way.
 */
export const startPoint = (
  baseline: { year: number; value: number | boolean } | undefined,
  counted: readonly { year: number; value: number | boolean }[],
  latestYear: number,
): YearPoint | null => {
  if (baseline && typeof baseline.value === 'number' && Number.isFinite(baseline.value) && baseline.year < latestYear) {
    return { year: baseline.year, value: baseline.value };
  }
  const earliest = counted[0];
  if (earliest && earliest.year < latestYear && typeof earliest.value === 'number') {
    return { year: earliest.year, value: earliest.value };
  }
  return null;
};

/** Before any actual exists, a chart can still draw the line from a finite numeric baseline. */
export const baselinePoint = (baseline: { year: number; value: number | boolean } | undefined): YearPoint | null =>
  baseline && typeof baseline.value === 'number' && Number.isFinite(baseline.value)
    ? { year: baseline.year, value: baseline.value }
    : null;
