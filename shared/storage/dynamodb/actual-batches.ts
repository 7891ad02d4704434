import { BatchGetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Actual } from '#shared/domain/actual.ts';
import type { ActualBatches, ActualRef, BatchPut, ChunkMarker, ChunkResult } from '../batch-port.ts';
import { cancellationCodes, guarded, isTransactionCanceled } from './failures.ts';
import { chunkMarkerKey } from './idempotency-keys.ts';
import * as keys from './keys.ts';
import { queryAll } from './query-all.ts';

type Item = Record<string, unknown>;

/** DynamoDB's per-call limits. */
const batchGetLimit = 100;
export const transactionItemLimit = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The import's side of the actuals (docs/data-model.md, "Writes"): the same items `putActual` writes,
 * many at a time. Reads are strongly consistent because "unchanged, skip it" is decided on them.
 */
export class DynamoActualBatches implements ActualBatches {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async readPlanActuals(planId: string): Promise<Actual[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :act)',
      ExpressionAttributeValues: { ':pk': keys.planPartition(planId), ':act': 'ACT#' },
      ConsistentRead: true,
    });
    return items.map((item) => keys.stripLayout<Actual>(item));
  }

  async readActuals(refs: ActualRef[]): Promise<Actual[]> {
    const found: Actual[] = [];
    for (let start = 0; start < refs.length; start += batchGetLimit) {
      let pending: Item[] = refs.slice(start, start + batchGetLimit).map((r) => keys.actualKey(r.planId, r.indicatorId, r.year));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) await sleep(Math.min(50 * 2 ** attempt, 1000));
        const keysToRead = pending;
        const answer = await guarded(() =>
          this.db.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keysToRead, ConsistentRead: true } } })),
        );
        found.push(...(answer.Responses?.[this.tableName] ?? []).map((item) => keys.stripLayout<Actual>(item)));
        // Unprocessed keys come back under throttling: read them again after a pause.
        pending = (answer.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as Item[];
      }
    }
    return found;
  }

  async writeChunk(puts: BatchPut[], marker?: ChunkMarker): Promise<ChunkResult> {
    const items: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']> = [];
    for (const { planId, actual, expectedVersion } of puts) {
      items.push(
        {
          Put: {
            TableName: this.tableName,
            Item: { ...keys.actualKey(planId, actual.indicatorId, actual.year), ...keys.actualLookupKey(actual.indicatorId, actual.year), entity: 'actual', ...actual },
            ...(expectedVersion === null
              ? { ConditionExpression: 'attribute_not_exists(PK)' }
              : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expectedVersion } }),
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: { ...keys.revisionKey(actual.indicatorId, actual.year, actual.version), entity: 'revision', ...actual },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
      );
    }
    if (marker) {
      const { claim, chunk, counts } = marker;
      items.push({
        Put: {
          TableName: this.tableName,
          Item: {
            ...chunkMarkerKey(claim.scope, claim.generation, chunk),
            entity: 'import-chunk',
            ...counts,
            // Markers go with their record: the same day, then DynamoDB's TTL removes them.
            expiresAt: Math.floor(Date.now() / 1000) + 24 * 3600,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      });
    }
    if (items.length === 0) return { kind: 'written' };
    if (items.length > transactionItemLimit) throw new Error(`a chunk of ${items.length} items exceeds DynamoDB's ${transactionItemLimit}`);
    try {
      await guarded(() => this.db.send(new TransactWriteCommand({ TransactItems: items })));
      return { kind: 'written' };
    } catch (error) {
      if (!isTransactionCanceled(error)) throw error;
      const codes = cancellationCodes(error);
      if (marker && codes.at(-1) === 'ConditionalCheckFailed') {
        // The document client leaves cancellation items marshalled: { N: "12" }.
        const old = (error as { CancellationReasons?: { Item?: Record<string, { N?: string } | number> }[] }).CancellationReasons?.at(-1)?.Item ?? {};
        const count = (name: string) => {
          const value = old[name];
          return typeof value === 'number' ? value : Number(value?.N ?? 0);
        };
        return { kind: 'already-done', counts: { imported: count('imported'), updated: count('updated'), unchanged: count('unchanged') } };
      }
      if (codes.includes('ConditionalCheckFailed')) return { kind: 'conflict' };
      if (codes.includes('TransactionConflict')) return { kind: 'contention' };
      throw error;
    }
  }
}
