import { routeKey, type Route } from './route.ts';
import { actualsRoutes } from './routes/actuals.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { flagsRoutes } from './routes/flags.ts';
import { importsRoutes } from './routes/imports.ts';
import { metaRoutes } from './routes/meta.ts';
import { progressRoutes } from './routes/progress.ts';
import { workbooksRoutes } from './routes/workbooks.ts';

export { routeKey };
export type { Access, FunctionName, MediaType, Route } from './route.ts';

/**
 * The one route table, assembled from the areas under routes/ (the types live in route.ts, so a
 * function's bundle can import only the areas it serves: shared/http/api-function.ts).
 */
const areas = [
  metaRoutes,
  catalogRoutes,
  actualsRoutes,
  progressRoutes,
  flagsRoutes,
  importsRoutes,
  workbooksRoutes,
] as const;

export const routes: Route[] = areas.flatMap((area) => Object.values<Route>(area));

/** Every route's name: a table keyed by it (tests/hardening/route-matrix.ts) must have every route. */
export type OperationId = (typeof areas)[number] extends infer Area
  ? Area extends unknown
    ? keyof Area & string
    : never
  : never;

export const functionNames = [...new Set(routes.map((route) => route.function)), 'api-fallback'];

/** Splits an actual request path against the table: the route, or why none (404 vs 405). */
export const matchRoute = (
  method: string,
  path: string,
): { route: Route; pathParameters: Record<string, string> } | { route: undefined; allowed: string[] } => {
  const segments = path.split('/').filter(Boolean);
  const allowed: string[] = [];
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const pathParameters: Record<string, string> = {};
    const fits = pattern.every((part, i) => {
      const segment = segments[i]!;
      if (part.startsWith('{') && part.endsWith('}')) {
        try {
          pathParameters[part.slice(1, -1)] = decodeURIComponent(segment);
        } catch {
          pathParameters[part.slice(1, -1)] = segment;
        }
        return true;
      }
      return part === segment;
    });
    if (!fits) continue;
    if (route.method === method) return { route, pathParameters };
    allowed.push(route.method);
  }
  return { route: undefined, allowed };
};
