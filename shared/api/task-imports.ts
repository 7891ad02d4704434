import type { Principal } from '#shared/auth/principal.ts';
import type { FieldIssue } from '#shared/domain/errors.ts';
import type { Plan } from '#shared/domain/plan.ts';
import type { Task, TaskReport } from '#shared/domain/task.ts';
import type { Operation, OperationRequest } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import type { importsRoutes } from '#shared/http/routes/imports.ts';
import type { tasksRoutes } from '#shared/http/routes/tasks.ts';
import type { ExportLocale } from '#shared/imports/csv-write.ts';
import { writeTaskCsv } from '#shared/imports/task-csv.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';
import { rowError, type RowFormat } from '#shared/imports/rows.ts';
import {
  isTaskCsv,
  isTaskRow,
  maxTaskImportRows,
  shapeTaskRows,
  taskCsvColumns,
  type ShapedTaskRow,
} from '#shared/imports/task-rows.ts';
import { countMetric } from '#shared/runtime/observability.ts';
import { defaultTaskStore } from '#shared/storage/default-store.ts';
import { VersionConflict, WriteContention } from '#shared/storage/errors.ts';
import type { ImportCounts } from '#shared/storage/idempotency-port.ts';
import type { Store } from '#shared/storage/port.ts';
import type { TaskReportWrite } from '#shared/storage/task-port.ts';
import {
  checkTaskReportRight,
  taskReportIssues,
  taskReportOutcome,
  taskReportRight,
  taskReportWrite,
} from '#shared/tasks/reports.ts';
import { RuleViolation } from '#shared/domain/errors.ts';
import { byRow, rowProblem, rowsOf } from './imports.ts';
import { mediaTypeOf } from '#shared/http/middleware/json-body.ts';
import { decodeCsv } from '#shared/imports/decode.ts';
import { xlsxMediaType } from '#shared/imports/xlsx-columns.ts';

/** A CSV with a `state` column, or JSON rows with `state` or `taskId`: task reports, not actuals (a workbook is actuals). */
export const isTaskImport = (body: unknown, contentType: string | undefined): boolean => {
  if (!Buffer.isBuffer(body)) return ((body as { rows?: unknown[] }).rows ?? []).some(isTaskRow);
  const { type, charset } = mediaTypeOf(contentType ?? '');
  return type !== xlsxMediaType && isTaskCsv(decodeCsv(body, charset).text);
};

interface PlanTasks {
  plan: Plan;
  tasks: Map<string, Task>;
  byCode: Map<string, Task[]>;
  reports: Map<string, TaskReport>;
}

const reportKey = (taskId: string, year: number) => `${taskId}#${year}`;

/** Each plan the rows name, read once: the plan, its tasks and their current reports (strongly consistent). */
const loadPlans = async (store: Store, rows: ShapedTaskRow[]) => {
  const ids = [...new Set(rows.flatMap((r) => ('taskId' in r.reference ? [r.reference.taskId] : [])))];
  const found = await mapLimit(ids, 8, (id) => defaultTaskStore().getTask(id));
  const planIds = new Set([
    ...rows.flatMap((r) => ('planId' in r.reference ? [r.reference.planId] : [])),
    ...found.flatMap((f) => (f ? [f.task.planId] : [])),
  ]);
  const plans = new Map<string, PlanTasks>();
  await mapLimit([...planIds], 4, async (planId) => {
    const [plan, read] = await Promise.all([store.getPlan(planId), defaultTaskStore().readPlanTasks(planId)]);
    if (!plan) return;
    plans.set(planId, {
      plan,
      tasks: new Map(read.tasks.map((t) => [t.id, t])),
      byCode: Map.groupBy(read.tasks, (t) => t.code),
      reports: new Map(read.reports.map((r) => [reportKey(r.taskId, r.year), r])),
    });
  });
  const planOfTask = new Map(found.flatMap((f) => (f ? [[f.task.id, f.task.planId] as const] : [])));
  return { plans, planOfTask };
};

interface CheckedTaskRow {
  row: ShapedTaskRow;
  task: Task;
  current: TaskReport | undefined;
}

/** Every row against its task, with the rules of PUT …/reports/{year}; nothing is written before all pass. */
const checkTaskRows = async (store: Store, principal: Principal, format: RowFormat, rows: ShapedTaskRow[]) => {
  const { plans, planOfTask } = await loadPlans(store, rows);
  const checked: CheckedTaskRow[] = [];
  const foreign: FieldIssue[] = [];
  const errors: FieldIssue[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const refField = 'taskId' in row.reference ? 'taskId' : 'code';
    let task: Task | undefined;
    let planTasks: PlanTasks | undefined;
    if ('taskId' in row.reference) {
      planTasks = plans.get(planOfTask.get(row.reference.taskId) ?? '');
      task = planTasks?.tasks.get(row.reference.taskId);
    } else {
      planTasks = plans.get(row.reference.planId);
      const coded = planTasks?.byCode.get(row.reference.code) ?? [];
      if (coded.length > 1) {
        errors.push(
          rowError(format, row, 'code', `code '${row.reference.code}' names ${coded.length} tasks: use taskId`),
        );
        continue;
      }
      task = coded[0];
    }
    if (!task || !planTasks) {
      errors.push(rowError(format, row, refField, 'no such task', 'không có nhiệm vụ này'));
      continue;
    }
    const key = reportKey(task.id, row.year);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push(rowError(format, row, 'year', `task ${task.id} ${row.year} appears twice (also row ${earlier})`));
      continue;
    }
    seen.set(key, row.row);
    const current = planTasks.reports.get(key);
    try {
      checkTaskReportRight(taskReportRight(principal, task), task, current, row.report);
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error;
      foreign.push(rowError(format, row, refField, error.detail));
      continue;
    }
    for (const issue of taskReportIssues(task, planTasks.plan, row.year))
      errors.push(rowError(format, row, 'year', issue.message, issue.messageVi));
    checked.push({ row, task, current });
  }
  return { checked, foreign, errors };
};

/**
 * POST /imports with task reports (docs/imports.md): the same rules as PUT /tasks/{taskId}/reports/{year}
 * for every row, all checked first; ownership first (403); then one transaction conditioned on the
 * versions read, so the import is all or nothing and overwrites nothing unread.
 */
export const postTaskImport = async (request: OperationRequest<typeof importsRoutes.postImport>) => {
  const { principal, query, store } = request;
  const { format, rows: source, errors: sourceErrors, count } = await rowsOf(request, taskCsvColumns);
  if (count > maxTaskImportRows) {
    throw new HttpProblem(
      413,
      `Tối đa / at most ${maxTaskImportRows} dòng báo cáo nhiệm vụ / task report rows per request, nhận / got ${count}`,
      { limitRows: maxTaskImportRows },
    );
  }
  if (count === 0) {
    throw new HttpProblem(422, 'Không có dòng dữ liệu nào / no data rows', {
      errors: [{ in: 'body', field: '', message: 'no data rows' }],
    });
  }
  const { shaped, errors: shapeErrors } = shapeTaskRows(format, source);
  const check = await checkTaskRows(store, principal!, format, shaped);
  if (check.foreign.length)
    throw rowProblem(403, check.foreign.sort(byRow), 'Có dòng không thuộc quyền báo cáo / rows you may not report');
  const errors = [...sourceErrors, ...shapeErrors, ...check.errors].sort(byRow);
  if (errors.length) throw rowProblem(422, errors, 'Dữ liệu không hợp lệ / invalid rows');

  const counts: ImportCounts = { imported: 0, updated: 0, unchanged: 0 };
  const writes: TaskReportWrite[] = [];
  const reporting = { reportedBy: principal!.subject, reportedAt: new Date().toISOString() };
  for (const { row, task, current } of check.checked) {
    const outcome = taskReportOutcome(current, row.report);
    counts[outcome] += 1;
    if (outcome !== 'unchanged')
      writes.push(taskReportWrite(task, row.year, row.report, reporting, current?.version ?? null));
  }
  if (query.dryRun) return { status: 200, body: { ...counts, rows: count, dryRun: true } };
  try {
    await defaultTaskStore().writeTaskReports(writes);
  } catch (error) {
    // Someone wrote one of these reports since they were read: nothing was written, a retry decides again.
    if (error instanceof VersionConflict) throw new WriteContention();
    throw error;
  }
  countMetric('ImportRows', count);
  countMetric('TaskReportsWritten', writes.length);
  return { status: 200, body: { ...counts, rows: count } };
};

/** GET /plans/{planId}/tasks.csv: the plan's current task reports in the task import's columns. */
export const exportTasks: Operation<typeof tasksRoutes.exportTasks> = async ({ params, query, store }) => {
  const [plan, read] = await Promise.all([
    store.getPlan(params.planId),
    defaultTaskStore().readPlanTasks(params.planId),
  ]);
  if (!plan) throw new HttpProblem(404, `Kế hoạch / plan '${params.planId}' không tồn tại / does not exist`);
  const locale: ExportLocale = query.locale ?? 'en';
  return {
    status: 200,
    body: writeTaskCsv(read.reports, locale),
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${params.planId}-tasks${locale === 'vi' ? '-vi' : ''}.csv"`,
    },
  };
};
