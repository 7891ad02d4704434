import {
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import {
  isUnitFlag,
  publicFlag,
  reopenWindowMs,
  type Flag,
  type OpenFlag,
  type ResolvedFlag,
} from '#shared/domain/flag.ts';
import { storableNumbers } from '#shared/domain/storable.ts';
import type { FlagQuery, FlagStore } from '../flag-port.ts';
import type { Page } from '../port.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { guarded, isConditionFailed } from './failures.ts';
import {
  allFlagsPartition,
  departmentFlagsPartition,
  flagListKeys,
  openFlagKey,
  openSlotEntity,
  planFlagsPartition,
  resolvedFlagKey,
  resolvedSlotEntity,
} from './flag-keys.ts';
import { actualKey, stripLayout } from './keys.ts';
import { reportKey } from './report-keys.ts';
import { tableKeys } from './table.ts';
import { taskStillNotDone } from './task-flag-items.ts';
import { retryWhileUnavailable, transactWithRetry, type TransactItems } from './transact.ts';

type Item = Record<string, unknown>;

const defaultPageSize = 50;
const maxPageSize = 200;
/** DynamoDB pages one list request may read at most (docs/flags.md, "Reading flags"). */
export const maxReadsPerPage = 3;

/** The DynamoDB adapter of the flag port; keys in flag-keys.ts, reasoning in docs/flags.md. */
export class DynamoFlagStore implements FlagStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async openFlag(flag: Flag, leaseUntil: string): Promise<boolean> {
    const item = {
      ...openFlagKey(flag),
      ...flagListKeys(flag),
      entity: openSlotEntity,
      ...flag,
      // Whatever computed the detail, DynamoDB must take it: a refused number would stop the plan's run.
      detail: storableNumbers(flag.detail),
      notification: { state: 'pending', leaseUntil },
    };
    // The slot is free, or keeps only a resolved flag (which this new one replaces).
    const put = {
      TableName: this.tableName,
      Item: item,
      ConditionExpression: 'attribute_not_exists(PK) OR entity = :resolved',
      ExpressionAttributeValues: { ':resolved': resolvedSlotEntity },
    };
    if (flag.type === 'lagging') {
      // One item: a conditional PutItem is as safe as a transaction and costs half the write units.
      try {
        await guarded(() => this.db.send(new PutCommand(put)));
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false;
        throw error;
      }
    }
    if (flag.type === 'overdue_task') return this.transact([{ Put: put }, taskStillNotDone(this.tableName, flag)]);
    // A report posted after this run read the plan must not be flagged missing: checked in the same transaction.
    return this.transact([{ Put: put }, { ConditionCheck: this.reportStillMissing(flag) }]);
  }

  async reopenFlag(flag: ResolvedFlag, leaseUntil: string): Promise<OpenFlag | undefined> {
    const { resolvedAt: _resolvedAt, notification, ...rest } = flag;
    const reopened: OpenFlag = {
      ...rest,
      status: 'open',
      // Its department was told of this flag already, unless that notice never went out.
      notification: notification?.state === 'sent' ? { state: 'sent' } : { state: 'pending', leaseUntil },
    };
    const committed = await this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: { ...openFlagKey(flag), ...flagListKeys(reopened), entity: openSlotEntity, ...reopened },
          ConditionExpression: 'entity = :resolved AND id = :id',
          ExpressionAttributeValues: { ':resolved': resolvedSlotEntity, ':id': flag.id },
        },
      },
      { Delete: { TableName: this.tableName, Key: resolvedFlagKey(flag.id) } },
      ...(flag.type === 'missing_report' ? [{ ConditionCheck: this.reportStillMissing(flag) }] : []),
    ]);
    return committed ? reopened : undefined;
  }

  async resolveFlag(flag: OpenFlag, resolvedAt: string): Promise<boolean> {
    const resolved = { ...flag, status: 'resolved' as const, resolvedAt };
    // The slot keeps the resolved flag (in no list) for a re-opening within reopenWindowMs; DynamoDB's
    // TTL removes it a day after that, and a new opening simply replaces it.
    const expiresAt = Math.floor((Date.parse(resolvedAt) + 2 * reopenWindowMs) / 1000);
    return this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: { ...openFlagKey(flag), entity: resolvedSlotEntity, ...resolved, expiresAt },
          ConditionExpression: 'id = :id AND entity = :open',
          ExpressionAttributeValues: { ':id': flag.id, ':open': openSlotEntity },
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: { ...resolvedFlagKey(flag.id), ...flagListKeys(resolved), entity: 'flag', ...resolved },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
    ]);
  }

  async claimNotification(flag: OpenFlag, leaseUntil: string): Promise<boolean> {
    try {
      await guarded(() =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: openFlagKey(flag),
            UpdateExpression: 'SET notification.leaseUntil = :lease',
            ConditionExpression:
              'id = :id AND entity = :open AND notification.#state = :pending AND notification.leaseUntil = :seen',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: {
              ':lease': leaseUntil,
              ':id': flag.id,
              ':open': openSlotEntity,
              ':pending': 'pending',
              ':seen': flag.notification.leaseUntil ?? '',
            },
          }),
        ),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }

  async releaseNotification(flag: Flag, now: string): Promise<void> {
    await this.updateWherever(
      flag,
      'SET notification.leaseUntil = :now',
      { ':now': now },
      'notification.#state = :pending',
      { ':pending': 'pending' },
    );
  }

  async markNotified(flag: Flag, notifiedAt: string): Promise<void> {
    // The message is out: giving up on a throttle here would have it sent again once the lease runs out.
    await retryWhileUnavailable(() =>
      this.updateWherever(flag, 'SET notification.#state = :sent, notifiedAt = :at REMOVE notification.leaseUntil', {
        ':sent': 'sent',
        ':at': notifiedAt,
      }),
    );
  }

  async listFlags(query: FlagQuery): Promise<Page<Flag>> {
    const { index, partition, filters } = this.listPlan(query);
    const limit = Math.min(Math.max(query.limit ?? defaultPageSize, 1), maxPageSize);
    // A cursor of another list would make DynamoDB answer 400 (or, worse, read another list): refuse it.
    const start = decodeCursor(query.cursor, { index, partition });
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':pk': partition };
    const conditions = Object.entries(filters).map(([field, value], i) => {
      names[`#f${i}`] = field;
      values[`:f${i}`] = value;
      return `#f${i} = :f${i}`;
    });
    const input: Omit<QueryCommandInput, 'TableName'> = {
      IndexName: index.name,
      KeyConditionExpression: `${index.partitionKey} = :pk`,
      ...(conditions.length ? { FilterExpression: conditions.join(' AND '), ExpressionAttributeNames: names } : {}),
      ExpressionAttributeValues: values,
      ScanIndexForward: false,
    };
    // With a filter a DynamoDB page may come back short; read on, but at most `maxReadsPerPage` pages
    // of at most `maxPageSize` items evaluated each, so that one request never walks a whole history: a
    // page may then come back short (even empty) with a cursor, which the caller follows like any other.
    const evaluated = conditions.length ? maxPageSize : limit;
    const items: Item[] = [];
    let exclusiveStartKey: Item | undefined = start;
    let reads = 0;
    do {
      const page = await guarded(() =>
        this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            ...input,
            Limit: evaluated,
            ExclusiveStartKey: exclusiveStartKey,
          }),
        ),
      );
      reads += 1;
      items.push(...(page.Items ?? []));
      exclusiveStartKey = page.LastEvaluatedKey;
    } while (exclusiveStartKey && items.length < limit && reads < maxReadsPerPage);
    const pageItems = items.slice(0, limit);
    // Past a full page, resume after its last item; otherwise where DynamoDB stopped evaluating.
    const resumeAt = items.length > limit ? this.indexKeyOf(pageItems.at(-1)!, index) : exclusiveStartKey;
    const nextCursor = encodeCursor(resumeAt);
    return {
      items: pageItems.map((item) => publicFlag(stripLayout<OpenFlag>(item))),
      ...(nextCursor ? { nextCursor } : {}),
    };
  }

  /** Which list answers a query, and what is left to filter: see the table in docs/data-model.md. */
  private listPlan(query: FlagQuery) {
    const type = query.type ? { type: query.type } : {};
    if (query.planId) {
      return {
        index: tableKeys.gsi2,
        partition: planFlagsPartition(query.planId, query.status),
        filters: { ...type, ...(query.departmentId ? { departmentId: query.departmentId } : {}) },
      };
    }
    if (query.departmentId)
      return {
        index: tableKeys.gsi3,
        partition: departmentFlagsPartition(query.departmentId, query.status),
        filters: type,
      };
    return { index: tableKeys.gsi1, partition: allFlagsPartition(query.status), filters: type };
  }

  private indexKeyOf(item: Item, index: { partitionKey: string; sortKey: string }) {
    const pick = (name: string) => [name, String(item[name])] as const;
    return Object.fromEntries([pick('PK'), pick('SK'), pick(index.partitionKey), pick(index.sortKey)]);
  }

  /**
   * Updates the flag where it is: open in its plan's partition, or — if another run resolved it in
   * between — in its own. A flag that is in neither any more needs no update.
   */
  private async updateWherever(
    flag: Flag,
    update: string,
    values: Item,
    condition?: string,
    conditionValues: Item = {},
  ) {
    const names = { '#state': 'state' };
    const attempt = async (key: Item, where: string, whereValues: Item) => {
      try {
        await guarded(() =>
          this.db.send(
            new UpdateCommand({
              TableName: this.tableName,
              Key: key,
              UpdateExpression: update,
              ConditionExpression: [where, condition].filter(Boolean).join(' AND '),
              ...(update.includes('#state') || condition?.includes('#state')
                ? { ExpressionAttributeNames: names }
                : {}),
              ExpressionAttributeValues: { ...values, ...whereValues, ...conditionValues },
            }),
          ),
        );
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false;
        throw error;
      }
    };
    if (await attempt(openFlagKey(flag), 'id = :id AND entity = :open', { ':id': flag.id, ':open': openSlotEntity }))
      return;
    await attempt(resolvedFlagKey(flag.id), 'attribute_exists(PK)', {});
  }

  /** A report posted after the run read the plan must not be flagged missing: checked in the same transaction. */
  /** A unit's report not yet submitted (a unit's flag), or an indicator's year still without a value. */
  private reportStillMissing(flag: Flag) {
    return isUnitFlag(flag)
      ? {
          TableName: this.tableName,
          Key: reportKey({ planId: flag.planId, year: flag.year, departmentId: flag.departmentId ?? '' }),
          ConditionExpression: 'attribute_not_exists(PK) OR attribute_not_exists(submittedAt)',
        }
      : {
          TableName: this.tableName,
          Key: actualKey(flag.planId, flag.indicatorId ?? '', flag.year),
          ConditionExpression: 'attribute_not_exists(PK)',
        };
  }

  /** A transaction whose conditions decide: true when it committed, false when a condition failed. */
  private async transact(items: TransactItems): Promise<boolean> {
    // Contention (the other run is writing the same item right now) is retried there; its outcome decides ours.
    return (await transactWithRetry(this.db, items)).kind === 'committed';
  }
}
