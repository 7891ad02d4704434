import { routes, type FunctionName, type Route } from '#shared/http/route-table.ts';

/** What a function may do to the table, read off the routes it serves. */
export type TableAccess = 'none' | 'read' | 'read-write';

const readOnlyMethods: ReadonlySet<Route['method']> = new Set(['GET']);

/**
 * No routes (the `$default` fallback): no access. Only GET routes: read. Any other method: read-write.
 * Derived from the route table so a new write route cannot ship on a read-only role by accident.
 */
export const tableAccess = (name: FunctionName, table: readonly Route[] = routes): TableAccess => {
  const served = table.filter((route) => route.function === name);
  if (served.length === 0) return 'none';
  return served.every((route) => readOnlyMethods.has(route.method)) ? 'read' : 'read-write';
};

/** Reads of items, partitions and indexes: no Scan (no route reads a whole table) and no stream reads. */
export const readActions = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'] as const;

/**
 * Writes as the adapter makes them: conditional puts and updates, alone or in TransactWriteItems
 * (whose items need their own actions, ConditionCheckItem included). No BatchWriteItem: it cannot
 * carry a condition, and no write path uses it.
 */
export const writeActions = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'] as const;

/**
 * Deleting items is needed only to forget an Idempotency-Key whose request wrote nothing
 * (shared/http/middleware/idempotency.ts) and to resolve a flag, which moves it out of the open
 * flags (shared/storage/dynamodb/flag-store.ts, run by the flag job and by `POST /jobs/flag-lagging`).
 */
const runsTheFlagJob: ReadonlySet<string> = new Set(['api-flags-job', 'flag-job']);

/** The DynamoDB actions a function's role is granted, read off the routes it serves (and the flag job's work). */
export const tableActions = (name: FunctionName | 'flag-job', table: readonly Route[] = routes): string[] => {
  const access = name === 'flag-job' ? 'read-write' : tableAccess(name, table);
  if (access === 'none') return [];
  if (access === 'read') return [...readActions];
  const served = table.filter((route) => route.function === name);
  const deletes = runsTheFlagJob.has(name) || served.some((route) => route.idempotent);
  return [...readActions, ...writeActions, ...(deletes ? ['dynamodb:DeleteItem'] : [])];
};
