import type { IdempotencyScope } from '../idempotency-port.ts';

/**
 * Idempotency records, next to keys.ts: one partition per (principal, key), so no partition is hot
 * and a principal's keys never meet another's. The subject is URI-encoded so that it holds no '#'
 * and the first '#' after it is the separator, whatever the key contains.
 */
export const idempotencyPartition = ({ principal, key }: IdempotencyScope) =>
  `IDEM#${encodeURIComponent(principal)}#${key}`;

export const idempotencyRecordKey = (scope: IdempotencyScope) => ({ PK: idempotencyPartition(scope), SK: '#REQUEST' });

export const chunkMarkerPrefix = (generation: string) => `CHUNK#${generation}#`;

export const chunkMarkerKey = (scope: IdempotencyScope, generation: string, chunk: number) => ({
  PK: idempotencyPartition(scope),
  SK: `${chunkMarkerPrefix(generation)}${String(chunk).padStart(5, '0')}`,
});
