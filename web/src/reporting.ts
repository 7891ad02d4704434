/** The reporting page's arithmetic, platform-neutral (tests/web/reporting.test.ts). */
import type { ReportingStatus } from './types.ts';

/**
 * The years worth showing, newest first: those of the plan period up to the current year (a year
 * not yet begun has nothing to report), at least the first year of the period.
 */
export const reportYears = (period: { startYear: number; endYear: number }, today: string): number[] => {
  const last = Math.max(period.startYear, Math.min(period.endYear, Number(today.slice(0, 4))));
  const years: number[] = [];
  for (let year = last; year >= period.startYear; year--) years.push(year);
  return years;
};

/** "5/7" reported of expected. */
export const ofTotal = (counted: { reported: number; expected: number }): string =>
  `${counted.reported}/${counted.expected}`;

/** Units in reading order: overdue first (they need chasing), then late, not yet due, on time; by id within. */
export const unitsByUrgency = (units: ReportingStatus['units']): ReportingStatus['units'] => {
  const rank = { missing: 0, late: 1, not_due: 2, on_time: 3 } as const;
  return [...units].sort(
    (a, b) => rank[a.timeliness] - rank[b.timeliness] || a.departmentId.localeCompare(b.departmentId),
  );
};
