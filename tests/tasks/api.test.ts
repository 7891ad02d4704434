import { describe, expect, it } from 'vitest';
import * as fixtures from '../support/fixtures.ts';
import { useLocalApi } from '../support/local-api.ts';
import { seedBasics } from '../support/seed-basics.ts';

const api = useLocalApi();

/** seedBasics plus a second department that supports the task and a third that has nothing to do with it. */
const seedTask = async (suffix: string, task = fixtures.task) => {
  const basics = await seedBasics(api, suffix);
  const supporting = `so-tai-chinh${suffix}`;
  const stranger = `so-xay-dung${suffix}`;
  for (const id of [supporting, stranger]) {
    const made = await api.call('POST', '/departments', { token: basics.admin, body: fixtures.department(id) });
    expect(made.status).toBe(201);
  }
  const taskId = `nv-2.4${suffix}`;
  const created = await api.call('POST', `/plans/${basics.planId}/tasks`, {
    token: basics.admin,
    body: task(taskId, { leadDepartmentId: basics.departmentId, supportingDepartmentIds: [supporting] }),
  });
  expect(created.status, created.text).toBe(201);
  return {
    ...basics,
    taskId,
    created,
    lead: await api.token({ role: 'department', departmentId: basics.departmentId }),
    supporter: await api.token({ role: 'department', departmentId: supporting }),
    other: await api.token({ role: 'department', departmentId: stranger }),
  };
};

describe('tasks: create, read, change', () => {
  it('POST creates (201, location), a second time is 409; GET lists and reads it with a status', async () => {
    const { admin, planId, taskId, created, departmentId } = await seedTask('-t1');
    expect(created.headers.get('location')).toBe(`/tasks/${taskId}`);
    expect(created.body).toMatchObject({ id: taskId, planId, leadBasis: 'named', due: { date: '2025-12-31' } });
    const again = await api.call('POST', `/plans/${planId}/tasks`, {
      token: admin,
      body: fixtures.task(taskId, { leadDepartmentId: departmentId }),
    });
    expect(again.status).toBe(409);

    const list = await api.call('GET', `/plans/${planId}/tasks?asOf=2025-06-30`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      id: taskId,
      leadDepartmentId: departmentId,
      reports: [],
      status: 'not_due',
      statusReason: { reason: 'no_report_yet', year: 2025, dueDate: '2025-12-31', daysToDue: 184 },
    });
    const one = await api.call('GET', `/tasks/${taskId}?asOf=2026`);
    expect(one.body).toMatchObject({ status: 'overdue', statusReason: { reason: 'due_passed_not_done' } });
    expect(one.body.statusReason.explanation.vi).toContain('quá hạn');
  });

  it('refuses an unknown plan (404), unknown lead or supporting departments (422 naming each), a lead that also supports (422)', async () => {
    const { admin, planId, departmentId } = await seedBasics(api, '-t2');
    const post = (path: string, body: unknown) => api.call('POST', path, { token: admin, body });
    expect((await post('/plans/nope/tasks', fixtures.task('nv-x', { leadDepartmentId: departmentId }))).status).toBe(
      404,
    );
    const unknown = await post(
      `/plans/${planId}/tasks`,
      fixtures.task('nv-y', { leadDepartmentId: 'nope-a', supportingDepartmentIds: [departmentId, 'nope-b'] }),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'leadDepartmentId',
      'supportingDepartmentIds.1',
    ]);
    const both = await post(
      `/plans/${planId}/tasks`,
      fixtures.task('nv-z', { leadDepartmentId: departmentId, supportingDepartmentIds: [departmentId] }),
    );
    expect(both.status).toBe(422);
    expect(both.body.errors[0].field).toBe('supportingDepartmentIds');
    expect((await api.call('GET', `/plans/${planId}/tasks`)).body.items).toEqual([]);
    expect((await api.call('GET', '/plans/nope/tasks')).status).toBe(404);
    expect((await api.call('GET', '/tasks/nope')).status).toBe(404);
  });

  it('PATCH changes fields and the lead (admin only); the merged task keeps the rules', async () => {
    const { admin, lead, taskId, departmentId } = await seedTask('-t3');
    const url = `/tasks/${taskId}`;
    expect((await api.call('PATCH', url, { token: lead, body: { output: 'Kế hoạch' } })).status).toBe(403);
    const changed = await api.call('PATCH', url, {
      token: admin,
      body: { output: null, due: { every: 'year', deadline: '12-10' } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.output).toBeUndefined();
    expect(changed.body.due).toEqual({ every: 'year', deadline: '12-10' });
    const clash = await api.call('PATCH', url, { token: admin, body: { supportingDepartmentIds: [departmentId] } });
    expect(clash.status).toBe(422);
    expect((await api.call('GET', url)).body).toMatchObject({
      due: { every: 'year' },
      supportingDepartmentIds: ['so-tai-chinh-t3'],
    });
  });
});

describe('task reports', () => {
  it('create 201 with ETag, replace needs If-Match (428), stale 412, fresh 200; history keeps every revision', async () => {
    const { lead, taskId } = await seedTask('-r1');
    const url = `/tasks/${taskId}/reports/2025`;
    const created = await api.call('PUT', url, { token: lead, body: { state: 'in_progress', note: 'đang xây dựng' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ taskId, year: 2025, state: 'in_progress', version: 1 });

    const done = {
      state: 'done',
      completedOn: '2025-11-20',
      evidence: { document: 'Quyết định số 123/QĐ-UBND', date: '2025-11-20' },
    };
    const noIfMatch = await api.call('PUT', url, { token: lead, body: done });
    expect(noIfMatch.status).toBe(428);
    expect(noIfMatch.headers.get('etag')).toBe('"1"');
    const replaced = await api.call('PUT', url, { token: lead, body: done, headers: { 'if-match': '"1"' } });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get('etag')).toBe('"2"');
    const stale = await api.call('PUT', url, { token: lead, body: done, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);

    const current = await api.call('GET', url);
    expect(current.headers.get('etag')).toBe('"2"');
    expect(current.body.evidence.document).toBe('Quyết định số 123/QĐ-UBND');
    const history = await api.call('GET', `${url}/history`);
    expect(history.body.items.map((r: { version: number; state: string }) => [r.version, r.state])).toEqual([
      [2, 'done'],
      [1, 'in_progress'],
    ]);
    const task = await api.call('GET', `/tasks/${taskId}?asOf=2026-01-05`);
    expect(task.body).toMatchObject({ status: 'done_on_time', statusReason: { completedOn: '2025-11-20' } });
  });

  it('another department 403, no token 401, the admin may; a one-off task only under its due year (422 path.year)', async () => {
    const { admin, other, taskId } = await seedTask('-r2');
    const url = `/tasks/${taskId}/reports/2025`;
    expect((await api.call('PUT', url, { body: { state: 'done' } })).status).toBe(401);
    const refused = await api.call('PUT', url, { token: other, body: { state: 'done' } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const wrongYear = await api.call('PUT', `/tasks/${taskId}/reports/2024`, { token: admin, body: { state: 'done' } });
    expect(wrongYear.status).toBe(422);
    expect(wrongYear.body.errors[0]).toMatchObject({ in: 'path', field: 'year' });
    expect((await api.call('PUT', url, { token: admin, body: { state: 'done' } })).status).toBe(201);
    expect((await api.call('GET', `${url}/history`)).body.items).toHaveLength(1);
  });

  it('a supporting department may change the note of the lead’s report, never the state', async () => {
    const { lead, supporter, taskId } = await seedTask('-r3');
    const url = `/tasks/${taskId}/reports/2025`;
    expect((await api.call('PUT', url, { token: supporter, body: { state: 'in_progress' } })).status).toBe(403);
    await api.call('PUT', url, { token: lead, body: { state: 'in_progress', note: 'chủ trì' } });
    const state = await api.call('PUT', url, {
      token: supporter,
      body: { state: 'done' },
      headers: { 'if-match': '"1"' },
    });
    expect(state.status).toBe(403);
    expect(state.body.errors[0].field).toBe('state');
    const note = await api.call('PUT', url, {
      token: supporter,
      body: { state: 'in_progress', note: 'Sở Tài chính đã bố trí kinh phí' },
      headers: { 'if-match': '"1"' },
    });
    expect(note.status).toBe(200);
    expect(note.body).toMatchObject({ state: 'in_progress', note: 'Sở Tài chính đã bố trí kinh phí', version: 2 });
  });

  it('recurring work is reported once per year of the plan period, each year judged on its own', async () => {
    const { lead, taskId } = await seedTask('-r4', fixtures.recurringTask);
    const put = (year: number, body: unknown) =>
      api.call('PUT', `/tasks/${taskId}/reports/${year}`, { token: lead, body });
    expect((await put(2024, { state: 'done', completedOn: '2024-12-01' })).status).toBe(201);
    expect((await put(2025, { state: 'in_progress' })).status).toBe(201);
    expect((await put(2031, { state: 'done' })).status).toBe(422);
    const in2024 = await api.call('GET', `/tasks/${taskId}?asOf=2024-12-31`);
    expect(in2024.body).toMatchObject({ status: 'done_on_time', statusReason: { year: 2024 } });
    const in2025 = await api.call('GET', `/tasks/${taskId}?asOf=2025-12-11`);
    expect(in2025.body).toMatchObject({ status: 'overdue', statusReason: { year: 2025, dueDate: '2025-12-10' } });
    expect(in2025.body.reports.map((r: { year: number }) => r.year)).toEqual([2024, 2025]);
  });
});

describe('tasks in progress answers', () => {
  it('plan progress counts its tasks per status; department progress lists what it leads and what it supports', async () => {
    const { admin, lead, planId, taskId, departmentId } = await seedTask('-p1');
    const second = `nv-3.1-p1`;
    const made = await api.call('POST', `/plans/${planId}/tasks`, {
      token: admin,
      body: fixtures.recurringTask(second, { code: '3.1', leadDepartmentId: 'so-tai-chinh-p1' }),
    });
    expect(made.status).toBe(201);
    await api.call('PUT', `/tasks/${taskId}/reports/2025`, {
      token: lead,
      body: { state: 'done', completedOn: '2026-01-15' },
    });

    const plan = await api.call('GET', `/plans/${planId}/progress?asOf=2026-03-01`);
    expect(plan.status).toBe(200);
    expect(plan.body.tasks.summary).toEqual({
      done_on_time: 0,
      done_late: 1,
      in_progress: 0,
      not_started: 0,
      overdue: 0,
      not_due: 1,
    });

    const leads = await api.call('GET', `/departments/${departmentId}/progress?asOf=2026-03-01`);
    expect(leads.body.tasks.lead.map((t: { taskId: string; status: string }) => [t.taskId, t.status])).toEqual([
      [taskId, 'done_late'],
    ]);
    expect(leads.body.tasks.lead[0].statusReason.daysLate).toBe(15);
    expect(leads.body.tasks.supporting).toEqual([]);

    // so-tai-chinh-p1 supports the first task and leads the second; it owns no indicator at all.
    const supports = await api.call('GET', '/departments/so-tai-chinh-p1/progress?asOf=2026-03-01');
    expect(supports.status).toBe(200);
    expect(supports.body.plans).toEqual([]);
    expect(supports.body.tasks.lead.map((t: { taskId: string }) => t.taskId)).toEqual([second]);
    expect(supports.body.tasks.supporting.map((t: { taskId: string }) => t.taskId)).toEqual([taskId]);
    expect(supports.body.tasks.summary.not_due).toBe(1);

    // Moving the lead moves the task between the departments' lists.
    await api.call('PATCH', `/tasks/${second}`, { token: admin, body: { leadDepartmentId: departmentId } });
    const moved = await api.call('GET', `/departments/${departmentId}/progress?asOf=2026-03-01`);
    expect(moved.body.tasks.lead.map((t: { taskId: string }) => t.taskId)).toEqual([taskId, second]);
    const left = await api.call('GET', '/departments/so-tai-chinh-p1/progress?asOf=2026-03-01');
    expect(left.body.tasks.lead).toEqual([]);
  });
});
