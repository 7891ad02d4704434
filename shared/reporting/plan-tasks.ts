import type { PlanDossier } from '#shared/storage/port.ts';
import type { LedTask } from './units.ts';

/** A plan's tasks and their yearly reports, as the reporting rules take them. */
export interface PlanTasks {
  tasks: readonly LedTask[];
  taskReports: readonly { taskId: string; year: number }[];
}

/**
 * The one place the reporting rules (units, completeness, unit flags, reminders) learn a plan's tasks:
 * from what the plan's read brought (shared/storage/dynamodb/store.ts getPlanDossier), tasks and the
 * current report of each of their years.
 */
export const planTasksOf = (dossier: PlanDossier): PlanTasks => ({
  tasks: dossier.tasks ?? [],
  taskReports: dossier.taskReports ?? [],
});
