/**
 * Idempotency records (Idempotency-Key): the storage side of middleware/idempotency.ts.
 * Keys are scoped per principal: two callers may use the same key without meeting.
 */
export interface IdempotencyScope {
  /** The caller's subject (JWT `sub`). */
  principal: string;
  /** The Idempotency-Key header as sent. */
  key: string;
}

/** How many rows a piece of an import created, replaced, or found already equal. */
export interface ImportCounts {
  imported: number;
  updated: number;
  unchanged: number;
}

/** The first answer, kept to be answered again. */
export interface StoredResponse {
  statusCode: number;
  headers: Record<string, string>;
  body?: string;
}

/**
 * This execution holds the key: it runs the request, renews its lease, and ends by completing,
 * releasing (a retry may take over at once) or forgetting (the request failed and wrote nothing).
 */
export interface IdempotencyClaim {
  scope: IdempotencyScope;
  /** Random per execution: only the current owner may renew, complete, release or forget. */
  owner: string;
  /** Fixed by the first execution; names the chunk markers that every later execution finds. */
  generation: string;
  /** True when an earlier execution stopped part-way (crash, timeout, outage) and this one continues. */
  resumed: boolean;
  /** Chunks of an import already written under this generation, with their counts. */
  doneChunks: Map<number, ImportCounts>;
}

export type ClaimOutcome =
  | { kind: 'claimed'; claim: IdempotencyClaim }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'mismatch' }
  | { kind: 'in-progress'; retryAfterSeconds: number };

export interface ClaimOptions {
  /** What the request is: method, path, query and body, hashed. */
  fingerprint: string;
  /** How long the claim holds without a heartbeat. */
  leaseMs: number;
  /** How long the key is remembered (24 h). */
  ttlSeconds: number;
}

export interface IdempotencyStore {
  claim(scope: IdempotencyScope, options: ClaimOptions): Promise<ClaimOutcome>;
  heartbeat(claim: IdempotencyClaim, leaseMs: number): Promise<void>;
  complete(claim: IdempotencyClaim, response: StoredResponse): Promise<void>;
  /** Keeps the progress, ends the lease: the next replay continues without waiting. */
  release(claim: IdempotencyClaim): Promise<void>;
  /** Drops the record: nothing was written, the key may be used again. */
  forget(claim: IdempotencyClaim): Promise<void>;
}
