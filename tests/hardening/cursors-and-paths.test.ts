import { describe, expect, it } from 'vitest';
import * as fixtures from '../support/fixtures.ts';
import { useLocalApi } from '../support/local-api.ts';
import { seedWorld, type World } from './world.ts';

const api = useLocalApi();

const cursorOf = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

let seeded: Promise<World> | undefined;
/** The hardening world, two more plans (so /plans pages) and a second revision of the world's actual. */
const world = () =>
  (seeded ??= (async () => {
    const w = await seedWorld(api, 'cur');
    for (const id of ['cur-plan-b', 'cur-plan-c'])
      expect((await api.call('POST', '/plans', { token: w.admin, body: fixtures.plan(id) })).status).toBe(201);
    const put = await api.call('PUT', `/indicators/${w.indicatorId}/actuals/${w.year}`, {
      token: w.admin,
      body: { value: 91 },
      headers: { 'if-match': '"1"' },
    });
    expect(put.status).toBe(200);
    return w;
  })());

const expectCursorRefused = async (path: string) => {
  const response = await api.call('GET', path);
  expect(response.status, `${path}: ${response.text}`).toBe(422);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(response.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'cursor' })]);
};

describe('a cursor is bound to its list: another list, partition or a forged key is a 422, never a 500', () => {
  it('a /plans cursor given to /departments, and a /departments cursor given to /plans', async () => {
    await world();
    const plans = await api.call('GET', '/plans?limit=1');
    expect(plans.body.nextCursor).toEqual(expect.any(String));
    const departments = await api.call('GET', '/departments?limit=1');
    expect(departments.body.nextCursor).toEqual(expect.any(String));
    await expectCursorRefused(`/departments?cursor=${plans.body.nextCursor}`);
    await expectCursorRefused(`/plans?cursor=${departments.body.nextCursor}`);
  });

  it("another year's (or indicator's) history cursor, and a plan's indicators cursor from another plan", async () => {
    const w = await world();
    const history = await api.call('GET', `/indicators/${w.indicatorId}/actuals/${w.year}/history?limit=1`);
    expect(history.body.nextCursor).toEqual(expect.any(String));
    await expectCursorRefused(`/indicators/${w.indicatorId}/actuals/2025/history?cursor=${history.body.nextCursor}`);
    await expectCursorRefused(
      `/indicators/${w.indicatorId}/actuals/${w.year}/history?cursor=${cursorOf({ PK: `REV#other#${w.year}`, SK: 'V#00000001' })}`,
    );
    const indicators = await api.call('GET', `/plans/${w.planId}/indicators?limit=1`);
    expect(indicators.body.nextCursor).toEqual(expect.any(String));
    await expectCursorRefused(`/plans/cur-plan-b/indicators?cursor=${indicators.body.nextCursor}`);
    // In the right partition but outside the list's key range (the plan item, not an indicator).
    await expectCursorRefused(
      `/plans/${w.planId}/indicators?cursor=${cursorOf({ PK: `PLAN#${w.planId}`, SK: '#PLAN' })}`,
    );
  });

  it('keys DynamoDB itself would refuse: missing, empty, oversized, extra', async () => {
    await world();
    for (const key of [
      { GSI1PK: 'PLANS' },
      { PK: 'PLAN#x', SK: '#PLAN', GSI1PK: 'PLANS', GSI1SK: '' },
      { PK: 'PLAN#x', SK: '#PLAN', GSI1PK: 'PLANS', GSI1SK: 'x'.repeat(1100) },
      { PK: 'PLAN#x', SK: '#PLAN', GSI1PK: 'PLANS', GSI1SK: 'x', GSI2PK: 'y' },
      { PK: 'PLAN#x', SK: '#PLAN', GSI1PK: 'PLANS', GSI1SK: 7 },
    ]) {
      await expectCursorRefused(`/plans?cursor=${cursorOf(key)}`);
    }
    await expectCursorRefused('/flags?cursor=bm90IGpzb24');
  });

  it("a list's own cursors still walk it to the end, each item once", async () => {
    await world();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.call('GET', `/plans?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((plan: { id: string }) => plan.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(['cur-plan', 'cur-plan-b', 'cur-plan-c']);
  });
});

describe('a year in a path is four decimal digits', () => {
  it.each(['0x7E8', '2024.0', '%202024', '2024%20', '+2024', '2e3', '02024'])(
    '%s is a 422 naming year',
    async (year) => {
      const w = await world();
      const response = await api.call('GET', `/indicators/${w.indicatorId}/actuals/${year}`);
      expect(response.status, response.text).toBe(422);
      expect(response.body.errors).toEqual([expect.objectContaining({ in: 'path', field: 'year' })]);
    },
  );

  it('2024 itself is read', async () => {
    const w = await world();
    expect((await api.call('GET', `/indicators/${w.indicatorId}/actuals/2024`)).status).toBe(200);
  });
});

describe('target.tolerance is a storable number', () => {
  it.each([1e-200, 1e200])('%s is a 422 naming target.tolerance, nothing is written', async (tolerance) => {
    const w = await world();
    const id = `cur-tol-${String(tolerance).replace(/[^a-z0-9]/gi, '')}`.toLowerCase();
    const body = fixtures.indicator(id, {
      departmentId: w.ownerDepartment,
      target: { comparator: '~', value: 95, year: 2030, tolerance },
    });
    const response = await api.call('POST', `/plans/${w.planId}/indicators`, { token: w.admin, body });
    expect(response.status, response.text).toBe(422);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'target.tolerance' })]);
    expect((await api.call('GET', `/indicators/${id}`)).status).toBe(404);
  });
});
