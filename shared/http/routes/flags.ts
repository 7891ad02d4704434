import type { Route } from '../route-table.ts';

/** The flags routes. */
export const flagsRoutes: Route[] = [];
