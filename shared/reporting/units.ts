import type { Plan } from '#shared/domain/plan.ts';
import type { TaskDue } from '#shared/domain/task.ts';

/** What the reporting rules need of a task: its lead and when it is reported (shared/domain/task.ts). */
export interface LedTask {
  id: string;
  code?: string;
  leadDepartmentId: string;
  due: TaskDue;
}

/**
 * The units that must report on a plan (docs/reporting.md): the plan's `reporting.units` when it
 * names them, else every unit that leads an indicator or a task of the plan, in id order.
 */
export const reportingUnits = (
  plan: Pick<Plan, 'reporting'>,
  indicators: readonly { departmentId?: string | undefined }[],
  tasks: readonly Pick<LedTask, 'leadDepartmentId'>[] = [],
): string[] => {
  if (plan.reporting?.units) return [...plan.reporting.units];
  const leads = new Set<string>();
  for (const indicator of indicators) if (indicator.departmentId) leads.add(indicator.departmentId);
  for (const task of tasks) leads.add(task.leadDepartmentId);
  return [...leads].sort();
};
