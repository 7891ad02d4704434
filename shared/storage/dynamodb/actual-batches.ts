import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Actual } from '#shared/domain/actual.ts';
import type { ActualBatches, ActualRef, ChunkWrite } from '../batch-port.ts';
import { StoreUnavailable, WriteContention } from '../errors.ts';
import type { ImportCounts } from '../idempotency-port.ts';
import { actualItems } from './actual-items.ts';
import { guarded } from './failures.ts';
import { chunkMarkerKey } from './idempotency-keys.ts';
import * as keys from './keys.ts';
import { queryAll } from './query-all.ts';
import { backoff, transactWithRetry, type TransactItems } from './transact.ts';

type Item = Record<string, unknown>;

/** DynamoDB's per-call limits. */
const batchGetLimit = 100;
export const transactionItemLimit = 100;

/**
 * Reads of keys DynamoDB left unprocessed (it throttles) before the store counts as unavailable: with
 * the backoff that is a few seconds, well inside a request's time, and then a 503 with Retry-After.
 */
export const batchReadAttempts = 8;

/** Fresh reads after a conflict before the chunk gives up (each re-read sees a newer value). */
const chunkAttempts = 20;
/** A chunk's transaction meets other imports' on the same items: more patience than a single PUT's. */
const contendedChunkAttempts = 8;

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
      let pending: Item[] = refs
        .slice(start, start + batchGetLimit)
        .map((r) => keys.actualKey(r.planId, r.indicatorId, r.year));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt === batchReadAttempts)
          throw new StoreUnavailable(new Error(`${pending.length} keys still unprocessed after ${attempt} reads`));
        if (attempt > 0) await backoff(attempt);
        const keysToRead = pending;
        const answer = await guarded(() =>
          this.db.send(
            new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keysToRead, ConsistentRead: true } } }),
          ),
        );
        found.push(...(answer.Responses?.[this.tableName] ?? []).map((item) => keys.stripLayout<Actual>(item)));
        // Unprocessed keys come back under throttling: read them again after a pause.
        pending = (answer.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as Item[];
      }
    }
    return found;
  }

  async writeChunk({ refs, current, decide, marker }: ChunkWrite): Promise<ImportCounts> {
    let seen = current;
    for (let attempt = 1; attempt <= chunkAttempts; attempt++) {
      if (attempt > 1) {
        await backoff(attempt);
        seen = await this.readActuals(refs);
      }
      const { writes, counts } = decide(seen);
      if (writes.length === 0 && !marker) return counts;
      const items: TransactItems = writes.flatMap((write) => actualItems(this.tableName, write));
      if (marker) {
        items.push({
          Put: {
            TableName: this.tableName,
            Item: {
              ...chunkMarkerKey(marker.claim.scope, marker.claim.generation, marker.chunk),
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
      if (items.length > transactionItemLimit)
        throw new Error(`a chunk of ${items.length} items exceeds DynamoDB's ${transactionItemLimit}`);
      const outcome = await transactWithRetry(this.db, items, contendedChunkAttempts);
      if (outcome.kind === 'committed') return counts;
      if (marker && outcome.codes.at(-1) === 'ConditionalCheckFailed') {
        // Another execution of the same request wrote this chunk first: its counts. The document
        // client leaves cancellation items marshalled: { N: "12" }.
        const old = (outcome.reasons.at(-1)?.Item ?? {}) as Record<string, { N?: string } | number>;
        const count = (name: string) => {
          const value = old[name];
          return typeof value === 'number' ? value : Number(value?.N ?? 0);
        };
        return { imported: count('imported'), updated: count('updated'), unchanged: count('unchanged') };
      }
      // A value changed since it was read: read again and decide again.
    }
    throw new WriteContention();
  }
}
