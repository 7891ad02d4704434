import type { ReportingRule } from '#shared/domain/plan.ts';
import { deadlinePassed, dueDate, provinceToday } from '#shared/flags/calendar.ts';
import type { TaskSource, UnitReportSource, YearReportingSource } from './input.ts';

/** The units that answer for a plan: every department that leads one of its indicators or tasks. */
export const leadingUnits = (
  indicators: readonly { departmentId?: string }[],
  tasks: readonly TaskSource[] = [],
): string[] =>
  [
    ...new Set([
      ...indicators.flatMap((indicator) => (indicator.departmentId ? [indicator.departmentId] : [])),
      ...tasks.map((source) => source.task.leadDepartmentId),
    ]),
  ].sort();

/**
 * A year's completeness when no reader gives one: each expected unit against the plan's due date
 * (shared/flags/calendar.ts, where the due day is still on time), from its report if it was sent by
 * asOf. Pure. Without a reporting rule there is no due date, so no year to judge.
 */
export const yearReporting = (
  rule: ReportingRule | undefined,
  year: number,
  units: readonly string[],
  reports: readonly UnitReportSource[],
  asOf: string,
): YearReportingSource | undefined => {
  if (!rule) return undefined;
  const due = dueDate(rule, year);
  return {
    year,
    due,
    units: units.map((departmentId) => {
      const sent = reports.find(
        (report) => report.departmentId === departmentId && report.year === year && report.submittedAt,
      );
      const day = sent?.submittedAt ? provinceToday(new Date(sent.submittedAt)) : undefined;
      // A report sent after asOf had not arrived as of then.
      if (sent?.submittedAt && day !== undefined && day <= asOf) {
        return {
          departmentId,
          submittedAt: sent.submittedAt,
          timeliness: deadlinePassed(due, day) ? ('late' as const) : ('on_time' as const),
        };
      }
      return { departmentId, timeliness: deadlinePassed(due, asOf) ? ('missing' as const) : ('not_due' as const) };
    }),
  };
};
