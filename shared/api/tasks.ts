import { expectedVersion as expectedVersionOf, versionRequired } from '#shared/actuals/index.ts';
import { invalidFields, type FieldIssue } from '#shared/domain/errors.ts';
import type { Plan } from '#shared/domain/plan.ts';
import { TaskInput as TaskRules, type Task } from '#shared/domain/task.ts';
import type { Operation } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import type { tasksRoutes } from '#shared/http/routes/tasks.ts';
import { parsePart } from '#shared/http/validation.ts';
import { countMetric } from '#shared/runtime/observability.ts';
import { defaultTaskStore } from '#shared/storage/default-store.ts';
import { NotFound, VersionConflict } from '#shared/storage/errors.ts';
import type { Store } from '#shared/storage/port.ts';
import type { TaskWithReports } from '#shared/storage/task-port.ts';
import { checkTaskReportRight, taskReportIssues, taskReportRight, taskReportWrite } from '#shared/tasks/reports.ts';
import { etag, parseIfMatch } from './actuals.ts';
import { nowIso, splitPatch } from './changes.ts';
import { asOfDate } from './progress/options.ts';
import { taskView } from './task-view.ts';

const planMissing = (planId: string) =>
  new HttpProblem(404, `Kế hoạch / plan '${planId}' không tồn tại / does not exist`);

/** Every route under /tasks/{taskId} starts here. */
export const findTask = async (taskId: string): Promise<TaskWithReports> => {
  const found = await defaultTaskStore().getTask(taskId);
  if (!found) throw new HttpProblem(404, `Nhiệm vụ / task '${taskId}' không tồn tại / does not exist`);
  return found;
};

const planOf = async (store: Store, planId: string): Promise<Plan> => {
  const plan = await store.getPlan(planId);
  if (!plan) throw planMissing(planId);
  return plan;
};

const unknownDepartment = (field: string, pointer: string, departmentId: string): FieldIssue => ({
  in: 'body',
  field,
  pointer,
  message: `unknown department '${departmentId}'`,
  messageVi: `sở/ngành '${departmentId}' không tồn tại`,
});

/** The lead and every supporting department must exist: one issue per missing one, all at once. */
const checkDepartments = async (
  store: Store,
  task: { leadDepartmentId?: string; supportingDepartmentIds?: string[] },
): Promise<void> => {
  const ids = [
    ...(task.leadDepartmentId ? [['leadDepartmentId', '/leadDepartmentId', task.leadDepartmentId] as const] : []),
    ...(task.supportingDepartmentIds ?? []).map(
      (id, i) => [`supportingDepartmentIds.${i}`, `/supportingDepartmentIds/${i}`, id] as const,
    ),
  ];
  const found = await Promise.all(ids.map(([, , id]) => store.getDepartment(id)));
  const issues = ids.filter((_, i) => !found[i]).map(([field, pointer, id]) => unknownDepartment(field, pointer, id));
  if (issues.length) throw invalidFields(issues);
};

export const createTask: Operation<typeof tasksRoutes.createTask> = async ({ params, body, store }) => {
  await checkDepartments(store, body);
  const now = nowIso();
  const task: Task = { ...body, planId: params.planId, createdAt: now, updatedAt: now };
  try {
    await defaultTaskStore().createTask(task);
  } catch (error) {
    if (error instanceof NotFound && error.entity === 'plan') throw planMissing(params.planId);
    if (error instanceof NotFound && error.entity === 'department')
      throw invalidFields([unknownDepartment('leadDepartmentId', '/leadDepartmentId', error.id)]);
    throw error;
  }
  return { status: 201, body: task, headers: { location: `/tasks/${task.id}` } };
};

export const patchTask: Operation<typeof tasksRoutes.patchTask> = async ({ params, body, store }) => {
  const { task } = await findTask(params.taskId);
  const { changes, removals } = splitPatch<Task>(body);
  // The task as changed must still obey the creation rules (the lead is not also a supporter).
  const merged: Record<string, unknown> = { ...task, ...changes };
  for (const field of removals) delete merged[field];
  const { planId: _p, createdAt: _c, updatedAt: _u, ...candidate } = merged;
  parsePart(TaskRules, candidate, 'body');
  await checkDepartments(store, {
    ...(changes.leadDepartmentId ? { leadDepartmentId: changes.leadDepartmentId } : {}),
    ...(changes.supportingDepartmentIds ? { supportingDepartmentIds: changes.supportingDepartmentIds } : {}),
  });
  const updated = await defaultTaskStore().updateTask(task, { ...changes, updatedAt: nowIso() }, removals);
  return { status: 200, body: updated };
};

export const listPlanTasks: Operation<typeof tasksRoutes.listPlanTasks> = async ({ params, query, store }) => {
  const { asOf: asked, ...page } = query;
  const [plan, tasks] = await Promise.all([
    store.getPlan(params.planId),
    defaultTaskStore().listPlanTasks(params.planId, page),
  ]);
  if (!plan) throw planMissing(params.planId);
  const asOf = asOfDate(asked);
  return {
    status: 200,
    body: {
      items: tasks.items.map(({ task, reports }) => taskView(task, reports, plan, asOf)),
      ...(tasks.nextCursor ? { nextCursor: tasks.nextCursor } : {}),
    },
  };
};

export const getTask: Operation<typeof tasksRoutes.getTask> = async ({ params, query, store }) => {
  const { task, reports } = await findTask(params.taskId);
  const plan = await planOf(store, task.planId);
  return { status: 200, body: taskView(task, reports, plan, asOfDate(query.asOf)) };
};

export const getTaskReport: Operation<typeof tasksRoutes.getTaskReport> = async ({ params }) => {
  const { reports } = await findTask(params.taskId);
  const report = reports.find((r) => r.year === params.year);
  if (!report) throw new HttpProblem(404, `Chưa có báo cáo năm / no report for ${params.year}`);
  return { status: 200, body: report, headers: { etag: etag(report.version) } };
};

export const putTaskReport: Operation<typeof tasksRoutes.putTaskReport> = async ({
  params,
  principal,
  store,
  headers,
  body,
}) => {
  const { task, reports } = await findTask(params.taskId);
  const right = taskReportRight(principal, task);
  if (right === 'none') checkTaskReportRight(right, task, undefined, body);
  const ifMatch = parseIfMatch(headers['if-match']);
  const plan = await planOf(store, task.planId);
  const issues = taskReportIssues(task, plan, params.year);
  if (issues.length) throw invalidFields(issues);

  const current = reports.find((r) => r.year === params.year);
  checkTaskReportRight(right, task, current, body);
  const expectedVersion = expectedVersionOf(ifMatch, current);
  if (expectedVersion === null && current) throw versionRequired(current.version);
  const write = taskReportWrite(
    task,
    params.year,
    body,
    { reportedBy: principal!.subject, reportedAt: nowIso() },
    expectedVersion,
  );
  try {
    await defaultTaskStore().putTaskReport(write);
  } catch (error) {
    if (error instanceof VersionConflict && expectedVersion === null) throw versionRequired(error.currentVersion);
    throw error;
  }
  countMetric('TaskReportsWritten', 1);
  const { report } = write;
  return {
    status: expectedVersion === null ? 201 : 200,
    body: report,
    headers: { etag: etag(report.version), location: `/tasks/${task.id}/reports/${report.year}` },
  };
};

export const listTaskHistory: Operation<typeof tasksRoutes.listTaskHistory> = async ({ params, query }) => {
  const page = await defaultTaskStore().listTaskRevisions(params.taskId, params.year, query);
  if (page.items.length === 0 && !query.cursor) await findTask(params.taskId);
  return { status: 200, body: page };
};
