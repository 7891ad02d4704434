import { StoreUnavailable } from '../errors.ts';

const unavailableNames = new Set([
  'TimeoutError',
  'RequestTimeout',
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'ResourceNotFoundException', // the table is missing: the service is not ready, not the client's fault
]);

const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** True for failures a retry later may cure: network, throttling, the service itself. */
export const isUnavailable = (error: unknown): boolean => {
  if (!error || typeof error !== 'object') return false;
  const e = error as {
    name?: string;
    code?: string;
    $metadata?: { httpStatusCode?: number };
    cause?: unknown;
    errors?: unknown[];
  };
  if (e.name && unavailableNames.has(e.name)) return true;
  if (e.code && unavailableCodes.has(e.code)) return true;
  if ((e.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  if (Array.isArray(e.errors) && e.errors.some(isUnavailable)) return true; // AggregateError from happy-eyeballs connects
  return e.cause !== undefined && e.cause !== error && isUnavailable(e.cause);
};

/** Runs a storage call, turning "the store is not there" into the port's StoreUnavailable. */
export const guarded = async <T>(call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    if (isUnavailable(error)) throw new StoreUnavailable(error);
    throw error;
  }
};

export const cancellationCodes = (error: unknown): string[] => {
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.map((reason) => reason.Code ?? 'None');
};

export const isTransactionCanceled = (error: unknown) =>
  (error as { name?: string })?.name === 'TransactionCanceledException';

export const isConditionFailed = (error: unknown) =>
  (error as { name?: string })?.name === 'ConditionalCheckFailedException';
