import type { Plan } from '#shared/domain/plan.ts';
import type { Task, TaskReport } from '#shared/domain/task.ts';
import type { TaskView } from '#shared/http/task-contracts.ts';
import { taskStatusAsOf } from '#shared/tasks/as-of.ts';

/** A task as the reads return it: with its reports by year and its status as of `asOf`, explained. */
export const taskView = (
  task: Task,
  reports: readonly TaskReport[],
  plan: Pick<Plan, 'period'>,
  asOf: string,
): TaskView => {
  const { status, ...statusReason } = taskStatusAsOf(task, reports, plan, asOf);
  return { ...task, reports: [...reports].sort((a, b) => a.year - b.year), status, statusReason };
};
