import { createHash, type Hash } from 'node:crypto';
import type middy from '@middy/core';
import { logger } from '#shared/runtime/observability.ts';
import { defaultIdempotencyStore } from '#shared/storage/default-batch-stores.ts';
import type { IdempotencyClaim, IdempotencyStore } from '#shared/storage/idempotency-port.ts';
import type { ApiEvent, ApiResult } from '../api-event.ts';
import { HttpProblem } from '../problem.ts';
import { asProblem } from './problem-responses.ts';

/** The key as draft-ietf-httpapi-idempotency-key-header sends it: a short string of visible ASCII. */
const keyPattern = /^[\x21-\x7e]{1,255}$/;

/** Short, and renewed while the request runs: a replay after a crash waits seconds, not the Lambda timeout. */
export const leaseMs = 10_000;
const heartbeatMs = 3_000;
/** Keys are remembered for a day (docs/design.md §3); DynamoDB's TTL then removes the record. */
export const ttlSeconds = 24 * 3600;

/** A piece of punctuation on the work stack, told apart from the string values beside it. */
class Punctuation {
  constructor(readonly text: string) {}
}
const comma = new Punctuation(',');

/**
 * JSON with object keys sorted, fed to `write` piece by piece. Iterative, with its own stack: a body
 * nested a million levels deep (it fits in the import's 4 MiB) is hashed, not a stack overflow.
 */
const writeCanonical = (root: unknown, write: (piece: string) => void) => {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Punctuation) write(item.text);
    else if (Array.isArray(item)) {
      write('[');
      stack.push(new Punctuation(']'));
      for (let i = item.length - 1; i >= 0; i--) {
        stack.push(item[i]);
        if (i > 0) stack.push(comma);
      }
    } else if (item && typeof item === 'object') {
      const keys = Object.keys(item).sort();
      write('{');
      stack.push(new Punctuation('}'));
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push((item as Record<string, unknown>)[keys[i]!]);
        stack.push(new Punctuation(`${JSON.stringify(keys[i])}:`));
        if (i > 0) stack.push(comma);
      }
    } else write(JSON.stringify(item) ?? 'null');
  }
};

/** Pieces gathered into larger strings before hashing: millions of one-character updates are slow. */
const canonicalInto = (hash: Hash, value: unknown) => {
  let pending = '';
  writeCanonical(value, (piece) => {
    pending += piece;
    if (pending.length >= 65_536) {
      hash.update(pending);
      pending = '';
    }
  });
  hash.update(pending);
};

/** What makes two requests "the same": route, path, query and body as validated (key order and JSON spacing aside). */
export const fingerprint = (event: ApiEvent) => {
  const input = event.input!;
  const hash = createHash('sha256');
  canonicalInto(hash, [event.routeKey, input.params, input.query, input.mediaType ?? null]);
  hash.update('\n');
  if (Buffer.isBuffer(input.body)) hash.update(input.body);
  else canonicalInto(hash, input.body);
  return hash.digest('base64url');
};

/**
 * Idempotency-Key on the routes that declare `idempotent` (our own conditional writes, not
 * Powertools: see docs/imports.md). A replay of a completed request answers the first answer and
 * writes nothing; the same key with another request is a 422; a replay while the first still runs
 * is a 409 with Retry-After; a replay after the first stopped part-way takes over and finishes it.
 */
export const idempotency = (
  store: () => IdempotencyStore = defaultIdempotencyStore,
): middy.MiddlewareObj<ApiEvent, ApiResult> => {
  const heartbeats = new WeakMap<ApiEvent, NodeJS.Timeout>();
  const stop = (event: ApiEvent) => {
    clearInterval(heartbeats.get(event));
    heartbeats.delete(event);
  };
  /** Bookkeeping after the answer is decided must not change it: failures are logged, the answer goes out. */
  const quietly = async (what: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      logger.warn(`idempotency: could not ${what}`, { error: error as Error });
    }
  };

  /**
   * A failed request frees its key only when nothing was written under it (a client error before
   * any chunk, by this execution or an earlier one). Anything else may have stopped part-way: the
   * progress is kept and the lease ended, so the client's retry continues at once.
   */
  const endFailed = async (claim: IdempotencyClaim, status: number) => {
    if (status < 500 && claim.doneChunks.size === 0) await quietly('forget', () => store().forget(claim));
    else await quietly('release', () => store().release(claim));
  };

  return {
    name: 'idempotency',
    before: async ({ event }) => {
      const input = event.input!;
      const key = event.headers?.['idempotency-key'];
      if (!input.route.idempotent || key === undefined || !input.principal) return;
      if (!keyPattern.test(key)) {
        throw new HttpProblem(400, 'Idempotency-Key: 1–255 ký tự ASCII in được / 1–255 visible ASCII characters', {
          errors: [{ in: 'header', field: 'idempotency-key', message: '1–255 visible ASCII characters' }],
        });
      }
      // A dry run writes nothing, not even a record: the real run may then use the same key.
      if (input.query.dryRun === true) return;
      const outcome = await store().claim(
        { principal: input.principal.subject, key },
        { fingerprint: fingerprint(event), leaseMs, ttlSeconds },
      );
      switch (outcome.kind) {
        case 'replay':
          return {
            ...outcome.response,
            headers: { ...outcome.response.headers, 'idempotent-replayed': 'true' },
          } satisfies ApiResult;
        case 'mismatch':
          throw new HttpProblem(
            422,
            'Idempotency-Key này đã dùng cho một yêu cầu khác / this Idempotency-Key was used for a different request',
            {
              errors: [
                {
                  in: 'header',
                  field: 'idempotency-key',
                  message: 'already used with another method, path, query or body',
                },
              ],
            },
          );
        case 'in-progress':
          throw new HttpProblem(
            409,
            'Yêu cầu với Idempotency-Key này đang chạy / a request with this Idempotency-Key is still running',
            {
              headers: { 'retry-after': String(outcome.retryAfterSeconds) },
            },
          );
        case 'claimed': {
          const claim: IdempotencyClaim = outcome.claim;
          input.idempotency = claim;
          const beat = setInterval(
            () => void quietly('renew the lease', () => store().heartbeat(claim, leaseMs)),
            heartbeatMs,
          );
          beat.unref();
          heartbeats.set(event, beat);
          return;
        }
      }
    },
    after: async ({ event, response }) => {
      const claim = event.input?.idempotency;
      if (!claim || !response) return;
      stop(event);
      const statusCode = response.statusCode ?? 200;
      if (statusCode >= 400) return endFailed(claim, statusCode);
      const headers = Object.fromEntries(
        Object.entries(response.headers ?? {}).map(([name, value]) => [name, String(value)]),
      );
      await quietly('record the answer', () =>
        store().complete(claim, {
          statusCode,
          headers,
          ...(response.body !== undefined ? { body: response.body } : {}),
        }),
      );
    },
    onError: async ({ event, error }) => {
      const claim = event.input?.idempotency;
      if (!claim) return;
      stop(event);
      await endFailed(claim, asProblem(error).status);
    },
  };
};
