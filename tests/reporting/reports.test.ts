import { describe, expect, it } from 'vitest';
import { useLocalApi } from '../support/local-api.ts';
import { sections, seedReporting } from './support.ts';

const api = useLocalApi();

describe("a unit's yearly report", () => {
  it('201 then If-Match (428 without, 412 stale, 200 fresh); submittedAt set once by the server; every write in the history', async () => {
    const w = await seedReporting(api, '-w');
    const url = `/plans/${w.planId}/reports/2025/${w.health}`;
    const draft = await api.call('PUT', url, { token: w.healthToken, body: { state: 'draft', sections } });
    expect(draft.status).toBe(201);
    expect(draft.headers.get('etag')).toBe('"1"');
    expect(draft.body).toMatchObject({ state: 'draft', version: 1, sections });
    expect(draft.body.submittedAt).toBeUndefined();

    expect((await api.call('PUT', url, { token: w.healthToken, body: { state: 'submitted' } })).status).toBe(428);
    const submitted = await api.call('PUT', url, {
      token: w.healthToken,
      body: { state: 'submitted', sections },
      headers: { 'if-match': '"1"' },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const stale = await api.call('PUT', url, {
      token: w.healthToken,
      body: { state: 'submitted' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const again = await api.call('PUT', url, {
      token: w.admin,
      body: { state: 'submitted', sections: { ...sections, causes: 'Nguyên nhân khách quan' } },
      headers: { 'if-match': '"2"' },
    });
    expect(again.status).toBe(200);
    expect(again.body.submittedAt).toBe(submitted.body.submittedAt);

    const current = await api.call('GET', url);
    expect(current.headers.get('etag')).toBe('"3"');
    const history = await api.call('GET', `${url}/history`);
    expect(
      history.body.items.map((r: { version: number; change: string; state: string }) => [r.version, r.change, r.state]),
    ).toEqual([
      [3, 'write', 'submitted'],
      [2, 'write', 'submitted'],
      [1, 'write', 'draft'],
    ]);
  });

  it('refuses another unit (403), a year outside the period and a unit that does not report (422), text over the limit (422)', async () => {
    const w = await seedReporting(api, '-r');
    const body = { state: 'draft', sections };
    const other = await api.call('PUT', `/plans/${w.planId}/reports/2025/${w.health}`, {
      token: w.buildingToken,
      body,
    });
    expect(other.status).toBe(403);
    const outside = await api.call('PUT', `/plans/${w.planId}/reports/2031/${w.health}`, { token: w.admin, body });
    expect(outside.status).toBe(422);
    expect(outside.body.errors[0]).toMatchObject({ in: 'path', field: 'year' });
    const notUnit = await api.call('PUT', `/plans/${w.planId}/reports/2025/${w.labour}`, { token: w.admin, body });
    expect(notUnit.status).toBe(422);
    expect(notUnit.body.errors[0]).toMatchObject({ in: 'path', field: 'departmentId' });
    const long = await api.call('PUT', `/plans/${w.planId}/reports/2025/${w.health}`, {
      token: w.admin,
      body: { state: 'draft', sections: { results: 'x'.repeat(20_001) } },
    });
    expect(long.status).toBe(422);
    expect(long.body.errors[0]).toMatchObject({ in: 'body', pointer: '/sections/results' });
    expect((await api.call('GET', `/plans/${w.planId}/reports/2025/${w.health}`)).status).toBe(404);
  });
});

describe('review and lock', () => {
  it("accept locks the unit's values for the year (PUT and import: 409 naming the lock) until reopened; every decision in the history", async () => {
    const w = await seedReporting(api, '-l');
    const url = `/plans/${w.planId}/reports/2025/${w.health}`;
    await api.call('PUT', url, { token: w.healthToken, body: { state: 'submitted', sections } });

    expect(
      (await api.call('POST', `${url}/review`, { token: w.healthToken, body: { decision: 'accept' } })).status,
      'the unit does not review itself',
    ).toBe(403);
    const noComment = await api.call('POST', `${url}/review`, { token: w.labourToken, body: { decision: 'return' } });
    expect(noComment.status).toBe(422);
    expect(noComment.body.errors[0]).toMatchObject({ field: 'comment' });

    const accepted = await api.call('POST', `${url}/review`, { token: w.labourToken, body: { decision: 'accept' } });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', review: { decision: 'accept' } });

    const put = await api.call('PUT', `/indicators/${w.healthIndicator}/actuals/2025`, {
      token: w.healthToken,
      body: { value: 91 },
    });
    expect(put.status).toBe(409);
    expect(put.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(put.body.lock).toMatchObject({ planId: w.planId, year: 2025, departmentId: w.health });
    const imported = await api.call('POST', '/imports', {
      token: w.admin,
      body: { rows: [{ indicatorId: w.healthIndicator, year: 2025, value: 91 }] },
    });
    expect(imported.status).toBe(409);
    expect(imported.body.lock.departmentId).toBe(w.health);
    expect((await api.call('GET', `/indicators/${w.healthIndicator}/actuals/2025`)).status, 'nothing written').toBe(
      404,
    );
    // Another year and another unit are not locked.
    const otherYear = await api.call('PUT', `/indicators/${w.healthIndicator}/actuals/2024`, {
      token: w.healthToken,
      body: { value: 90 },
    });
    expect(otherYear.status).toBe(201);
    const otherUnit = await api.call('PUT', `/indicators/${w.buildingIndicator}/actuals/2025`, {
      token: w.buildingToken,
      body: { value: 1200 },
    });
    expect(otherUnit.status).toBe(201);
    const rewrite = await api.call('PUT', url, {
      token: w.healthToken,
      body: { state: 'submitted', sections },
      headers: { 'if-match': '"2"' },
    });
    expect(rewrite.status, 'the accepted report itself is locked').toBe(409);

    const repeat = await api.call('POST', `${url}/review`, { token: w.admin, body: { decision: 'accept' } });
    expect(repeat.status).toBe(200);
    expect(repeat.headers.get('etag'), 'a repeated decision writes nothing').toBe('"2"');
    expect(
      (await api.call('POST', `${url}/review`, { token: w.labourToken, body: { decision: 'return', comment: 'x' } }))
        .status,
      'an accepted report is reopened, not returned',
    ).toBe(409);

    const reopened = await api.call('POST', `${url}/review`, {
      token: w.labourToken,
      body: { decision: 'reopen', comment: 'Cần bổ sung số liệu năm 2025' },
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body.state).toBe('returned');
    const after = await api.call('PUT', `/indicators/${w.healthIndicator}/actuals/2025`, {
      token: w.healthToken,
      body: { value: 91 },
    });
    expect(after.status).toBe(201);

    const history = await api.call('GET', `${url}/history`);
    expect(history.body.items.map((r: { change: string }) => r.change)).toEqual(['reopen', 'accept', 'write']);
    expect(history.body.items[0].review).toMatchObject({ decision: 'reopen', comment: 'Cần bổ sung số liệu năm 2025' });
  });

  it('a draft cannot be accepted (409); a report that does not exist is 404; a stale If-Match is 412', async () => {
    const w = await seedReporting(api, '-d');
    const url = `/plans/${w.planId}/reports/2025/${w.health}`;
    expect((await api.call('POST', `${url}/review`, { token: w.admin, body: { decision: 'accept' } })).status).toBe(
      404,
    );
    await api.call('PUT', url, { token: w.healthToken, body: { state: 'draft', sections } });
    const accept = await api.call('POST', `${url}/review`, { token: w.admin, body: { decision: 'accept' } });
    expect(accept.status).toBe(409);
    expect(accept.body.state).toBe('draft');
    await api.call('PUT', url, { token: w.healthToken, body: { state: 'submitted' }, headers: { 'if-match': '"1"' } });
    const stale = await api.call('POST', `${url}/review`, {
      token: w.labourToken,
      body: { decision: 'accept' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status, 'a review based on an older version').toBe(412);
    expect(stale.headers.get('etag')).toBe('"2"');
    const fresh = await api.call('POST', `${url}/review`, {
      token: w.labourToken,
      body: { decision: 'accept' },
      headers: { 'if-match': '"2"' },
    });
    expect(fresh.status).toBe(200);
  });
});

describe('GET /plans/{planId}/reports/{year}', () => {
  it('each unit: state, timeliness, values reported of expected; the summary', async () => {
    const w = await seedReporting(api, '-s');
    await api.call('PUT', `/plans/${w.planId}/reports/2024/${w.health}`, {
      token: w.healthToken,
      body: { state: 'submitted', sections },
    });
    await api.call('PUT', `/indicators/${w.healthIndicator}/actuals/2024`, {
      token: w.healthToken,
      body: { value: 90 },
    });
    // Judged as of a day before the real submission: as of then nothing had arrived.
    const before = await api.call('GET', `/plans/${w.planId}/reports/2024?asOf=2024-12-11`);
    expect(before.status).toBe(200);
    expect(before.body.due).toBe('2024-12-10');
    expect(before.body.units.map((u: { timeliness: string }) => u.timeliness)).toEqual(['missing', 'missing']);
    const now = await api.call('GET', `/plans/${w.planId}/reports/2024?asOf=2100-01-01`);
    const byUnit = Object.fromEntries(now.body.units.map((u: { departmentId: string }) => [u.departmentId, u]));
    expect(byUnit[w.health]).toMatchObject({
      state: 'submitted',
      timeliness: 'late',
      values: { reported: 1, expected: 1 },
      tasks: { reported: 0, expected: 0 },
    });
    expect(byUnit[w.building]).toMatchObject({
      state: 'none',
      submittedAt: null,
      timeliness: 'missing',
      values: { reported: 0, expected: 1 },
      missing: { indicatorIds: [w.buildingIndicator], taskIds: [] },
    });
    expect(now.body.summary).toEqual({
      expected: 2,
      onTime: 0,
      late: 1,
      missing: 1,
      notDue: 0,
      reportingRate: 0.5,
      timelyRate: 0,
    });
    expect((await api.call('GET', `/plans/${w.planId}/reports/2023`)).status).toBe(422);
    expect((await api.call('GET', `/plans/nope-${w.planId}/reports/2024`)).status).toBe(404);
  });

  it("a plan's consolidating department and reporting units must exist (422 naming each)", async () => {
    const w = await seedReporting(api, '-x');
    const patched = await api.call('PATCH', `/plans/${w.planId}`, {
      token: w.admin,
      body: {
        reporting: { deadline: '12-10', yearOffset: 0, toDepartmentId: 'rp-nobody-x', units: [w.health, 'rp-ghost-x'] },
      },
    });
    expect(patched.status).toBe(422);
    expect(patched.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/reporting/toDepartmentId',
      '/reporting/units/1',
    ]);
    const ok = await api.call('PATCH', `/plans/${w.planId}`, {
      token: w.admin,
      body: { reporting: { deadline: '12-10', yearOffset: 0, toDepartmentId: w.labour, units: [w.health] } },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.reporting.units).toEqual([w.health]);
  });

  it('reporting.units, when given, is the list of units that must report', async () => {
    const w = await seedReporting(api, '-u', { units: ['rp-so-ldtbxh-u'] });
    const status = await api.call('GET', `/plans/${w.planId}/reports/2025?asOf=2025-06-01`);
    expect(status.body.units).toEqual([
      expect.objectContaining({ departmentId: w.labour, timeliness: 'not_due', values: { reported: 0, expected: 0 } }),
    ]);
  });
});
