import type { Plan } from '#shared/domain/plan.ts';
import type { Task, TaskReport } from '#shared/domain/task.ts';
import type { TaskProgressEntry } from '#shared/http/task-status-contracts.ts';
import type { PlanDossier } from '#shared/storage/port.ts';
import { taskStatusAsOf } from '#shared/tasks/as-of.ts';
import { summariseTaskStatuses } from '#shared/tasks/status.ts';

/** The task part of the progress answers, from what the plan's dossier holds: pure, no reads. */

// "2.10" after "2.9": digit runs compare as numbers, as the indicators' codes do (report.ts).
let collator: Intl.Collator | undefined;
const byCode = (a: Task, b: Task) =>
  (collator ??= new Intl.Collator('en', { numeric: true })).compare(a.code, b.code) || a.id.localeCompare(b.id);

const reportsOf = (reports: readonly TaskReport[]) => {
  const byTask = new Map<string, TaskReport[]>();
  for (const report of reports) byTask.set(report.taskId, [...(byTask.get(report.taskId) ?? []), report]);
  return byTask;
};

/** Each task of the plan (in code order) with its status as of `asOf`, explained. */
export const taskEntries = (
  plan: Pick<Plan, 'period'>,
  tasks: readonly Task[],
  reports: readonly TaskReport[],
  asOf: string,
): TaskProgressEntry[] => {
  const byTask = reportsOf(reports);
  return [...tasks].sort(byCode).map((task) => {
    const { status, ...statusReason } = taskStatusAsOf(task, byTask.get(task.id) ?? [], plan, asOf);
    return {
      taskId: task.id,
      planId: task.planId,
      code: task.code,
      section: task.section,
      title: task.title,
      leadDepartmentId: task.leadDepartmentId,
      supportingDepartmentIds: task.supportingDepartmentIds,
      due: task.due,
      ...(task.output ? { output: task.output } : {}),
      status,
      statusReason,
    };
  });
};

/** A plan's tasks in its progress answer: the count per status. */
export const planTasksProgress = (dossier: PlanDossier, asOf: string) => ({
  summary: summariseTaskStatuses(
    taskEntries(dossier.plan, dossier.tasks ?? [], dossier.taskReports ?? [], asOf).map((e) => e.status),
  ),
});

/** A department's tasks across the plans read: those it leads (counted) and those it supports. */
export const departmentTasksProgress = (dossiers: readonly PlanDossier[], departmentId: string, asOf: string) => {
  const entries = dossiers.flatMap((d) => taskEntries(d.plan, d.tasks ?? [], d.taskReports ?? [], asOf));
  const lead = entries.filter((e) => e.leadDepartmentId === departmentId);
  return {
    summary: summariseTaskStatuses(lead.map((e) => e.status)),
    lead,
    supporting: entries.filter((e) => e.supportingDepartmentIds.includes(departmentId)),
  };
};
