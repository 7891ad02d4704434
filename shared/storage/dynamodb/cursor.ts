import { InvalidCursor } from '../errors.ts';
import { tableKeys } from './table.ts';

/**
 * The list a cursor belongs to: the index it reads (its key attributes), the partition its key
 * condition names, and the prefix its sort key must begin with. A cursor is only ever handed back
 * to the list it came from.
 */
export interface CursorScope {
  index?: { name: string; partitionKey: string; sortKey: string };
  partition: string;
  sortPrefix?: string;
}

/** DynamoDB's limit for a sort key value (a partition key's is 2048): a longer one is refused with a 400. */
const maxKeyBytes = 1024;

const keyNames = (scope: CursorScope) => {
  const table = [tableKeys.partitionKey, tableKeys.sortKey];
  return new Set(scope.index ? [...table, scope.index.partitionKey, scope.index.sortKey] : table);
};

/** Opaque page cursors: DynamoDB's LastEvaluatedKey, base64url-encoded JSON of string keys. */
export const encodeCursor = (key: Record<string, unknown> | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined;

/**
 * The start key a cursor names, if it is one of `scope`'s own: exactly the key attributes of its
 * index, each a non-empty string DynamoDB would take, in its partition and within its sort-key
 * range. Anything else — undecodable, another list's or another partition's, a key DynamoDB would
 * refuse ("outside query boundaries", an empty or oversized key) — is the client's mistake, refused
 * here as InvalidCursor (a 422) before it reaches DynamoDB, where it would be a 500 or another list.
 */
export const decodeCursor = (cursor: string | undefined, scope: CursorScope): Record<string, string> | undefined => {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursor();
  }
  if (!key || typeof key !== 'object' || Array.isArray(key)) throw new InvalidCursor();
  const names = keyNames(scope);
  const entries = Object.entries(key);
  const wellFormed =
    entries.length === names.size &&
    entries.every(
      ([name, value]) =>
        names.has(name) && typeof value === 'string' && value.length > 0 && Buffer.byteLength(value) <= maxKeyBytes,
    );
  if (!wellFormed) throw new InvalidCursor();
  const start = key as Record<string, string>;
  const partitionKey = scope.index?.partitionKey ?? tableKeys.partitionKey;
  const sortKey = scope.index?.sortKey ?? tableKeys.sortKey;
  if (start[partitionKey] !== scope.partition || !start[sortKey]!.startsWith(scope.sortPrefix ?? '')) {
    throw new InvalidCursor();
  }
  return start;
};
