import type { Route } from '../route-table.ts';

/** The progress routes. */
export const progressRoutes: Route[] = [];
