import {
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { publicFlag, type Flag, type OpenFlag } from '#shared/domain/flag.ts';
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
  planFlagsPartition,
  resolvedFlagKey,
} from './flag-keys.ts';
import { actualKey, stripLayout } from './keys.ts';
import { tableKeys } from './table.ts';
import { transactWithRetry, type TransactItems } from './transact.ts';

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
      entity: 'flag',
      ...flag,
      // Whatever computed the detail, DynamoDB must take it: a refused number would stop the plan's run.
      detail: storableNumbers(flag.detail),
      notification: { state: 'pending', leaseUntil },
    };
    const put = { TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(PK)' };
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
    // A report posted after this run read the plan must not be flagged missing: checked in the same transaction.
    const reportStillMissing = {
      TableName: this.tableName,
      Key: actualKey(flag.planId, flag.indicatorId, flag.year),
      ConditionExpression: 'attribute_not_exists(PK)',
    };
    return this.transact([{ Put: put }, { ConditionCheck: reportStillMissing }]);
  }

  async resolveFlag(flag: OpenFlag, resolvedAt: string): Promise<boolean> {
    const resolved = { ...flag, status: 'resolved' as const, resolvedAt };
    return this.transact([
      {
        Delete: {
          TableName: this.tableName,
          Key: openFlagKey(flag),
          ConditionExpression: 'id = :id',
          ExpressionAttributeValues: { ':id': flag.id },
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
            ConditionExpression: 'id = :id AND notification.#state = :pending AND notification.leaseUntil = :seen',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: {
              ':lease': leaseUntil,
              ':id': flag.id,
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
    await this.updateWherever(
      flag,
      'SET notification.#state = :sent, notifiedAt = :at REMOVE notification.leaseUntil',
      { ':sent': 'sent', ':at': notifiedAt },
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
    if (await attempt(openFlagKey(flag), 'id = :id', { ':id': flag.id })) return;
    await attempt(resolvedFlagKey(flag.id), 'attribute_exists(PK)', {});
  }

  /** A transaction whose conditions decide: true when it committed, false when a condition failed. */
  private async transact(items: TransactItems): Promise<boolean> {
    // Contention (the other run is writing the same item right now) is retried there; its outcome decides ours.
    return (await transactWithRetry(this.db, items)).kind === 'committed';
  }
}
