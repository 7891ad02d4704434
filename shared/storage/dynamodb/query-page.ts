import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '../port.ts';
import { decodeCursor, encodeCursor, type CursorScope } from './cursor.ts';
import { guarded } from './failures.ts';
import { stripLayout } from './keys.ts';
import { tableKeys } from './table.ts';

const defaultPageSize = 50;
const maxPageSize = 200;

/** One list: its partition (and index, sort-key prefix) and its order. */
export type PagedList = CursorScope & { newestFirst?: boolean };

/**
 * One page of one list: a single Query (bounded work per request), its cursor bound to the list
 * (cursor.ts), so that a cursor of another list or partition is a 422 and never reaches DynamoDB.
 * Records come back without the table's layout.
 */
export const queryPage = async <T>(
  db: DynamoDBDocumentClient,
  tableName: string,
  list: PagedList,
  page: PageRequest,
): Promise<Page<T>> => {
  const limit = Math.min(Math.max(page.limit ?? defaultPageSize, 1), maxPageSize);
  const partitionKey = list.index?.partitionKey ?? tableKeys.partitionKey;
  const sortKey = list.index?.sortKey ?? tableKeys.sortKey;
  const ExclusiveStartKey = decodeCursor(page.cursor, list);
  const result = await guarded(() =>
    db.send(
      new QueryCommand({
        TableName: tableName,
        ...(list.index ? { IndexName: list.index.name } : {}),
        KeyConditionExpression: `${partitionKey} = :pk${list.sortPrefix ? ` AND begins_with(${sortKey}, :prefix)` : ''}`,
        ExpressionAttributeValues: {
          ':pk': list.partition,
          ...(list.sortPrefix ? { ':prefix': list.sortPrefix } : {}),
        },
        ...(list.newestFirst ? { ScanIndexForward: false } : {}),
        Limit: limit,
        ExclusiveStartKey,
      }),
    ),
  );
  const nextCursor = encodeCursor(result.LastEvaluatedKey);
  return {
    items: (result.Items ?? []).map((item) => stripLayout<T>(item)),
    ...(nextCursor ? { nextCursor } : {}),
  };
};
