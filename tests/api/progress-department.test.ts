import { beforeAll, describe, expect, it } from 'vitest';
import { DepartmentProgress } from '#shared/http/progress-contracts.ts';
import { countDynamoRequests } from '../support/dynamo-request-counter.ts';
import { useLocalApi } from '../support/local-api.ts';
import { progressSeeder } from '../support/progress-seed.ts';

const dynamo = countDynamoRequests();
const api = useLocalApi();

/** so-a owns one indicator in each of two plans; so-b owns another in the first; so-c owns none. */
beforeAll(async () => {
  const s = progressSeeder(api);
  for (const id of ['so-a', 'so-b', 'so-c']) await s.department(id);
  await s.plan('pd-one');
  await s.plan('pd-two');
  await s.indicator('pd-one', 'pd-a-health', { departmentId: 'so-a', baseline: { year: 2023, value: 90 } });
  await s.indicator('pd-one', 'pd-b-health', { departmentId: 'so-b', code: 'II.2.4' });
  await s.indicator('pd-two', 'pd-a-school', {
    departmentId: 'so-a',
    domain: 'education',
    target: { comparator: '>=', value: 100, year: 2030 },
    baseline: { year: 2023, value: 80 },
  });
  await s.actual('pd-a-health', 2026, 91.5);
  await s.actual('pd-b-health', 2026, 96);
  await s.illustrative('pd-two', 'pd-a-school', 2025, 100);
});

describe('GET /departments/{departmentId}/progress', () => {
  it("lists only the department's indicators, across its plans, grouped by plan then domain", async () => {
    const response = await api.call('GET', '/departments/so-a/progress?asOf=2026');
    expect(response.status).toBe(200);
    const body = response.body;
    expect(DepartmentProgress.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      asOf: '2026-12-31',
      method: 'linear-trajectory',
      department: { id: 'so-a', name: 'Sở Y tế' },
    });
    expect(body.plans.map((g: { plan: { id: string } }) => g.plan.id)).toEqual(['pd-one', 'pd-two']);
    const [one, two] = body.plans;
    expect(one.domains).toEqual([
      expect.objectContaining({
        domain: 'health',
        indicators: [expect.objectContaining({ indicatorId: 'pd-a-health', status: 'at_risk', departmentId: 'so-a' })],
      }),
    ]);
    expect(one.summary).toMatchObject({ at_risk: 1, achieved: 0 });
    expect(one.illustrative).toBeUndefined();
    expect(two.domains).toEqual([
      expect.objectContaining({
        domain: 'education',
        indicators: [expect.objectContaining({ indicatorId: 'pd-a-school', status: 'achieved', illustrative: true })],
      }),
    ]);
    expect(two.illustrative).toBe(true);
    expect(body.illustrative).toBe(true);
    expect(body.summary).toEqual({
      achieved: 1,
      on_track: 0,
      at_risk: 1,
      off_track: 0,
      missed: 0,
      pending: 0,
      no_data: 0,
      insufficient_data: 0,
    });
    expect(JSON.stringify(body)).not.toContain('pd-b-health');
  });

  it('the other department sees only its own indicator', async () => {
    const response = await api.call('GET', '/departments/so-b/progress?asOf=2026&detail=full');
    expect(response.status).toBe(200);
    expect(response.body.plans).toHaveLength(1);
    const entries = response.body.plans[0].domains.flatMap((d: { indicators: unknown[] }) => d.indicators);
    expect(entries).toEqual([
      expect.objectContaining({ indicatorId: 'pd-b-health', status: 'achieved', trajectory: expect.any(Array) }),
    ]);
    expect(response.body.illustrative).toBeUndefined();
  });

  it('a department without indicators: 200, no plans, every status 0; unknown department 404', async () => {
    const empty = await api.call('GET', '/departments/so-c/progress');
    expect(empty.status).toBe(200);
    expect(empty.body.plans).toEqual([]);
    expect(Object.values(empty.body.summary)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    const missing = await api.call('GET', '/departments/khong-co/progress');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect((await api.call('GET', '/departments/so-a/progress?method=nope')).status).toBe(422);
  });

  it('reads the department, its indicators, its task index and one dossier per plan: 3 + P requests', async () => {
    dynamo.reset();
    expect((await api.call('GET', '/departments/so-a/progress?asOf=2026')).status).toBe(200);
    expect([...dynamo.seen].sort()).toEqual(['GetItem', 'Query', 'Query', 'Query', 'Query']);
  });
});
