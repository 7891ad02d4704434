import { describe, expect, it } from 'vitest';
import * as fixtures from '../support/fixtures.ts';
import { useLocalApi } from '../support/local-api.ts';
import { seedBasics } from '../support/seed-basics.ts';

const api = useLocalApi();

describe('actuals', () => {
  it('create 201 with ETag, replace needs If-Match (428), stale is 412, fresh is 200; history keeps every revision', async () => {
    const { admin, indicatorId } = await seedBasics(api, '-a');
    const url = `/indicators/${indicatorId}/actuals/2024`;
    const created = await api.call('PUT', url, {
      token: admin,
      body: { value: 91.5, status: 'provisional', note: 'số sơ bộ' },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({
      indicatorId,
      year: 2024,
      value: 91.5,
      status: 'provisional',
      version: 1,
      reportedBy: 'admin',
    });

    const noIfMatch = await api.call('PUT', url, { token: admin, body: { value: 92 } });
    expect(noIfMatch.status).toBe(428);
    expect(noIfMatch.headers.get('etag')).toBe('"1"');

    const replaced = await api.call('PUT', url, {
      token: admin,
      body: { value: 92.1 },
      headers: { 'if-match': '"1"' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get('etag')).toBe('"2"');
    expect(replaced.body).toMatchObject({ value: 92.1, status: 'final', version: 2 });

    const stale = await api.call('PUT', url, { token: admin, body: { value: 99 }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);

    const current = await api.call('GET', url);
    expect(current.status).toBe(200);
    expect(current.headers.get('etag')).toBe('"2"');
    expect(current.body.value).toBe(92.1);

    const history = await api.call('GET', `${url}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((r: { version: number; value: number }) => [r.version, r.value])).toEqual([
      [2, 92.1],
      [1, 91.5],
    ]);
    expect(history.body.items[1]).toMatchObject({ status: 'provisional', note: 'số sơ bộ', reportedBy: 'admin' });
  });

  it('If-Match on a year with no value is 412; a malformed If-Match is 400', async () => {
    const { admin, indicatorId } = await seedBasics(api, '-b');
    const url = `/indicators/${indicatorId}/actuals/2025`;
    expect(
      (await api.call('PUT', url, { token: admin, body: { value: 90 }, headers: { 'if-match': '"4"' } })).status,
    ).toBe(412);
    expect(
      (await api.call('PUT', url, { token: admin, body: { value: 90 }, headers: { 'if-match': 'abc' } })).status,
    ).toBe(400);
    expect((await api.call('GET', url)).status).toBe(404);
  });

  it('the owning department may write; another department gets 403; no token 401', async () => {
    const { indicatorId, departmentId } = await seedBasics(api, '-c');
    const url = `/indicators/${indicatorId}/actuals/2024`;
    const owner = await api.token({ role: 'department', departmentId });
    const other = await api.token({ role: 'department', departmentId: 'so-xay-dung' });
    expect((await api.call('PUT', url, { body: { value: 90 } })).status).toBe(401);
    expect((await api.call('PUT', url, { token: other, body: { value: 90 } })).status).toBe(403);
    const written = await api.call('PUT', url, { token: owner, body: { value: 90 } });
    expect(written.status).toBe(201);
    expect(written.body.reportedBy).toBe(departmentId);
  });

  it('year within [start − 10, end], value within 0–100 for %, finite, of the right kind', async () => {
    const { admin, planId, indicatorId } = await seedBasics(api, '-d');
    const put = (year: number | string, body: unknown) =>
      api.call('PUT', `/indicators/${indicatorId}/actuals/${year}`, { token: admin, body });
    const early = await put(2013, { value: 50 });
    expect(early.status).toBe(422);
    expect(early.body.errors[0]).toMatchObject({ in: 'path', field: 'year' });
    expect((await put(2014, { value: 50 })).status).toBe(201);
    expect((await put(2031, { value: 50 })).status).toBe(422);
    const over = await put(2025, { value: 100.5 });
    expect(over.status).toBe(422);
    expect(over.body.errors[0]).toMatchObject({ in: 'body', field: 'value' });
    expect((await put(2025, { value: -1 })).status).toBe(422);
    expect((await put(2025, { value: true })).status).toBe(422);
    expect((await put(2025, { value: '95' })).status).toBe(422);
    expect((await put('hai-nghin', { value: 50 })).status).toBe(422);
    // eslint-disable-next-line no-loss-of-precision -- the point: a JSON number beyond the double range
    expect((await put(2025, { value: 1e400 })).status).toBe(422);
    await api.call('POST', `/plans/${planId}/indicators`, {
      token: admin,
      body: fixtures.milestone('ms-d', { departmentId: 'so-y-te-d' }),
    });
    expect((await api.call('PUT', '/indicators/ms-d/actuals/2025', { token: admin, body: { value: 1 } })).status).toBe(
      422,
    );
    expect(
      (await api.call('PUT', '/indicators/ms-d/actuals/2025', { token: admin, body: { value: true } })).status,
    ).toBe(201);
  });

  it('explicit min/max override the % default (subscriptions per 100 people may exceed 100)', async () => {
    const { admin, planId } = await seedBasics(api, '-e');
    await api.call('POST', `/plans/${planId}/indicators`, {
      token: admin,
      body: fixtures.indicator('broadband-e', { unit: 'thuê bao/100 dân', min: 0, departmentId: 'so-y-te-e' }),
    });
    expect(
      (await api.call('PUT', '/indicators/broadband-e/actuals/2025', { token: admin, body: { value: 123.4 } })).status,
    ).toBe(201);
    expect(
      (await api.call('PUT', '/indicators/broadband-e/actuals/2026', { token: admin, body: { value: -3 } })).status,
    ).toBe(422);
  });

  it('two racing writers with the same If-Match: exactly one wins, no revision lost', async () => {
    const { admin, indicatorId } = await seedBasics(api, '-f');
    const url = `/indicators/${indicatorId}/actuals/2024`;
    await api.call('PUT', url, { token: admin, body: { value: 10 } });
    const racers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api.call('PUT', url, { token: admin, body: { value: 20 + i }, headers: { 'if-match': '"1"' } }),
      ),
    );
    const statuses = racers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(9);
    const winner = racers.find((r) => r.status === 200)!;
    const history = await api.call('GET', `${url}/history`);
    expect(history.body.items.map((r: { value: number }) => r.value)).toEqual([winner.body.value, 10]);
    expect((await api.call('GET', url)).body.value).toBe(winner.body.value);
  });

  it('actuals list and history of an unknown indicator are 404', async () => {
    expect((await api.call('GET', '/indicators/khong-co/actuals')).status).toBe(404);
    expect((await api.call('GET', '/indicators/khong-co/actuals/2024/history')).status).toBe(404);
  });
});
