import type { PlanDossier } from '#shared/storage/port.ts';
import type { LedTask } from './units.ts';

/** A plan's tasks and their yearly reports, as the reporting rules take them. */
export interface PlanTasks {
  tasks: readonly LedTask[];
  taskReports: readonly { taskId: string; year: number }[];
}

/**
 * The one place the reporting rules (units, completeness, unit flags, reminders) learn a plan's tasks
 * from what the plan's read brought. Task storage is not read with the plan yet: no task is expected
 * of anyone until it is, and then this reads the dossier's tasks and task reports.
 */
export const planTasksOf = (_dossier: PlanDossier): PlanTasks => ({ tasks: [], taskReports: [] });
