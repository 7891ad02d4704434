import type { Principal } from '#shared/auth/principal.ts';
import { RuleViolation, type FieldIssue } from '#shared/domain/errors.ts';
import type { Plan } from '#shared/domain/plan.ts';
import { isRecurring, type Task, type TaskReport, type TaskReportInput } from '#shared/domain/task.ts';
import { nextVersion } from '#shared/actuals/index.ts';
import type { ReportOutcome, Reporting } from '#shared/actuals/index.ts';
import type { TaskReportWrite } from '#shared/storage/task-port.ts';
import { taskYears, yearOf } from './calendar.ts';

/**
 * Writing a report on a task, whichever path writes it (PUT, the import): the year it may be
 * reported under, who may write what, and the record and version a write creates.
 */

/** A one-off task is reported under its due year only; recurring work under a year of the plan period. */
export const taskReportIssues = (task: Pick<Task, 'due'>, plan: Pick<Plan, 'period'>, year: number): FieldIssue[] => {
  if (taskYears(task.due, plan.period).includes(year)) return [];
  const { due } = task;
  return [
    isRecurring(due)
      ? {
          in: 'path',
          field: 'year',
          message: `a yearly task is reported for a year of the plan period ${plan.period.startYear}–${plan.period.endYear}`,
          messageVi: `nhiệm vụ hằng năm báo cáo cho một năm trong kỳ ${plan.period.startYear}–${plan.period.endYear}`,
        }
      : {
          in: 'path',
          field: 'year',
          message: `a one-off task is reported under its due year ${yearOf(due.date)}`,
          messageVi: `nhiệm vụ có thời hạn báo cáo theo năm đến hạn ${yearOf(due.date)}`,
        },
  ];
};

/**
 * What a caller may write on a task: the planning office and the lead department (chủ trì) the
 * whole report; a supporting department (phối hợp) only its note; anyone else nothing.
 */
export type TaskReportRight = 'report' | 'note' | 'none';

export const taskReportRight = (
  principal: Principal | undefined,
  task: Pick<Task, 'leadDepartmentId' | 'supportingDepartmentIds'>,
): TaskReportRight => {
  if (principal?.role === 'admin') return 'report';
  const departmentId = principal?.departmentId;
  if (departmentId === undefined) return 'none';
  if (departmentId === task.leadDepartmentId) return 'report';
  return task.supportingDepartmentIds.includes(departmentId) ? 'note' : 'none';
};

/** Field by field, so that the order a client wrote the keys in does not count as a change. */
const evidenceKey = (e: TaskReport['evidence']) => (e ? JSON.stringify([e.document, e.date, e.url ?? null]) : '');
const sameEvidence = (a: TaskReport['evidence'], b: TaskReport['evidence']) => evidenceKey(a) === evidenceKey(b);

/**
 * Refuses what the caller's right does not cover (403). A supporting department writes over the
 * lead's report: it must exist, and state, completedOn and evidence must come back as they are.
 */
export const checkTaskReportRight = (
  right: TaskReportRight,
  task: Pick<Task, 'id' | 'leadDepartmentId'>,
  current: TaskReport | undefined,
  input: TaskReportInput,
): void => {
  if (right === 'report') return;
  if (right === 'none') {
    throw new RuleViolation(
      'forbidden',
      `Nhiệm vụ này do / this task is led by '${task.leadDepartmentId}'; chỉ đơn vị chủ trì, phối hợp / only its lead or supporting departments`,
    );
  }
  if (!current) {
    throw new RuleViolation(
      'forbidden',
      'Đơn vị phối hợp chỉ thêm ghi chú vào báo cáo của đơn vị chủ trì / a supporting department adds a note to the lead department’s report, which does not exist yet',
    );
  }
  const sameState =
    current.state === input.state &&
    current.completedOn === input.completedOn &&
    sameEvidence(current.evidence, input.evidence);
  if (!sameState) {
    throw new RuleViolation(
      'forbidden',
      'Đơn vị phối hợp không thay đổi trạng thái / a supporting department may change the note only, not state, completedOn or evidence',
      {
        issues: [
          {
            in: 'body',
            field: 'state',
            pointer: '/state',
            message: `send state '${current.state}', completedOn and evidence as reported; only the note may change`,
            messageVi: 'giữ nguyên trạng thái, ngày hoàn thành và văn bản; chỉ sửa ghi chú',
          },
        ],
      },
    );
  }
};

/** The write of one year's report: the record at the version after the one it replaces, kept as its revision too. */
export const taskReportWrite = (
  task: Pick<Task, 'id' | 'planId'>,
  year: number,
  input: TaskReportInput,
  reporting: Reporting,
  replaces: number | null,
): TaskReportWrite => {
  const report: TaskReport = {
    taskId: task.id,
    year,
    state: input.state,
    ...(input.completedOn ? { completedOn: input.completedOn } : {}),
    ...(input.note ? { note: input.note } : {}),
    ...(input.evidence ? { evidence: input.evidence } : {}),
    reportedBy: reporting.reportedBy,
    reportedAt: reporting.reportedAt,
    version: nextVersion(replaces),
  };
  return { planId: task.planId, report, expectedVersion: replaces };
};

/** What writing a report over the current one does: create, replace, or nothing when all is equal. */
export const taskReportOutcome = (current: TaskReport | undefined, input: TaskReportInput): ReportOutcome => {
  if (!current) return 'imported';
  const same =
    current.state === input.state &&
    current.completedOn === input.completedOn &&
    (current.note ?? '').replace(/\r\n?/g, '\n') === (input.note ?? '').replace(/\r\n?/g, '\n') &&
    sameEvidence(current.evidence, input.evidence);
  return same ? 'unchanged' : 'updated';
};
