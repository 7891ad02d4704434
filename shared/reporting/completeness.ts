import * as z from 'zod';
import type { ReportState } from '#shared/domain/report.ts';
import type { ReportingRule } from '#shared/domain/plan.ts';
import { deadlinePassed, dueDate, provinceToday } from '#shared/flags/calendar.ts';
import { reportYearFits } from '#shared/tasks/calendar.ts';
import type { LedTask } from './units.ts';

/**
 * Completeness and timeliness of a plan's yearly reports (DHIS2's reporting rate), as of a date.
 * One pure function from explicit inputs to each unit's standing plus the counts that explain it.
 */
export const Timeliness = z.enum(['on_time', 'late', 'missing', 'not_due']);
export type Timeliness = z.infer<typeof Timeliness>;

/**
 * A unit's standing for one year: submitted on or before the due day is on time (on the due day
 * itself still on time), after it late; not submitted is missing once the due day is over, else not
 * yet due. `submittedOn` after `asOf` does not count: as of then it had not arrived.
 */
export const timelinessOf = (due: string | null, submittedOn: string | undefined, asOf: string): Timeliness => {
  const arrived = submittedOn !== undefined && submittedOn <= asOf;
  if (arrived) return due === null || !deadlinePassed(due, submittedOn) ? 'on_time' : 'late';
  return due !== null && deadlinePassed(due, asOf) ? 'missing' : 'not_due';
};

export interface CompletenessInput {
  rule: ReportingRule | undefined;
  year: number;
  asOf: string;
  /** The units that must report (shared/reporting/units.ts). */
  units: readonly string[];
  indicators: readonly { id: string; departmentId?: string | undefined }[];
  actuals: readonly { indicatorId: string; year: number }[];
  tasks: readonly LedTask[];
  taskReports: readonly { taskId: string; year: number }[];
  reports: readonly { departmentId: string; state: ReportState; submittedAt?: string | undefined }[];
}

export interface Counted {
  reported: number;
  expected: number;
}

export interface UnitStanding {
  departmentId: string;
  /** `none` when the unit has not written anything yet. */
  state: ReportState | 'none';
  submittedAt: string | null;
  timeliness: Timeliness;
  values: Counted;
  tasks: Counted;
  /** What is still missing: the unit's indicators without a value for the year, its tasks without a report. */
  missing: { indicatorIds: string[]; taskIds: string[] };
}

export interface Completeness {
  due: string | null;
  units: UnitStanding[];
  summary: {
    expected: number;
    onTime: number;
    late: number;
    missing: number;
    notDue: number;
    /** (on time + late) / expected; null when no unit is expected. */
    reportingRate: number | null;
    /** on time / expected; null when no unit is expected. */
    timelyRate: number | null;
  };
}

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

/** The day a submission arrived, in the province's calendar (a report sent at 23:30 UTC arrived the next day there). */
export const submittedOn = (submittedAt: string | undefined) =>
  submittedAt === undefined ? undefined : provinceToday(new Date(submittedAt));

export const reportCompleteness = (input: CompletenessInput): Completeness => {
  const due = input.rule ? dueDate(input.rule, input.year) : null;
  const valued = new Set(input.actuals.filter((a) => a.year === input.year).map((a) => a.indicatorId));
  const taskReported = new Set(input.taskReports.filter((r) => r.year === input.year).map((r) => r.taskId));
  const reports = new Map(input.reports.map((report) => [report.departmentId, report]));
  const units = input.units.map((departmentId): UnitStanding => {
    const report = reports.get(departmentId);
    const indicators = input.indicators.filter((i) => i.departmentId === departmentId);
    const tasks = input.tasks.filter((t) => t.leadDepartmentId === departmentId && reportYearFits(t.due, input.year));
    const missingIndicators = indicators.filter((i) => !valued.has(i.id)).map((i) => i.id);
    const missingTasks = tasks.filter((t) => !taskReported.has(t.id)).map((t) => t.id);
    return {
      departmentId,
      state: report?.state ?? 'none',
      submittedAt: report?.submittedAt ?? null,
      timeliness: timelinessOf(due, submittedOn(report?.submittedAt), input.asOf),
      values: { reported: indicators.length - missingIndicators.length, expected: indicators.length },
      tasks: { reported: tasks.length - missingTasks.length, expected: tasks.length },
      missing: { indicatorIds: missingIndicators, taskIds: missingTasks },
    };
  });
  const count = (t: Timeliness) => units.filter((u) => u.timeliness === t).length;
  const onTime = count('on_time');
  const late = count('late');
  return {
    due,
    units,
    summary: {
      expected: units.length,
      onTime,
      late,
      missing: count('missing'),
      notDue: count('not_due'),
      reportingRate: rate(onTime + late, units.length),
      timelyRate: rate(onTime, units.length),
    },
  };
};
