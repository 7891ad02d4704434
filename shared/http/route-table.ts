import { routeKey, type Route } from './route.ts';
import { actualsRoutes } from './routes/actuals.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { draftsRoutes } from './routes/drafts.ts';
import { flagsRoutes } from './routes/flags.ts';
import { importsRoutes } from './routes/imports.ts';
import { metaRoutes } from './routes/meta.ts';
import { progressRoutes } from './routes/progress.ts';
import { tasksRoutes } from './routes/tasks.ts';
import { targetsRoutes } from './routes/targets.ts';
import { reportsRoutes } from './routes/reports.ts';
import { reportDocumentsRoutes } from './routes/report-documents.ts';
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
  tasksRoutes,
  targetsRoutes,
  draftsRoutes,
  reportsRoutes,
  reportDocumentsRoutes,
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

/**
 * A pattern segment is a literal, a parameter `{name}`, or a parameter inside literal text
 * (`{period}.docx`): the segment must then start and end with that text, around a non-empty value.
 */
const segmentPattern = /^([^{}]*)\{(\w+)\}([^{}]*)$/;

const decoded = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** Literal characters a pattern asks for: `{period}.docx` beats a bare `{year}` for "2025.docx". */
const literalLength = (pattern: readonly string[]) =>
  pattern.reduce((n, part) => n + part.replace(/\{\w+\}/g, '').length, 0);

export type RouteMatch =
  { route: Route; pathParameters: Record<string, string> } | { route: undefined; allowed: string[] };

/**
 * Splits an actual request path against a table: the route, or why none (404 vs 405). Where two
 * routes fit, the one asking for more literal text wins, whatever their order in the table.
 */
export const matchRouteIn = (table: readonly Route[], method: string, path: string): RouteMatch => {
  const segments = path.split('/').filter(Boolean);
  const allowed: string[] = [];
  let best: { route: Route; pathParameters: Record<string, string>; literal: number } | undefined;
  for (const route of table) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const pathParameters: Record<string, string> = {};
    const fits = pattern.every((part, i) => {
      const segment = segments[i]!;
      const parameter = segmentPattern.exec(part);
      if (!parameter) return part === segment;
      const [, before = '', name = '', after = ''] = parameter;
      const inner = segment.length - before.length - after.length;
      if (inner <= 0 || !segment.startsWith(before) || !segment.endsWith(after)) return false;
      pathParameters[name] = decoded(segment.slice(before.length, segment.length - after.length));
      return true;
    });
    if (!fits) continue;
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    const literal = literalLength(pattern);
    if (!best || literal > best.literal) best = { route, pathParameters, literal };
  }
  return best ? { route: best.route, pathParameters: best.pathParameters } : { route: undefined, allowed };
};

/** The request path against the route table. */
export const matchRoute = (method: string, path: string): RouteMatch => matchRouteIn(routes, method, path);
