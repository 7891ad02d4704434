import type { Flag, OpenFlag } from '#shared/domain/flag.ts';
import type { TaskReport } from '#shared/domain/task.ts';
import { taskFlagSlot } from '#shared/domain/task-flag.ts';
import type { PlanDossier } from '#shared/storage/port.ts';
import { taskDueDate, taskYears } from '#shared/tasks/calendar.ts';
import { taskStatusOfYear } from '#shared/tasks/as-of.ts';

/** What the task flags of one plan should become, added to the plan's changes (reconcile.ts). */
export interface TaskFlagChanges {
  toOpen: Flag[];
  stillOpen: OpenFlag[];
}

/**
 * Pure: the `overdue_task` flags a plan's tasks should have open as of `asOf` (docs/flags.md): one per
 * (task, year) whose due date has passed while the year's report is not 'done' (status `overdue`
 * in shared/tasks/status.ts). A slot it wants is marked settled; an open task flag nobody settles
 * (done reported, the task gone) is then resolved by the caller with the other unwanted flags.
 */
export const reconcileTaskFlags = (
  dossier: PlanDossier,
  options: { asOf: string; now: string; newId: () => string },
  open: ReadonlyMap<string, OpenFlag>,
  settled: Set<string>,
): TaskFlagChanges => {
  const changes: TaskFlagChanges = { toOpen: [], stillOpen: [] };
  const reports = Map.groupBy(dossier.taskReports ?? [], (report: TaskReport) => report.taskId);
  for (const task of dossier.tasks ?? []) {
    for (const year of taskYears(task.due, dossier.plan.period)) {
      if (taskDueDate(task.due, year) >= options.asOf) continue; // not past due yet: nothing to flag
      const status = taskStatusOfYear(task, reports.get(task.id) ?? [], year, options.asOf);
      if (status.status !== 'overdue') continue;
      const slot = taskFlagSlot({ taskId: task.id, year });
      settled.add(slot);
      const existing = open.get(slot);
      if (existing) {
        changes.stillOpen.push(existing);
        continue;
      }
      changes.toOpen.push({
        id: options.newId(),
        type: 'overdue_task',
        taskId: task.id,
        planId: dossier.plan.id,
        departmentId: task.leadDepartmentId,
        year,
        status: 'open',
        openedAt: options.now,
        detail: {
          code: task.code,
          title: task.title,
          taskStatus: status.status,
          reason: status.reason,
          state: status.state,
          asOf: options.asOf,
          dueDate: status.dueDate,
          explanation: status.explanation,
        },
      });
    }
  }
  return changes;
};
