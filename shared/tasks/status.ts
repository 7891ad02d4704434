import * as z from 'zod';
import type { TaskDue, TaskState } from '#shared/domain/task.ts';
import { checkDate, daysBetween, reportYearFits, taskDueDate, yearOf } from './calendar.ts';
import { explainTaskStatus } from './explanation.ts';

/**
 * A task's status for one year as of a date. Done on or before the due date is `done_on_time`,
 * after it `done_late`; not done once the due date has passed is `overdue` whatever the report
 * says; before it, the report's own state, or `not_due` without a report.
 */
export const TaskStatus = z.enum(['done_on_time', 'done_late', 'in_progress', 'not_started', 'overdue', 'not_due']);
export type TaskStatus = z.infer<typeof TaskStatus>;

/** Machine terms for the branch that decided; the explanation is written from it. */
export const TaskStatusReason = z.enum([
  'done_by_due',
  'done_after_due',
  'due_passed_not_done',
  'reported_in_progress',
  'reported_not_started',
  'done_after_as_of',
  'no_report_yet',
]);
export type TaskStatusReason = z.infer<typeof TaskStatusReason>;

/** The report for the year, as far as the status needs it. */
export interface TaskStatusReport {
  state: TaskState;
  /** The day the work was completed, as the department states it ('done' only). */
  completedOn?: string;
  /** The day the report was written: a 'done' without completedOn counts as completed then. */
  reportedOn: string;
}

export interface TaskStatusInput {
  due: TaskDue;
  /** The year judged. A one-off task is judged under its due year (the default for it). */
  year?: number;
  /** The year's report, if any. */
  report?: TaskStatusReport | null;
  /** 'YYYY-MM-DD': the day the status is true on. Recurring work defaults to this date's year. */
  asOf: string;
}

export interface TaskStatusResult {
  status: TaskStatus;
  reason: TaskStatusReason;
  year: number;
  dueDate: string;
  asOf: string;
  /** The reported state, null without a report. */
  state: TaskState | null;
  /** When the work counts as completed: completedOn, else the day 'done' was reported. */
  completedOn?: string;
  /** Signed whole days from asOf to the due date: positive while there is time left, negative when past. */
  daysToDue: number;
  /** done_late: days between the due date and completion. */
  daysLate?: number;
  explanation: { vi: string; en: string };
}

/**
 * Pure: the same input always gives the same answer, and the answer names the dates and the
 * branch that decided. The due day itself is still on time (a task "due 31/12" done on 31/12 is
 * on time, and is overdue from 1 January on), as for reports of actuals.
 *
 * Throws RangeError for a malformed date or a one-off task asked about another year than its due
 * year: both are a caller's bug, since the routes validate them first.
 */
export function computeTaskStatus(input: TaskStatusInput): TaskStatusResult {
  const asOf = checkDate(input.asOf, 'asOf');
  const year = input.year ?? ('date' in input.due ? yearOf(input.due.date) : yearOf(asOf));
  if (!Number.isInteger(year) || !reportYearFits(input.due, year)) {
    throw new RangeError(`a one-off task is reported under its due year, not ${String(year)}`);
  }
  const dueDate = taskDueDate(input.due, year);
  const report = input.report ?? null;
  const completedOn =
    report?.state === 'done' ? checkDate(report.completedOn ?? report.reportedOn, 'completedOn') : undefined;
  const pastDue = asOf > dueDate;

  let status: TaskStatus;
  let reason: TaskStatusReason;
  if (completedOn !== undefined && completedOn <= asOf) {
    [status, reason] = completedOn <= dueDate ? ['done_on_time', 'done_by_due'] : ['done_late', 'done_after_due'];
  } else if (pastDue) {
    [status, reason] = ['overdue', 'due_passed_not_done'];
  } else if (completedOn !== undefined) {
    // Completed after the day asked about: on that day the work was still under way.
    [status, reason] = ['in_progress', 'done_after_as_of'];
  } else if (report?.state === 'in_progress') {
    [status, reason] = ['in_progress', 'reported_in_progress'];
  } else if (report?.state === 'not_started') {
    [status, reason] = ['not_started', 'reported_not_started'];
  } else {
    [status, reason] = ['not_due', 'no_report_yet'];
  }

  const result: Omit<TaskStatusResult, 'explanation'> = {
    status,
    reason,
    year,
    dueDate,
    asOf,
    state: report?.state ?? null,
    ...(completedOn === undefined ? {} : { completedOn }),
    daysToDue: daysBetween(asOf, dueDate),
    ...(status === 'done_late' && completedOn !== undefined ? { daysLate: daysBetween(dueDate, completedOn) } : {}),
  };
  return { ...result, explanation: explainTaskStatus(result, 'every' in input.due) };
}

/** Count per status, every status present (zero when none), for a plan's or department's summary. */
export const summariseTaskStatuses = (statuses: Iterable<TaskStatus>): Record<TaskStatus, number> => {
  const summary = Object.fromEntries(TaskStatus.options.map((s) => [s, 0])) as Record<TaskStatus, number>;
  for (const s of statuses) summary[s] += 1;
  return summary;
};
