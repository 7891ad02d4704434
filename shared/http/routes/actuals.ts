import * as c from '../contracts.ts';
import type { Route } from '../route.ts';

/** Yearly actuals and their revision history. */
export const actualsRoutes: Route[] = [
  { method: 'GET', path: '/indicators/{indicatorId}/actuals', function: 'api-read', access: 'public', summary: "An indicator's yearly actuals", params: c.IndicatorParams, success: { status: 200, schema: c.ActualList, description: 'actuals by year' }, tags: ['actuals'] },
  { method: 'GET', path: '/indicators/{indicatorId}/actuals/{year}', function: 'api-read', access: 'public', summary: "One year's actual, with its ETag for If-Match", params: c.ActualParams, success: { status: 200, schema: c.Actual, description: 'the actual; ETag header' }, tags: ['actuals'] },
  { method: 'PUT', path: '/indicators/{indicatorId}/actuals/{year}', function: 'api-actuals', access: 'owner', summary: "Post or correct a year's actual (If-Match to replace)", params: c.ActualParams, body: c.ActualInput, success: { status: 201, schema: c.Actual, description: 'created (200 when replaced); ETag header' }, tags: ['actuals'] },
  { method: 'GET', path: '/indicators/{indicatorId}/actuals/{year}/history', function: 'api-read', access: 'public', summary: "Every revision of a year's actual, newest first", params: c.ActualParams, query: c.PageQuery, success: { status: 200, schema: c.RevisionPage, description: 'revisions' }, tags: ['actuals'] },
];
