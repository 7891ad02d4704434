import type { Route } from '../route-table.ts';

/** The imports routes. */
export const importsRoutes: Route[] = [];
