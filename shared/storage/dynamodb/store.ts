import {
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Actual, Revision } from '#shared/domain/actual.ts';
import type { Department } from '#shared/domain/department.ts';
import type { OpenFlag, ResolvedFlag } from '#shared/domain/flag.ts';
import type { Indicator } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';
import { AlreadyExists, NotFound, VersionConflict } from '../errors.ts';
import type { ActualWrite, IndicatorWithActuals, Page, PageRequest, PlanDossier, Store } from '../port.ts';
import { decodeCursor, encodeCursor, type CursorScope } from './cursor.ts';
import { resolvedSlotEntity } from './flag-keys.ts';
import { updateExpression } from './expressions.ts';
import { queryAll } from './query-all.ts';
import { guarded, isConditionFailed } from './failures.ts';
import * as keys from './keys.ts';
import { actualItems } from './actual-items.ts';
import { tableKeys } from './table.ts';
import { transactWithRetry } from './transact.ts';

type Item = Record<string, unknown>;

const defaultPageSize = 50;
const maxPageSize = 200;

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
    const resolvedFlags: ResolvedFlag[] = [];
    for (const item of items) {
      if (item.entity === 'plan') plan = keys.stripLayout<Plan>(item);
      else if (item.entity === 'indicator') indicators.push(keys.stripLayout<Indicator>(item));
      else if (item.entity === 'actual') actuals.push(keys.stripLayout<Actual>(item));
      else if (item.entity === 'flag') openFlags.push(keys.stripLayout<OpenFlag>(item));
      else if (item.entity === resolvedSlotEntity) resolvedFlags.push(keys.stripLayout<ResolvedFlag>(item));
    }
    return plan ? { plan, indicators, actuals, openFlags, resolvedFlags } : undefined;
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

  // ---- indicators ----

  async createIndicator(indicator: Indicator): Promise<void> {
    const exists = 'attribute_exists(PK)';
    const absent = 'attribute_not_exists(PK)';
    const items = [
      {
        ConditionCheck: { TableName: this.tableName, Key: keys.planKey(indicator.planId), ConditionExpression: exists },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.indicatorIdGuardKey(indicator.id), entity: 'indicator-id', planId: indicator.planId },
          ConditionExpression: absent,
        },
      },
      { Put: { TableName: this.tableName, Item: this.indicatorItem(indicator), ConditionExpression: absent } },
      ...(indicator.departmentId
        ? [
            {
              ConditionCheck: {
                TableName: this.tableName,
                Key: keys.departmentKey(indicator.departmentId),
                ConditionExpression: exists,
              },
            },
          ]
        : []),
    ];
    const outcome = await transactWithRetry(this.db, items);
    if (outcome.kind === 'committed') return;
    const [plan, guard, , department] = outcome.codes;
    if (plan === 'ConditionalCheckFailed') throw new NotFound('plan', indicator.planId);
    if (guard === 'ConditionalCheckFailed') throw new AlreadyExists('indicator', indicator.id);
    if (department === 'ConditionalCheckFailed') throw new NotFound('department', indicator.departmentId ?? '');
    throw new Error(`indicator ${indicator.id}: transaction refused (${outcome.codes.join(', ')})`);
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

  // ---- actuals ----

  async putActual(write: ActualWrite): Promise<Actual> {
    const outcome = await transactWithRetry(this.db, actualItems(this.tableName, write, { returnOld: true }));
    if (outcome.kind === 'committed') return write.actual;
    const current = outcome.reasons[0]?.Item?.version;
    throw new VersionConflict(typeof current === 'number' ? current : null);
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

  /**
   * One page of one list: a single Query (bounded work per request), its cursor bound to the list
   * (cursor.ts), so that a cursor of another list or partition is a 422 and never reaches DynamoDB.
   */
  private async queryPage<T>(list: CursorScope & { newestFirst?: boolean }, page: PageRequest): Promise<Page<T>> {
    const limit = Math.min(Math.max(page.limit ?? defaultPageSize, 1), maxPageSize);
    const partitionKey = list.index?.partitionKey ?? tableKeys.partitionKey;
    const sortKey = list.index?.sortKey ?? tableKeys.sortKey;
    const ExclusiveStartKey = decodeCursor(page.cursor, list);
    const result = await guarded(() =>
      this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          ...(list.index ? { IndexName: list.index.name } : {}),
          KeyConditionExpression: `${partitionKey} = :pk${list.sortPrefix ? ` AND begins_with(${sortKey}, :prefix)` : ''}`,
          ExpressionAttributeValues: {
            ':pk': list.partition,
            ...(list.sortPrefix ? { ':prefix': list.sortPrefix } : {}),
          },
          ...(list.newestFirst ? { ScanIndexForward: false } : {}),
          Limit: limit,
          ExclusiveStartKey,
        }),
      ),
    );
    const nextCursor = encodeCursor(result.LastEvaluatedKey);
    return {
      items: (result.Items ?? []).map((item) => keys.stripLayout<T>(item)),
      ...(nextCursor ? { nextCursor } : {}),
    };
  }
}
