import type { TransactItems } from './transact.ts';

type Key = { PK: string; SK: string };

/** A versioned record's write: where its current item and its revision go, and which version it replaces. */
export interface VersionedWrite {
  /** The current item's key and any lookup keys it carries. */
  current: Key & Record<string, string>;
  revision: Key;
  entity: string;
  revisionEntity: string;
  record: { version: number } & Record<string, unknown>;
  /** null: create, none may exist yet; a number: replace exactly that version. */
  expectedVersion: number | null;
}

/**
 * The two items of a versioned write (actuals and task reports alike; docs/data-model.md, "Writes"):
 * the current item, conditioned on the version it replaces, and its revision, never overwritten.
 * `returnOld` asks for the current item when the condition fails, so the caller can name its version.
 */
export const versionedItems = (
  tableName: string,
  write: VersionedWrite,
  options: { returnOld?: boolean } = {},
): TransactItems => [
  {
    Put: {
      TableName: tableName,
      Item: { ...write.current, entity: write.entity, ...write.record },
      ...(write.expectedVersion === null
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : {
            ConditionExpression: 'version = :expected',
            ExpressionAttributeValues: { ':expected': write.expectedVersion },
          }),
      ...(options.returnOld ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } : {}),
    },
  },
  {
    Put: {
      TableName: tableName,
      Item: { ...write.revision, entity: write.revisionEntity, ...write.record },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  },
];

/** The version the refused write met (the current item asked for with returnOld), null when there was none. */
export const refusedVersion = (reasons: { Item?: Record<string, unknown> }[]): number | null => {
  const current = reasons[0]?.Item?.version;
  return typeof current === 'number' ? current : null;
};
