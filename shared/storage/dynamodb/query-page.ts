import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '../port.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { guarded } from './failures.ts';
import { stripLayout } from './keys.ts';

const defaultPageSize = 50;
const maxPageSize = 200;

/** One page of a Query, its cursor the opaque LastEvaluatedKey; records without the table's layout. */
export const queryPage = async <T>(
  db: DynamoDBDocumentClient,
  input: QueryCommandInput,
  page: PageRequest,
): Promise<Page<T>> => {
  const limit = Math.min(Math.max(page.limit ?? defaultPageSize, 1), maxPageSize);
  const result = await guarded(() =>
    db.send(new QueryCommand({ ...input, Limit: limit, ExclusiveStartKey: decodeCursor(page.cursor) })),
  );
  const nextCursor = encodeCursor(result.LastEvaluatedKey);
  return {
    items: (result.Items ?? []).map((item) => stripLayout<T>(item)),
    ...(nextCursor ? { nextCursor } : {}),
  };
};
