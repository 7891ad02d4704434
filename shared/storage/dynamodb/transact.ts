import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailable } from '../errors.ts';
import { cancellationCodes, guarded, isTransactionCanceled } from './failures.ts';

export type TransactItems = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>;

/** Attempts of one transaction while other transactions hold its items (TransactionConflict). */
const contendedAttempts = 4;

/**
 * The pause before retry `attempt` (1, 2, …): exponential from 40 ms up to a second, with full-width
 * jitter so that writers who collided once do not collide again in step.
 */
export const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.min(20 * 2 ** attempt, 1_000) * (0.5 + Math.random())));

/** Attempts of a write whose store was unavailable (throttled, unreachable) after the SDK's own retries. */
const unavailableAttempts = 4;

/**
 * Runs a write again after a backoff while the store is unavailable (StoreUnavailable: throttling,
 * network), for writes that must not be given up lightly; any other failure is thrown at once.
 */
export const retryWhileUnavailable = async <T>(write: () => Promise<T>, attempts = unavailableAttempts): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof StoreUnavailable) || attempt >= attempts) throw error;
      await backoff(attempt);
    }
  }
};

/** What a transaction's own conditions said; anything else is thrown. */
export type TransactOutcome =
  | { kind: 'committed' }
  /** A condition failed: nothing was written. `codes` are per item, `reasons` carry the old items asked for. */
  | { kind: 'refused'; codes: string[]; reasons: { Code?: string; Item?: Record<string, unknown> }[] };

/**
 * Every transactional write of the adapter goes through here. A failed condition is the answer and
 * is returned at once; contention (another transaction holds an item right now; its outcome decides
 * ours) is retried after a backoff, and if it persists the store counts as unavailable: a retry later
 * will do. Network and throttling failures become StoreUnavailable on the way (guarded).
 */
export const transactWithRetry = async (
  db: DynamoDBDocumentClient,
  items: TransactItems,
  attempts = contendedAttempts,
): Promise<TransactOutcome> => {
  const write = new TransactWriteCommand({ TransactItems: items });
  for (let attempt = 1; ; attempt++) {
    try {
      await guarded(() => db.send(write));
      return { kind: 'committed' };
    } catch (error) {
      if (!isTransactionCanceled(error)) throw error;
      const codes = cancellationCodes(error);
      if (codes.includes('ConditionalCheckFailed')) {
        return {
          kind: 'refused',
          codes,
          reasons:
            (error as { CancellationReasons?: { Code?: string; Item?: Record<string, unknown> }[] })
              .CancellationReasons ?? [],
        };
      }
      if (attempt >= attempts) throw new StoreUnavailable(error);
      await backoff(attempt);
    }
  }
};
