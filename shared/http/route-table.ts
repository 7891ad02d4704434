import type * as z from 'zod';
import * as c from './contracts.ts';

/**
 * The one route table: method + path → the Lambda function that serves it, who may call it,
 * and the schemas of its request and answer. CDK builds the HTTP API from it, the local server
 * dispatches with it, the OpenAPI document is generated from it.
 */
export type FunctionName = 'api-meta' | 'api-read' | 'api-catalog' | 'api-actuals' | 'api-fallback';

/** public: anyone; admin: the planning office; owner: admin or the department owning the indicator. */
export type Access = 'public' | 'admin' | 'owner';

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  function: FunctionName;
  access: Access;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Success status and body schema, for the OpenAPI document. */
  success: { status: number; schema?: z.ZodType; description: string };
  tags: string[];
}

export const routeKey = (route: Pick<Route, 'method' | 'path'>) => `${route.method} ${route.path}`;

const paged = c.PageQuery;

export const routes: Route[] = [
  { method: 'GET', path: '/health', function: 'api-meta', access: 'public', summary: 'Liveness and store reachability', success: { status: 200, schema: c.Health, description: 'ok' }, tags: ['meta'] },
  { method: 'GET', path: '/openapi.json', function: 'api-meta', access: 'public', summary: 'This API as OpenAPI 3.1', success: { status: 200, description: 'the OpenAPI document' }, tags: ['meta'] },

  { method: 'GET', path: '/plans', function: 'api-read', access: 'public', summary: 'List plans', query: paged, success: { status: 200, schema: c.PlanPage, description: 'a page of plans' }, tags: ['plans'] },
  { method: 'POST', path: '/plans', function: 'api-catalog', access: 'admin', summary: 'Create a plan', body: c.PlanInput, success: { status: 201, schema: c.Plan, description: 'created' }, tags: ['plans'] },
  { method: 'GET', path: '/plans/{planId}', function: 'api-read', access: 'public', summary: 'One plan', params: c.PlanParams, success: { status: 200, schema: c.Plan, description: 'the plan' }, tags: ['plans'] },
  { method: 'PATCH', path: '/plans/{planId}', function: 'api-catalog', access: 'admin', summary: 'Change a plan', params: c.PlanParams, body: c.PlanPatch, success: { status: 200, schema: c.Plan, description: 'the changed plan' }, tags: ['plans'] },
  { method: 'GET', path: '/plans/{planId}/indicators', function: 'api-read', access: 'public', summary: "A plan's indicators", params: c.PlanParams, query: paged, success: { status: 200, schema: c.IndicatorPage, description: 'a page of indicators' }, tags: ['indicators'] },
  { method: 'POST', path: '/plans/{planId}/indicators', function: 'api-catalog', access: 'admin', summary: 'Add an indicator (a target) to a plan', params: c.PlanParams, body: c.IndicatorInput, success: { status: 201, schema: c.Indicator, description: 'created' }, tags: ['indicators'] },

  { method: 'GET', path: '/departments', function: 'api-read', access: 'public', summary: 'List departments', query: paged, success: { status: 200, schema: c.DepartmentPage, description: 'a page of departments' }, tags: ['departments'] },
  { method: 'POST', path: '/departments', function: 'api-catalog', access: 'admin', summary: 'Create a department', body: c.DepartmentInput, success: { status: 201, schema: c.Department, description: 'created' }, tags: ['departments'] },

  { method: 'GET', path: '/indicators/{indicatorId}', function: 'api-read', access: 'public', summary: 'One indicator with its actuals', params: c.IndicatorParams, success: { status: 200, schema: c.IndicatorDetail, description: 'the indicator' }, tags: ['indicators'] },
  { method: 'PATCH', path: '/indicators/{indicatorId}', function: 'api-catalog', access: 'admin', summary: 'Change an indicator', params: c.IndicatorParams, body: c.IndicatorPatch, success: { status: 200, schema: c.Indicator, description: 'the changed indicator' }, tags: ['indicators'] },
  { method: 'GET', path: '/indicators/{indicatorId}/actuals', function: 'api-read', access: 'public', summary: "An indicator's yearly actuals", params: c.IndicatorParams, success: { status: 200, schema: c.ActualList, description: 'actuals by year' }, tags: ['actuals'] },
  { method: 'GET', path: '/indicators/{indicatorId}/actuals/{year}', function: 'api-read', access: 'public', summary: "One year's actual, with its ETag for If-Match", params: c.ActualParams, success: { status: 200, schema: c.Actual, description: 'the actual; ETag header' }, tags: ['actuals'] },
  { method: 'PUT', path: '/indicators/{indicatorId}/actuals/{year}', function: 'api-actuals', access: 'owner', summary: "Post or correct a year's actual (If-Match to replace)", params: c.ActualParams, body: c.ActualInput, success: { status: 201, schema: c.Actual, description: 'created (200 when replaced); ETag header' }, tags: ['actuals'] },
  { method: 'GET', path: '/indicators/{indicatorId}/actuals/{year}/history', function: 'api-read', access: 'public', summary: "Every revision of a year's actual, newest first", params: c.ActualParams, query: paged, success: { status: 200, schema: c.RevisionPage, description: 'revisions' }, tags: ['actuals'] },
];

export const functionNames = [...new Set(routes.map((route) => route.function)), 'api-fallback'] as FunctionName[];

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
