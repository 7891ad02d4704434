import {
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Actual, Revision } from '#shared/domain/actual.ts';
import type { Department } from '#shared/domain/department.ts';
import type { OpenFlag, ResolvedFlag } from '#shared/domain/flag.ts';
import type { Indicator, TargetVersion } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';
import type { Task, TaskReport } from '#shared/domain/task.ts';
import type { UnitReport } from '#shared/domain/report.ts';
import type { ReminderRef } from '../report-port.ts';
import { AlreadyExists, NotFound, VersionConflict } from '../errors.ts';
import type { ActualWrite, IndicatorWithActuals, Page, PageRequest, PlanDossier, Store } from '../port.ts';
import { resolvedSlotEntity } from './flag-keys.ts';
import { updateExpression } from './expressions.ts';
import { queryAll } from './query-all.ts';
import { queryPage, type PagedList } from './query-page.ts';
import { guarded, isConditionFailed } from './failures.ts';
import * as keys from './keys.ts';
import { actualItems } from './actual-items.ts';
import { tableKeys } from './table.ts';
import { transactWithRetry } from './transact.ts';
import { refusedVersion } from './versioned-items.ts';

type Item = Record<string, unknown>;

/** The DynamoDB adapter of the storage port: single-table design, see docs/data-model.md. */
export class DynamoStore implements Store {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async ping(): Promise<void> {
    await this.get({ PK: '#HEALTH', SK: '#HEALTH' });
  }

  // ---- plans ----

  async createPlan(plan: Plan): Promise<void> {
    await this.putNew(
      { ...keys.planKey(plan.id), ...keys.planListKey(plan.id), entity: 'plan', ...plan },
      'plan',
      plan.id,
    );
  }

  async getPlan(planId: string): Promise<Plan | undefined> {
    return this.get<Plan>(keys.planKey(planId));
  }

  async listPlans(page: PageRequest): Promise<Page<Plan>> {
    return this.queryPage<Plan>({ index: tableKeys.gsi1, partition: 'PLANS' }, page);
  }

  async updatePlan(planId: string, changes: Partial<Plan>, removals: (keyof Plan)[]): Promise<Plan> {
    return this.update<Plan>(keys.planKey(planId), changes, removals, 'plan', planId);
  }

  async getPlanDossier(planId: string): Promise<PlanDossier | undefined> {
    const items = await this.queryAll({
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.planPartition(planId) },
    });
    let plan: Plan | undefined;
    const indicators: Indicator[] = [];
    const actuals: Actual[] = [];
    const openFlags: OpenFlag[] = [];
    const tasks: Task[] = [];
    const taskReports: TaskReport[] = [];
    const targetVersions: TargetVersion[] = [];
    const reports: UnitReport[] = [];
    const reminders: ReminderRef[] = [];
    const resolvedFlags: ResolvedFlag[] = [];
    for (const item of items) {
      if (item.entity === 'plan') plan = keys.stripLayout<Plan>(item);
      else if (item.entity === 'indicator') indicators.push(keys.stripLayout<Indicator>(item));
      else if (item.entity === 'actual') actuals.push(keys.stripLayout<Actual>(item));
      else if (item.entity === 'flag') openFlags.push(keys.stripLayout<OpenFlag>(item));
      else if (item.entity === 'task') tasks.push(keys.stripLayout<Task>(item));
      else if (item.entity === 'task-report') taskReports.push(keys.stripLayout<TaskReport>(item));
      else if (item.entity === 'target-version') targetVersions.push(keys.stripLayout<TargetVersion>(item));
      else if (item.entity === 'report') reports.push(keys.stripLayout<UnitReport>(item));
      else if (item.entity === 'reminder') reminders.push(keys.stripLayout<ReminderRef>(item));
      else if (item.entity === resolvedSlotEntity) resolvedFlags.push(keys.stripLayout<ResolvedFlag>(item));
    }
    return plan
      ? { plan, indicators, actuals, openFlags, tasks, taskReports, targetVersions, reports, reminders, resolvedFlags }
      : undefined;
  }

  // ---- departments ----

  async createDepartment(department: Department): Promise<void> {
    await this.putNew(
      {
        ...keys.departmentKey(department.id),
        ...keys.departmentListKey(department.id),
        entity: 'department',
        ...department,
      },
      'department',
      department.id,
    );
  }

  async getDepartment(departmentId: string): Promise<Department | undefined> {
    return this.get<Department>(keys.departmentKey(departmentId));
  }

  async listDepartments(page: PageRequest): Promise<Page<Department>> {
    return this.queryPage<Department>({ index: tableKeys.gsi1, partition: 'DEPTS' }, page);
  }

  async updateDepartment(departmentId: string, changes: Partial<Department>): Promise<Department> {
    return this.update<Department>(keys.departmentKey(departmentId), changes, [], 'department', departmentId);
  }

  // ---- indicators ----

  async createIndicator(indicator: Indicator): Promise<void> {
    await this.createIndicators(indicator.planId, [indicator]);
  }

  /** One transaction: the plan exists, each id is new (its guard and its item), each department exists. */
  async createIndicators(planId: string, indicators: Indicator[]): Promise<void> {
    const exists = 'attribute_exists(PK)';
    const absent = 'attribute_not_exists(PK)';
    const departments = [...new Set(indicators.flatMap((i) => (i.departmentId ? [i.departmentId] : [])))];
    const items = [
      { ConditionCheck: { TableName: this.tableName, Key: keys.planKey(planId), ConditionExpression: exists } },
      ...indicators.flatMap((indicator) => [
        {
          Put: {
            TableName: this.tableName,
            Item: { ...keys.indicatorIdGuardKey(indicator.id), entity: 'indicator-id', planId },
            ConditionExpression: absent,
          },
        },
        { Put: { TableName: this.tableName, Item: this.indicatorItem(indicator), ConditionExpression: absent } },
      ]),
      ...departments.map((departmentId) => ({
        ConditionCheck: {
          TableName: this.tableName,
          Key: keys.departmentKey(departmentId),
          ConditionExpression: exists,
        },
      })),
    ];
    const outcome = await transactWithRetry(this.db, items);
    if (outcome.kind === 'committed') return;
    const failed = outcome.codes.findIndex((code) => code === 'ConditionalCheckFailed');
    if (failed === 0) throw new NotFound('plan', planId);
    if (failed > 0 && failed <= 2 * indicators.length)
      throw new AlreadyExists('indicator', indicators[Math.floor((failed - 1) / 2)]!.id);
    if (failed > 2 * indicators.length)
      throw new NotFound('department', departments[failed - 1 - 2 * indicators.length]!);
    throw new Error(`indicators of ${planId}: transaction refused (${outcome.codes.join(', ')})`);
  }

  async getIndicator(indicatorId: string): Promise<IndicatorWithActuals | undefined> {
    const items = await this.queryAll({
      IndexName: tableKeys.gsi2.name,
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.indicatorLookupKey(indicatorId).GSI2PK },
    });
    const indicatorItem = items.find((item) => item.entity === 'indicator');
    if (!indicatorItem) return undefined;
    return {
      indicator: keys.stripLayout<Indicator>(indicatorItem),
      actuals: items.filter((item) => item.entity === 'actual').map((item) => keys.stripLayout<Actual>(item)),
      targetVersions: items
        .filter((item) => item.entity === 'target-version')
        .map((item) => keys.stripLayout<TargetVersion>(item))
        .sort((a, b) => a.version - b.version),
    };
  }

  async listPlanIndicators(planId: string, page: PageRequest): Promise<Page<Indicator>> {
    return this.queryPage<Indicator>({ partition: keys.planPartition(planId), sortPrefix: 'IND#' }, page);
  }

  async listDepartmentIndicators(departmentId: string, page: PageRequest): Promise<Page<Indicator>> {
    return this.queryPage<Indicator>(
      { index: tableKeys.gsi1, partition: `DEPT#${departmentId}`, sortPrefix: 'IND#' },
      page,
    );
  }

  async updateIndicator(
    indicator: Indicator,
    changes: Partial<Indicator>,
    removals: (keyof Indicator)[],
  ): Promise<Indicator> {
    const layout: Item = {};
    const layoutRemovals: string[] = [];
    if (changes.departmentId) Object.assign(layout, keys.departmentIndicatorKey(changes.departmentId, indicator.id));
    if (removals.includes('departmentId')) layoutRemovals.push('GSI1PK', 'GSI1SK');
    return this.update<Indicator>(
      keys.indicatorKey(indicator.planId, indicator.id),
      { ...changes, ...layout },
      [...removals, ...layoutRemovals],
      'indicator',
      indicator.id,
    );
  }

  async amendIndicator(
    indicator: Indicator,
    changes: Partial<Indicator>,
    removals: (keyof Indicator)[],
    superseded: TargetVersion,
  ): Promise<Indicator> {
    const layout: Item = {};
    const layoutRemovals: string[] = [];
    if (changes.departmentId) Object.assign(layout, keys.departmentIndicatorKey(changes.departmentId, indicator.id));
    if (removals.includes('departmentId')) layoutRemovals.push('GSI1PK', 'GSI1SK');
    const version: Item = {
      ...keys.targetVersionKey(indicator.planId, indicator.id, superseded.version),
      ...keys.targetVersionLookupKey(indicator.id, superseded.version),
      entity: 'target-version',
      ...superseded,
    };
    const outcome = await transactWithRetry(this.db, [
      { Put: { TableName: this.tableName, Item: version, ConditionExpression: 'attribute_not_exists(PK)' } },
      {
        Update: {
          TableName: this.tableName,
          Key: keys.indicatorKey(indicator.planId, indicator.id),
          ...updateExpression({ ...changes, ...layout }, [...removals, ...layoutRemovals]),
        },
      },
    ]);
    if (outcome.kind !== 'committed') {
      const [versionCode, indicatorCode] = outcome.codes;
      if (indicatorCode === 'ConditionalCheckFailed') throw new NotFound('indicator', indicator.id);
      if (versionCode === 'ConditionalCheckFailed') {
        throw new AlreadyExists('target version', `${indicator.id} v${superseded.version}`);
      }
      throw new Error(`indicator ${indicator.id}: amendment refused (${outcome.codes.join(', ')})`);
    }
    const amended: Record<string, unknown> = { ...indicator, ...changes };
    for (const field of removals) delete amended[field];
    return amended as Indicator;
  }

  // ---- actuals ----

  async putActual(write: ActualWrite): Promise<Actual> {
    const outcome = await transactWithRetry(this.db, actualItems(this.tableName, write, { returnOld: true }));
    if (outcome.kind === 'committed') return write.actual;
    throw new VersionConflict(refusedVersion(outcome.reasons));
  }

  async listRevisions(indicatorId: string, year: number, page: PageRequest): Promise<Page<Revision>> {
    return this.queryPage<Revision>({ partition: keys.revisionPartition(indicatorId, year), newestFirst: true }, page);
  }

  // ---- helpers ----

  private indicatorItem(indicator: Indicator): Item {
    return {
      ...keys.indicatorKey(indicator.planId, indicator.id),
      ...keys.indicatorLookupKey(indicator.id),
      ...(indicator.departmentId ? keys.departmentIndicatorKey(indicator.departmentId, indicator.id) : {}),
      entity: 'indicator',
      ...indicator,
    };
  }

  private async putNew(item: Item, entity: string, id: string): Promise<void> {
    try {
      await guarded(() =>
        this.db.send(
          new PutCommand({ TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(PK)' }),
        ),
      );
    } catch (error) {
      if (isConditionFailed(error)) throw new AlreadyExists(entity, id);
      throw error;
    }
  }

  private async get<T>(key: Item): Promise<T | undefined> {
    const { Item } = await guarded(() => this.db.send(new GetCommand({ TableName: this.tableName, Key: key })));
    return Item ? keys.stripLayout<T>(Item) : undefined;
  }

  private async update<T>(
    key: Item,
    changes: Item,
    removals: readonly string[],
    entity: string,
    id: string,
  ): Promise<T> {
    try {
      const { Attributes } = await guarded(() =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: key,
            ...updateExpression(changes, removals),
            ReturnValues: 'ALL_NEW',
          }),
        ),
      );
      return keys.stripLayout<T>(Attributes ?? {});
    } catch (error) {
      if (isConditionFailed(error)) throw new NotFound(entity, id);
      throw error;
    }
  }

  private queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    return queryAll(this.db, { TableName: this.tableName, ...input });
  }

  private queryPage<T>(list: PagedList, page: PageRequest): Promise<Page<T>> {
    return queryPage<T>(this.db, this.tableName, list, page);
  }
}
