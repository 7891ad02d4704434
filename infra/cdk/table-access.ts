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
