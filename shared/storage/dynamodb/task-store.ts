import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Task, TaskReport } from '#shared/domain/task.ts';
import { AlreadyExists, NotFound, VersionConflict } from '../errors.ts';
import type { Page, PageRequest } from '../port.ts';
import type { TaskReportWrite, TaskStore, TaskWithReports } from '../task-port.ts';
import { updateExpression } from './expressions.ts';
import { departmentKey, planKey, planPartition, stripLayout } from './keys.ts';
import { queryAll } from './query-all.ts';
import { queryPage } from './query-page.ts';
import { tableKeys } from './table.ts';
import * as keys from './task-keys.ts';
import { transactWithRetry, type TransactItems } from './transact.ts';
import { refusedVersion, versionedItems } from './versioned-items.ts';

type Item = Record<string, unknown>;

const exists = 'attribute_exists(PK)';
const absent = 'attribute_not_exists(PK)';

const departmentsOf = (task: Pick<Task, 'leadDepartmentId' | 'supportingDepartmentIds'>) => [
  task.leadDepartmentId,
  ...task.supportingDepartmentIds,
];

/** The DynamoDB adapter of the tasks' port: the same table, see docs/data-model.md. */
export class DynamoTaskStore implements TaskStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createTask(task: Task): Promise<void> {
    const items: TransactItems = [
      { ConditionCheck: { TableName: this.tableName, Key: planKey(task.planId), ConditionExpression: exists } },
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.taskIdGuardKey(task.id), entity: 'task-id', planId: task.planId },
          ConditionExpression: absent,
        },
      },
      { Put: { TableName: this.tableName, Item: this.taskItem(task), ConditionExpression: absent } },
      {
        ConditionCheck: {
          TableName: this.tableName,
          Key: departmentKey(task.leadDepartmentId),
          ConditionExpression: exists,
        },
      },
      ...departmentsOf(task).map((departmentId) => this.membershipPut(departmentId, task)),
    ];
    const outcome = await transactWithRetry(this.db, items);
    if (outcome.kind === 'committed') return;
    const [plan, guard, , lead] = outcome.codes;
    if (plan === 'ConditionalCheckFailed') throw new NotFound('plan', task.planId);
    if (guard === 'ConditionalCheckFailed') throw new AlreadyExists('task', task.id);
    if (lead === 'ConditionalCheckFailed') throw new NotFound('department', task.leadDepartmentId);
    throw new Error(`task ${task.id}: transaction refused (${outcome.codes.join(', ')})`);
  }

  async getTask(taskId: string): Promise<TaskWithReports | undefined> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: tableKeys.gsi2.name,
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.taskLookupKey(taskId).GSI2PK },
    });
    const taskItem = items.find((item) => item.entity === 'task');
    if (!taskItem) return undefined;
    return {
      task: stripLayout<Task>(taskItem),
      reports: items.filter((item) => item.entity === 'task-report').map((item) => stripLayout<TaskReport>(item)),
    };
  }

  async listPlanTasks(planId: string, page: PageRequest): Promise<Page<TaskWithReports>> {
    const tasks = await queryPage<Task>(
      this.db,
      this.tableName,
      { partition: planPartition(planId), sortPrefix: 'TASK#' },
      page,
    );
    const first = tasks.items[0];
    const last = tasks.items.at(-1);
    if (!first || !last) return { ...tasks, items: [] };
    // The page's tasks are contiguous in id order, so their reports are one key range ('#' sorts below any slug character).
    const reports = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': planPartition(planId),
        ':from': `${keys.taskReportPrefix}${first.id}#`,
        ':to': keys.taskReportKey(planId, last.id, 9999).SK,
      },
    });
    const byTask = new Map<string, TaskReport[]>(tasks.items.map((task) => [task.id, []]));
    for (const item of reports) {
      const report = stripLayout<TaskReport>(item);
      byTask.get(report.taskId)?.push(report);
    }
    return { ...tasks, items: tasks.items.map((task) => ({ task, reports: byTask.get(task.id) ?? [] })) };
  }

  async updateTask(task: Task, changes: Partial<Task>, removals: (keyof Task)[]): Promise<Task> {
    const merged = { ...task, ...changes };
    const before = new Set(departmentsOf(task));
    const after = new Set(departmentsOf(merged));
    const items: TransactItems = [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.taskKey(task.planId, task.id),
          ...updateExpression(changes, removals),
        },
      },
      ...[...after].filter((d) => !before.has(d)).map((d) => this.membershipPut(d, task)),
      ...[...before]
        .filter((d) => !after.has(d))
        .map((d) => ({ Delete: { TableName: this.tableName, Key: keys.departmentTaskKey(d, task.id) } })),
    ];
    const outcome = await transactWithRetry(this.db, items);
    if (outcome.kind === 'refused') throw new NotFound('task', task.id);
    const result: Item = { ...merged };
    for (const field of removals) delete result[field];
    return result as Task;
  }

  async putTaskReport(write: TaskReportWrite): Promise<TaskReport> {
    const outcome = await transactWithRetry(this.db, this.reportItems(write, { returnOld: true }));
    if (outcome.kind === 'committed') return write.report;
    throw new VersionConflict(refusedVersion(outcome.reasons));
  }

  async writeTaskReports(writes: readonly TaskReportWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const outcome = await transactWithRetry(
      this.db,
      writes.flatMap((write) => this.reportItems(write)),
    );
    if (outcome.kind === 'refused') throw new VersionConflict(null);
  }

  async readPlanTasks(planId: string): Promise<{ tasks: Task[]; reports: TaskReport[] }> {
    const read = (prefix: string) =>
      queryAll(this.db, {
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': planPartition(planId), ':prefix': prefix },
        ConsistentRead: true,
      });
    const [tasks, reports] = await Promise.all([read('TASK#'), read(keys.taskReportPrefix)]);
    return {
      tasks: tasks.map((item) => stripLayout<Task>(item)),
      reports: reports.map((item) => stripLayout<TaskReport>(item)),
    };
  }

  async listTaskRevisions(taskId: string, year: number, page: PageRequest): Promise<Page<TaskReport>> {
    return queryPage<TaskReport>(
      this.db,
      this.tableName,
      { partition: keys.taskRevisionPartition(taskId, year), newestFirst: true },
      page,
    );
  }

  async departmentTaskPlans(departmentId: string): Promise<string[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :task)',
      ExpressionAttributeValues: { ':pk': departmentKey(departmentId).PK, ':task': 'TASK#' },
      ProjectionExpression: 'planId',
    });
    return [...new Set(items.map((item) => String(item.planId)))].sort();
  }

  private reportItems({ planId, report, expectedVersion }: TaskReportWrite, options: { returnOld?: boolean } = {}) {
    return versionedItems(
      this.tableName,
      {
        current: {
          ...keys.taskReportKey(planId, report.taskId, report.year),
          ...keys.taskReportLookupKey(report.taskId, report.year),
        },
        revision: keys.taskRevisionKey(report.taskId, report.year, report.version),
        entity: 'task-report',
        revisionEntity: 'task-revision',
        record: report,
        expectedVersion,
      },
      options,
    );
  }

  private taskItem(task: Task): Item {
    return { ...keys.taskKey(task.planId, task.id), ...keys.taskLookupKey(task.id), entity: 'task', ...task };
  }

  private membershipPut(departmentId: string, task: Pick<Task, 'id' | 'planId'>) {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...keys.departmentTaskKey(departmentId, task.id), entity: 'department-task', planId: task.planId },
      },
    };
  }
}
