import { InvalidCursor } from '../errors.ts';

/** Opaque page cursors: DynamoDB's LastEvaluatedKey, base64url-encoded JSON of string keys. */
export const encodeCursor = (key: Record<string, unknown> | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined;

export const decodeCursor = (cursor: string | undefined): Record<string, string> | undefined => {
  if (cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (key && typeof key === 'object' && !Array.isArray(key)) {
      const entries = Object.entries(key);
      if (
        entries.length > 0 &&
        entries.length <= 6 &&
        entries.every(([k, v]) => /^(PK|SK|GSI[123](PK|SK))$/.test(k) && typeof v === 'string')
      ) {
        return key as Record<string, string>;
      }
    }
  } catch {
    // fall through: any undecodable cursor is the client's mistake, not ours
  }
  throw new InvalidCursor();
};
