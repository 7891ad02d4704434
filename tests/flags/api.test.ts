import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countDynamoRequests } from '../support/dynamo-request-counter.ts';
import * as fixtures from '../support/fixtures.ts';
import { useLocalApi } from '../support/local-api.ts';
import { readOutbox, runJobOverHttp } from './support.ts';

// The handlers' notifier is the outbox file under CHITIEU_DATA_DIR, as under `npm start`: a temp dir here.
const dataDir = mkdtempSync(path.join(tmpdir(), 'chitieu-flags-api-'));
process.env.CHITIEU_DATA_DIR = dataDir;
const outbox = path.join(dataDir, 'outbox.jsonl');

const requests = countDynamoRequests();
const api = useLocalApi();

const admin = () => api.token({ role: 'admin' });
const created = async (call: Promise<{ status: number; text: string }>) => {
  const response = await call;
  if (response.status !== 201) throw new Error(`${response.status}: ${response.text}`);
};
const runJob = async (asOf: string) => {
  const { run } = await runJobOverHttp(api, await admin(), { asOf });
  expect(run.status, JSON.stringify(run)).toBe('done');
  return run.summary;
};

let seeded: Promise<void> | undefined;
/**
 * Two departments, two plans. Health (so-y-te) lags in plan p1, where it submitted its 2024 report,
 * and misses its other reports in both plans; housing (so-xay-dung) only misses reports. A first run
 * on 11 Dec 2024, a second a year later.
 */
const seed = () =>
  (seeded ??= (async () => {
    const token = await admin();
    for (const id of ['so-y-te', 'so-xay-dung'])
      await created(api.call('POST', '/departments', { token, body: fixtures.department(id) }));
    for (const id of ['p1', 'p2']) await created(api.call('POST', '/plans', { token, body: fixtures.plan(id) }));
    const indicator = (planId: string, id: string, departmentId: string) =>
      created(
        api.call('POST', `/plans/${planId}/indicators`, {
          token,
          body: fixtures.indicator(id, { departmentId, baseline: { year: 2023, value: 80 } }),
        }),
      );
    await indicator('p1', 'p1-health', 'so-y-te');
    await indicator('p1', 'p1-housing', 'so-xay-dung');
    await indicator('p2', 'p2-health', 'so-y-te');
    await created(api.call('PUT', '/indicators/p1-health/actuals/2024', { token, body: { value: 80.5 } }));
    await created(
      api.call('PUT', '/plans/p1/reports/2024/so-y-te', { token, body: { state: 'submitted', sections: {} } }),
    );
    await runJob('2024-12-11'); // p1 so-xay-dung 2024, p2 so-y-te 2024 missing
    await new Promise((r) => setTimeout(r, 5)); // a later openedAt for the second run's flags
    await runJob('2025-12-11'); // + p1-health lagging, every unit's 2025 report missing
  })());

const list = async (query: string) => {
  const response = await api.call('GET', `/flags${query}`);
  expect(response.status, response.text).toBe(200);
  return response.body as { items: any[]; nextCursor?: string };
};

describe('POST /jobs/flag-lagging', () => {
  it('is for the admin only: 401 without or with a bad token, 403 for a department', async () => {
    const none = await api.call('POST', '/jobs/flag-lagging', { body: {} });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await api.call('POST', '/jobs/flag-lagging', { body: {}, token: 'not-a-jwt' })).status).toBe(401);
    const expired = await api.token({ role: 'admin', expiresIn: '-1h' });
    expect((await api.call('POST', '/jobs/flag-lagging', { body: {}, token: expired })).status).toBe(401);
    const department = await api.token({ role: 'department', departmentId: 'so-y-te' });
    const forbidden = await api.call('POST', '/jobs/flag-lagging', { body: {}, token: department });
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('content-type')).toContain('application/problem+json');
  });

  it('422 names a bad asOf or an unknown field; {} runs as of today in Asia/Ho_Chi_Minh', async () => {
    const token = await admin();
    for (const asOf of ['2025-02-30', '11/12/2025', 20251211]) {
      const bad = await api.call('POST', '/jobs/flag-lagging', { token, body: { asOf } });
      expect(bad.status, String(asOf)).toBe(422);
      expect(bad.body.errors[0]).toMatchObject({ in: 'body', field: 'asOf' });
    }
    const unknown = await api.call('POST', '/jobs/flag-lagging', { token, body: { asof: '2025-12-11' } });
    expect(unknown.status).toBe(422);
    const today = await runJobOverHttp(api, token, {});
    // "run it now" needs no body at all
    const bare = await runJobOverHttp(api, token);
    expect(bare.run.status).toBe('done');
    expect(today.run.asOf).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()));
    expect(today.run.summary.asOf).toBe(today.run.asOf);
  });

  it('answers the run summary, writes one outbox line per opened flag, and a rerun only reads: one Query per plan', async () => {
    await seed();
    const lines = readOutbox(outbox);
    const open = (await list('?limit=200')).items;
    expect(open).toHaveLength(6);
    expect(lines.map((line) => line.id).sort()).toEqual(open.map((flag) => flag.id).sort());
    expect(lines.every((line) => line.planId && line.attributes.planId === line.planId)).toBe(true);

    const { run } = await runJobOverHttp(api, await admin(), { asOf: '2025-12-11' });
    requests.reset();
    const summary = await runJob('2025-12-11');
    expect(summary).toEqual({
      asOf: '2025-12-11',
      plans: 2,
      indicators: 3,
      opened: 0,
      resolved: 0,
      notified: 0,
      reminded: 0,
      errors: 0,
      failedPlans: [],
      durationMs: expect.any(Number),
    });
    // The run's record (written, read back while polled, finished), the plan list, each plan's partition.
    expect(requests.seen.filter((op) => op === 'Query')).toEqual(['Query', 'Query', 'Query']);
    expect(requests.seen.filter((op) => !['Query', 'PutItem', 'GetItem'].includes(op))).toEqual([]);
    expect(run.summary).toMatchObject({ opened: 0, resolved: 0, notified: 0 });
  });
});

describe('GET /flags', () => {
  it('lists open flags newest first by default, each filter combination with one Query', async () => {
    await seed();
    requests.reset();
    const all = (await list('?limit=200')).items;
    expect(requests.seen).toEqual(['Query']);
    expect(
      all.map((flag) => `${flag.planId} ${flag.indicatorId ?? flag.departmentId} ${flag.type} ${flag.year}`).sort(),
    ).toEqual([
      'p1 p1-health lagging 2024', // opened by the first run, still open: one lagging flag per indicator
      'p1 so-xay-dung missing_report 2024', // the units' reports, one flag per (plan, unit, year)
      'p1 so-xay-dung missing_report 2025',
      'p1 so-y-te missing_report 2025',
      'p2 so-y-te missing_report 2024',
      'p2 so-y-te missing_report 2025',
    ]);
    const openedAt = all.map((flag) => flag.openedAt);
    expect(openedAt).toEqual([...openedAt].sort().reverse());
    expect(new Set(openedAt).size).toBeGreaterThan(1);

    const combos: [string, (flag: any) => boolean][] = [
      ['status=open', () => true],
      ['planId=p1', (f) => f.planId === 'p1'],
      ['departmentId=so-y-te', (f) => f.departmentId === 'so-y-te'],
      ['type=lagging', (f) => f.type === 'lagging'],
      ['type=missing_report', (f) => f.type === 'missing_report'],
      ['planId=p1&departmentId=so-xay-dung', (f) => f.planId === 'p1' && f.departmentId === 'so-xay-dung'],
      ['planId=p2&type=missing_report', (f) => f.planId === 'p2' && f.type === 'missing_report'],
      ['departmentId=so-y-te&type=lagging', (f) => f.departmentId === 'so-y-te' && f.type === 'lagging'],
      [
        'status=open&planId=p1&departmentId=so-y-te&type=lagging',
        (f) => f.planId === 'p1' && f.departmentId === 'so-y-te' && f.type === 'lagging',
      ],
      ['planId=nowhere', () => false],
    ];
    for (const [query, keep] of combos) {
      requests.reset();
      const page = await list(`?${query}&limit=200`);
      expect(
        page.items.map((flag) => flag.id),
        query,
      ).toEqual(all.filter(keep).map((flag) => flag.id));
      expect(requests.seen, query).toEqual(['Query']);
    }
  });

  it('status=resolved: the history, with resolvedAt', async () => {
    await seed();
    const token = await admin();
    await created(
      api.call('PUT', '/plans/p2/reports/2025/so-y-te', { token, body: { state: 'submitted', sections: {} } }),
    );
    const summary = await runJob('2025-12-12');
    expect(summary).toMatchObject({ resolved: 1, opened: 0 });
    const resolved = (await list('?status=resolved')).items;
    expect(resolved).toEqual([
      expect.objectContaining({
        planId: 'p2',
        departmentId: 'so-y-te',
        type: 'missing_report',
        year: 2025,
        status: 'resolved',
        resolvedAt: expect.any(String),
      }),
    ]);
    expect((await list('?status=resolved&departmentId=so-y-te&type=missing_report')).items).toHaveLength(1);
    expect((await list('?status=resolved&planId=p1')).items).toEqual([]);
    expect((await list('?planId=p2')).items.map((flag) => flag.year)).toEqual([2024]);
  });

  it('pages with limit and an opaque cursor, filters included; refuses a cursor of another list', async () => {
    await seed();
    for (const query of ['', '&type=missing_report', '&departmentId=so-y-te']) {
      const everything = (await list(`?limit=200${query}`)).items.map((flag) => flag.id);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await list(`?limit=2${query}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((flag) => flag.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen, query).toEqual(everything);
    }
    const fromPlan = (await list('?planId=p1&limit=1')).nextCursor!;
    const foreign = await api.call('GET', `/flags?departmentId=so-y-te&cursor=${fromPlan}`);
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0]).toMatchObject({ in: 'query', field: 'cursor' });
  });

  it('422 for an unknown status, type or field', async () => {
    for (const query of ['status=closed', 'type=late', 'planId=Bad%20Id', 'limit=0', 'colour=red']) {
      const response = await api.call('GET', `/flags?${query}`);
      expect(response.status, query).toBe(422);
      expect(response.body.errors[0].in).toBe('query');
    }
  });
});
