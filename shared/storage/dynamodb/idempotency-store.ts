import { randomUUID } from 'node:crypto';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type {
  ClaimOptions,
  ClaimOutcome,
  IdempotencyClaim,
  IdempotencyScope,
  IdempotencyStore,
  ImportCounts,
  StoredResponse,
} from '../idempotency-port.ts';
import { guarded, isConditionFailed } from './failures.ts';
import { queryAll } from './query-all.ts';
import { chunkMarkerPrefix, idempotencyPartition, idempotencyRecordKey } from './idempotency-keys.ts';

type Item = Record<string, unknown>;

interface RecordItem {
  state: 'in_progress' | 'complete';
  fingerprint: string;
  owner: string;
  generation: string;
  leaseUntil?: number;
  expiresAt: number;
  response?: StoredResponse;
}

/** How often a claim that keeps losing races re-reads before telling the caller to wait. */
const claimAttempts = 3;

/**
 * Idempotency records in the one table (docs/data-model.md): `IDEM#<principal>#<key>` / `#REQUEST`,
 * with `expiresAt` for DynamoDB's TTL. Every change is conditioned on the owner, so an execution that
 * lost its lease can no longer complete, release or forget a record another one now holds.
 */
export class DynamoIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(scope: IdempotencyScope, options: ClaimOptions): Promise<ClaimOutcome> {
    for (let attempt = 1; attempt <= claimAttempts; attempt++) {
      const now = Date.now();
      const owner = randomUUID();
      const fresh: RecordItem = {
        state: 'in_progress',
        fingerprint: options.fingerprint,
        owner,
        generation: owner,
        leaseUntil: now + options.leaseMs,
        expiresAt: Math.floor(now / 1000) + options.ttlSeconds,
      };
      const existing = await this.putNew(scope, fresh, now);
      if (!existing)
        return { kind: 'claimed', claim: { scope, owner, generation: owner, resumed: false, doneChunks: new Map() } };
      if (existing.fingerprint !== options.fingerprint) return { kind: 'mismatch' };
      if (existing.state === 'complete' && existing.response) return { kind: 'replay', response: existing.response };
      const leaseUntil = existing.leaseUntil ?? 0;
      if (leaseUntil > now)
        return { kind: 'in-progress', retryAfterSeconds: Math.max(1, Math.ceil((leaseUntil - now) / 1000)) };
      // The last execution stopped without finishing (crash, timeout, outage): take over its progress.
      if (await this.takeOver(scope, existing, owner, now + options.leaseMs)) {
        const claim: IdempotencyClaim = {
          scope,
          owner,
          generation: existing.generation,
          resumed: true,
          doneChunks: new Map(),
        };
        claim.doneChunks = await this.doneChunks(claim);
        return { kind: 'claimed', claim };
      }
    }
    return { kind: 'in-progress', retryAfterSeconds: 1 };
  }

  async heartbeat(claim: IdempotencyClaim, leaseMs: number): Promise<void> {
    await this.updateOwned(claim, 'SET leaseUntil = :lease', { ':lease': Date.now() + leaseMs });
  }

  async complete(claim: IdempotencyClaim, response: StoredResponse): Promise<void> {
    await this.updateOwned(claim, 'SET #state = :complete, #response = :response REMOVE leaseUntil', {
      ':complete': 'complete',
      ':response': response,
    });
  }

  async release(claim: IdempotencyClaim): Promise<void> {
    await this.updateOwned(claim, 'SET leaseUntil = :zero', { ':zero': 0 });
  }

  async forget(claim: IdempotencyClaim): Promise<void> {
    try {
      await guarded(() =>
        this.db.send(
          new DeleteCommand({
            TableName: this.tableName,
            Key: idempotencyRecordKey(claim.scope),
            ConditionExpression: '#owner = :owner AND #state = :progress',
            ExpressionAttributeNames: { '#owner': 'owner', '#state': 'state' },
            ExpressionAttributeValues: { ':owner': claim.owner, ':progress': 'in_progress' },
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }

  /** Writes the record unless a live one exists (an expired one awaiting TTL deletion counts as absent); returns that one. */
  private async putNew(scope: IdempotencyScope, record: RecordItem, now: number): Promise<RecordItem | undefined> {
    try {
      await guarded(() =>
        this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...idempotencyRecordKey(scope), entity: 'idempotency', ...record },
            ConditionExpression: 'attribute_not_exists(PK) OR expiresAt < :now',
            ExpressionAttributeValues: { ':now': Math.floor(now / 1000) },
          }),
        ),
      );
      return undefined;
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      // A consistent read rather than ReturnValuesOnConditionCheckFailure: the document client leaves that item marshalled.
      return (await this.read(scope)) as RecordItem | undefined;
    }
  }

  private async read(scope: IdempotencyScope): Promise<Item | undefined> {
    const { Item } = await guarded(() =>
      this.db.send(
        new GetCommand({ TableName: this.tableName, Key: idempotencyRecordKey(scope), ConsistentRead: true }),
      ),
    );
    return Item;
  }

  /** Only one of several simultaneous replays wins: the condition names the owner and lease it saw. */
  private async takeOver(
    scope: IdempotencyScope,
    seen: RecordItem,
    owner: string,
    leaseUntil: number,
  ): Promise<boolean> {
    try {
      await guarded(() =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: idempotencyRecordKey(scope),
            UpdateExpression: 'SET #owner = :owner, leaseUntil = :lease',
            ConditionExpression: '#owner = :seen AND #state = :progress',
            ExpressionAttributeNames: { '#owner': 'owner', '#state': 'state' },
            ExpressionAttributeValues: {
              ':owner': owner,
              ':lease': leaseUntil,
              ':seen': seen.owner,
              ':progress': 'in_progress',
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

  private async doneChunks(claim: IdempotencyClaim): Promise<Map<number, ImportCounts>> {
    const done = new Map<number, ImportCounts>();
    const prefix = chunkMarkerPrefix(claim.generation);
    const markers = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': idempotencyPartition(claim.scope), ':prefix': prefix },
      ConsistentRead: true,
    });
    for (const item of markers) {
      const chunk = Number(String(item.SK).slice(prefix.length));
      done.set(chunk, {
        imported: Number(item.imported),
        updated: Number(item.updated),
        unchanged: Number(item.unchanged),
      });
    }
    return done;
  }

  /** A change only the owner may make; a lost lease is not an error here, the new owner carries on. */
  private async updateOwned(claim: IdempotencyClaim, expression: string, values: Item): Promise<void> {
    try {
      await guarded(() =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: idempotencyRecordKey(claim.scope),
            UpdateExpression: expression,
            ConditionExpression: '#owner = :owner AND #state = :progress',
            ExpressionAttributeNames: {
              '#owner': 'owner',
              '#state': 'state',
              ...(expression.includes('#response') ? { '#response': 'response' } : {}),
            },
            ExpressionAttributeValues: { ...values, ':owner': claim.owner, ':progress': 'in_progress' },
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }
}
