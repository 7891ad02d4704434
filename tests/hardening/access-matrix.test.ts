import { describe, expect, it } from 'vitest';
import { routeKey, routes } from '#shared/http/route-table.ts';
import { useLocalApi } from '../support/local-api.ts';
import { callers, impliedBy, routeMatrix, type Caller } from './route-matrix.ts';
import { seedWorld, useLocalOutbox, type World } from './world.ts';

useLocalOutbox();
const api = useLocalApi();

/** A JWT-shaped string no key signed, and a real token already expired: both are 401 where a token is needed. */
const garbageToken = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

describe('access matrix: every route × every kind of caller', () => {
  it("has a row for every route of the route table, and every row agrees with its route's access", () => {
    const keys = routes.map((route) => route.operationId);
    const missing = keys.filter((key) => !(key in routeMatrix));
    const stale = Object.keys(routeMatrix).filter((key) => !keys.includes(key));
    expect(
      missing,
      `routes without a row in tests/hardening/route-matrix.ts — add one for each:\n  ${missing.join('\n  ')}`,
    ).toEqual([]);
    expect(stale, 'rows for routes no longer in the table').toEqual([]);
    for (const route of routes) {
      expect(
        impliedBy[route.access](routeMatrix[route.operationId]!.expected),
        `${routeKey(route)} is '${route.access}' but its row expects otherwise`,
      ).toBe(true);
    }
  });

  it('answers each caller as the table says, with problem+json on every refusal', async () => {
    const world: World = await seedWorld(api, 'matrix');
    const tokens: Record<Caller, string | undefined> = {
      anonymous: undefined,
      garbage: garbageToken,
      expired: await api.token({ role: 'admin', expiresIn: '-1h' }),
      owner: world.owner,
      other: world.other,
      admin: world.admin,
    };
    let n = 0;
    const mismatches: string[] = [];
    for (const route of routes) {
      const key = routeKey(route);
      const row = routeMatrix[route.operationId];
      if (!row) continue; // reported by the test above
      for (const caller of callers) {
        const sample = row.request(world, caller, n++);
        const response = await api.call(route.method, sample.path, {
          token: tokens[caller],
          ...(sample.body !== undefined ? { body: sample.body } : {}),
        });
        const expected = row.expected[caller];
        const refusal = response.status >= 400;
        const problem = !refusal || response.headers.get('content-type')?.startsWith('application/problem+json');
        const challenge = response.status !== 401 || response.headers.get('www-authenticate') === 'Bearer';
        if (response.status !== expected || !problem || !challenge) {
          mismatches.push(
            `${key} as ${caller}: expected ${expected}, got ${response.status} ${response.text.slice(0, 200)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
