import * as c from '../contracts.ts';
import { routeArea } from '../route.ts';

/** Health and the API description. */
export const metaRoutes = routeArea({
  health: {
    method: 'GET',
    path: '/health',
    function: 'api-meta',
    access: 'public',
    summary: 'Liveness and store reachability',
    description: 'Answers ok once the store has answered a read; 503 with Retry-After when it cannot be reached.',
    success: { status: 200, schema: c.Health, description: 'ok' },
    tags: ['meta'],
  },
  openApi: {
    method: 'GET',
    path: '/openapi.json',
    function: 'api-meta',
    access: 'public',
    summary: 'This API as OpenAPI 3.1',
    description:
      'Generated from the route table and the zod schemas that validate every request, so it cannot drift from them.',
    success: { status: 200, description: 'the OpenAPI document' },
    tags: ['meta'],
  },
});
