import type { Plan } from '#shared/domain/plan.ts';
import type { Task, TaskReport } from '#shared/domain/task.ts';
import { taskYearAsOf } from './calendar.ts';
import { computeTaskStatus, type TaskStatusResult } from './status.ts';

/**
 * A stored task's status for one year as of a date, from its stored reports. A 'done' without
 * completedOn counts as completed on the day it was reported (the UTC date of reportedAt).
 */
export const taskStatusOfYear = (
  task: Pick<Task, 'due'>,
  reports: readonly TaskReport[],
  year: number,
  asOf: string,
): TaskStatusResult => {
  const report = reports.find((r) => r.year === year);
  return computeTaskStatus({
    due: task.due,
    year,
    asOf,
    report: report
      ? {
          state: report.state,
          ...(report.completedOn ? { completedOn: report.completedOn } : {}),
          reportedOn: report.reportedAt.slice(0, 10),
        }
      : null,
  });
};

/**
 * A stored task's status as of a date, for the year it speaks of: the one-off's due year, else the
 * asOf year kept inside the plan period.
 */
export const taskStatusAsOf = (
  task: Pick<Task, 'due'>,
  reports: readonly TaskReport[],
  plan: Pick<Plan, 'period'>,
  asOf: string,
): TaskStatusResult => taskStatusOfYear(task, reports, taskYearAsOf(task.due, asOf, plan.period), asOf);
