import { describe, expect, it } from 'vitest';
import * as fixtures from '../support/fixtures.ts';
import { useLocalApi } from '../support/local-api.ts';
import { seedBasics } from '../support/seed-basics.ts';

const api = useLocalApi();

/** A plan with a one-off task (2.4) and a yearly one (1.2), both led by the plan's department. */
const seed = async (suffix: string) => {
  const basics = await seedBasics(api, suffix);
  const oneOff = `nv-2.4${suffix}`;
  const yearly = `nv-1.2${suffix}`;
  for (const body of [
    fixtures.task(oneOff, { leadDepartmentId: basics.departmentId }),
    fixtures.recurringTask(yearly, { leadDepartmentId: basics.departmentId }),
  ]) {
    const made = await api.call('POST', `/plans/${basics.planId}/tasks`, { token: basics.admin, body });
    expect(made.status, made.text).toBe(201);
  }
  const lead = await api.token({ role: 'department', departmentId: basics.departmentId });
  const other = await api.token({ role: 'department', departmentId: `khac${suffix}` });
  return { ...basics, oneOff, yearly, lead, other };
};

const csv = (text: string, token: string, headers: Record<string, string> = {}, query = '') =>
  api.call('POST', `/imports${query}`, {
    token,
    rawBody: text,
    headers: { 'content-type': 'text/csv', ...headers },
  });

describe('task reports through POST /imports', () => {
  it('a CSV by taskId or planId+code is written with revisions; a replay changes nothing; the export imports back unchanged', async () => {
    const { lead, planId, oneOff, yearly } = await seed('-i1');
    const file = [
      'taskId;planId;code;year;state;completedOn;note;evidenceDocument;evidenceDate',
      `${oneOff};;;2025;done;2025-11-20;"Đã ban hành; đúng hạn";Quyết định số 123/QĐ-UBND;2025-11-20`,
      `;${planId};1.2;2024;in_progress;;=chưa xong;;`,
    ].join('\r\n');
    const dry = await csv(file, lead, {}, '?dryRun=true');
    expect(dry.body).toEqual({ imported: 2, updated: 0, unchanged: 0, rows: 2, dryRun: true });
    const first = await csv(file, lead, { 'idempotency-key': 'nv-2025' });
    expect(first.status, first.text).toBe(200);
    expect(first.body).toEqual({ imported: 2, updated: 0, unchanged: 0, rows: 2 });
    const replay = await csv(file, lead, { 'idempotency-key': 'nv-2025' });
    expect(replay.body).toEqual(first.body);
    expect((await csv(file, lead)).body).toEqual({ imported: 0, updated: 0, unchanged: 2, rows: 2 });

    const report = await api.call('GET', `/tasks/${oneOff}/reports/2025`);
    expect(report.body).toMatchObject({
      state: 'done',
      completedOn: '2025-11-20',
      note: 'Đã ban hành; đúng hạn',
      evidence: { document: 'Quyết định số 123/QĐ-UBND', date: '2025-11-20' },
      version: 1,
    });
    expect((await api.call('GET', `/tasks/${yearly}/reports/2024`)).body.note).toBe('=chưa xong');

    for (const locale of ['en', 'vi']) {
      const exported = await api.call('GET', `/plans/${planId}/tasks.csv?locale=${locale}`);
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-type')).toContain('text/csv');
      expect(exported.text).toContain("'=chưa xong"); // the formula guard, taken off again on import
      const back = await csv(exported.text, lead);
      expect(back.body, exported.text).toEqual({ imported: 0, updated: 0, unchanged: 2, rows: 2 });
    }
    const changed = await api.call('POST', '/imports', {
      token: lead,
      body: { rows: [{ taskId: yearly, year: 2024, state: 'done', completedOn: '2024-12-05' }] },
    });
    expect(changed.body).toEqual({ imported: 0, updated: 1, unchanged: 0, rows: 1 });
    const history = await api.call('GET', `/tasks/${yearly}/reports/2024/history`);
    expect(history.body.items.map((r: { state: string }) => r.state)).toEqual(['done', 'in_progress']);
  });

  it('every row is checked first: a bad row is a 422 naming each, another department 403, and nothing is written', async () => {
    const { lead, other, oneOff, yearly } = await seed('-i2');
    const rows = [
      { taskId: oneOff, year: 2024, state: 'done' }, // a one-off task only under its due year
      { taskId: yearly, year: 2025, state: 'finished' },
      { taskId: 'nope', year: 2025, state: 'done' },
      { taskId: yearly, year: 2026, state: 'in_progress', completedOn: '2026-01-01' },
      { taskId: yearly, year: 2027, state: 'in_progress' },
    ];
    const bad = await api.call('POST', '/imports', { token: lead, body: { rows } });
    expect(bad.status).toBe(422);
    expect(bad.body.invalidRows).toEqual([1, 2, 3, 4]);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'rows.0.year',
      'rows.1.state',
      'rows.2.taskId',
      'rows.3.completedOn',
    ]);
    const foreign = await api.call('POST', '/imports', {
      token: other,
      body: { rows: [{ taskId: yearly, year: 2027, state: 'in_progress' }] },
    });
    expect(foreign.status).toBe(403);
    expect((await api.call('GET', `/tasks/${yearly}`)).body.reports).toEqual([]);
    const tooMany = await api.call('POST', '/imports', {
      token: lead,
      body: { rows: Array.from({ length: 51 }, (_, i) => ({ taskId: yearly, year: 2000 + i, state: 'done' })) },
    });
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.limitRows).toBe(50);
  });
});
