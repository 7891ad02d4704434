import * as c from '../contracts.ts';
import type { Route } from '../route.ts';

/** Health and the API description. */
export const metaRoutes: Route[] = [
  { method: 'GET', path: '/health', function: 'api-meta', access: 'public', summary: 'Liveness and store reachability', success: { status: 200, schema: c.Health, description: 'ok' }, tags: ['meta'] },
  { method: 'GET', path: '/openapi.json', function: 'api-meta', access: 'public', summary: 'This API as OpenAPI 3.1', success: { status: 200, description: 'the OpenAPI document' }, tags: ['meta'] },
];
