import { describe, expect, it } from 'vitest';
import { routeKey, routes, type Route } from '#shared/http/route-table.ts';
import { useLocalApi } from '../support/local-api.ts';

const api = useLocalApi();

describe('HTTP surface', () => {
  it('GET /health answers ok with the store reachable', async () => {
    const response = await api.call('GET', '/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', store: 'ok' });
  });

  it('unknown route → 404 problem; known path with another method → 405 with Allow', async () => {
    const unknown = await api.call('GET', '/khong-co');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    const wrongMethod = await api.call('DELETE', '/plans');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, POST');
  });

  it('serves OpenAPI 3.1 generated from the route table, every route and its schemas', async () => {
    const response = await api.call('GET', '/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body;
    expect(document.openapi).toBe('3.1.0');
    for (const route of routes) {
      const path = document.paths[route.path];
      expect(path, route.path).toBeDefined();
      const operation = path[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation.operationId).toBe(route.operationId);
      expect(operation.description, `${route.operationId} description`).toBeTruthy();
      // Public reads declare no security at all (security: []); the others the bearer JWT.
      expect(operation.security, `${route.operationId} security`).toEqual(
        route.access === 'public' ? [] : [{ bearer: [] }],
      );
      for (const tag of operation.tags)
        expect(
          document.tags.map((t: { name: string }) => t.name),
          route.operationId,
        ).toContain(tag);
    }
    expect(new Set(routes.map((r) => r.operationId)).size).toBe(routes.length);
    expect(document.servers).toEqual([{ url: '/' }]);
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['PlanInput', 'Plan', 'IndicatorInput', 'ActualInput', 'Problem']),
    );
    expect(document.paths['/plans'].post.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/PlanInput',
    );
    const statuses = (path: string, method: string) => Object.keys(document.paths[path][method].responses);
    expect(statuses('/plans', 'post')).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409', '413', '415', '422', '503']),
    );
    expect(statuses('/indicators/{indicatorId}/actuals/{year}', 'put')).toEqual(expect.arrayContaining(['412', '428']));
    expect(statuses('/plans/{planId}/progress', 'get')).toEqual(expect.arrayContaining(['404', '422']));
    expect(statuses('/plans/{planId}/progress', 'get')).not.toContain('400');
    expect(statuses('/plans', 'get')).not.toContain('401');
  });

  it('every function module serves exactly its routes of the table', async () => {
    const names = [...new Set(routes.map((r) => r.function))];
    for (const name of names) {
      const module = await import(`../../functions/${name}/index.ts`);
      expect(typeof module.handler, name).toBe('function');
      // Each entry passes only the route areas it serves (cold start): they must give exactly the
      // table's rows for this function, the very same objects.
      const given: Route[] = module.handler.routes;
      const expected = routes.filter((r) => r.function === name);
      expect(given.map(routeKey).sort(), name).toEqual(expected.map(routeKey).sort());
      for (const route of given) expect(expected.includes(route), `${name}: ${routeKey(route)}`).toBe(true);
    }
  });
});
