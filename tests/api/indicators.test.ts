import { describe, expect, it } from 'vitest';
import * as fixtures from '../support/fixtures.ts';
import { useLocalApi } from '../support/local-api.ts';
import { seedBasics } from '../support/seed-basics.ts';

const api = useLocalApi();

describe('indicators', () => {
  it('creates an indicator under its plan and reads it with its actuals', async () => {
    const { admin, planId, indicatorId } = await seedBasics(api, '-a');
    const read = await api.call('GET', `/indicators/${indicatorId}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: indicatorId, planId, accumulation: 'level', kind: 'numeric', actuals: [] });
    await api.call('PUT', `/indicators/${indicatorId}/actuals/2025`, { token: admin, body: { value: 92 } });
    await api.call('PUT', `/indicators/${indicatorId}/actuals/2024`, { token: admin, body: { value: 91 } });
    const withActuals = await api.call('GET', `/indicators/${indicatorId}`);
    expect(withActuals.body.actuals.map((a: { year: number }) => a.year)).toEqual([2024, 2025]);
    const list = await api.call('GET', `/plans/${planId}/indicators`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([indicatorId]);
  });

  it('indicator ids are global: the same id under another plan is 409', async () => {
    const { admin, indicatorId } = await seedBasics(api, '-b');
    await api.call('POST', '/plans', { token: admin, body: fixtures.plan('other-plan-b') });
    const again = await api.call('POST', '/plans/other-plan-b/indicators', {
      token: admin,
      body: fixtures.indicator(indicatorId, { departmentId: 'so-y-te-b' }),
    });
    expect(again.status).toBe(409);
  });

  it('unknown plan → 404; unknown department → 422 naming departmentId; nothing written', async () => {
    const { admin, planId } = await seedBasics(api, '-c');
    const noPlan = await api.call('POST', '/plans/khong-co/indicators', {
      token: admin,
      body: fixtures.indicator('orphan-c'),
    });
    expect(noPlan.status).toBe(404);
    const noDepartment = await api.call('POST', `/plans/${planId}/indicators`, {
      token: admin,
      body: fixtures.indicator('no-dept-c', { departmentId: 'so-khong-co' }),
    });
    expect(noDepartment.status).toBe(422);
    expect(noDepartment.body.errors[0].field).toBe('departmentId');
    expect((await api.call('GET', '/indicators/orphan-c')).status).toBe(404);
    expect((await api.call('GET', '/indicators/no-dept-c')).status).toBe(404);
    // the id is still free: the failed transactions left no guard behind
    expect(
      (
        await api.call('POST', `/plans/${planId}/indicators`, {
          token: admin,
          body: fixtures.indicator('no-dept-c', { departmentId: 'so-y-te-c' }),
        })
      ).status,
    ).toBe(201);
  });

  it('a milestone takes a boolean target; a number is 422', async () => {
    const { admin, planId } = await seedBasics(api, '-d');
    const ok = await api.call('POST', `/plans/${planId}/indicators`, {
      token: admin,
      body: fixtures.milestone('ms-d', { departmentId: 'so-y-te-d' }),
    });
    expect(ok.status).toBe(201);
    const wrong = await api.call('POST', `/plans/${planId}/indicators`, {
      token: admin,
      body: fixtures.milestone('ms-d2', {
        departmentId: 'so-y-te-d',
        target: { comparator: '=', value: 1, year: 2030 },
      }),
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((e: { field: string }) => e.field)).toContain('target.value');
  });

  it('PATCH changes fields, moves the indicator to another department, keeps the rules', async () => {
    const { admin, planId, indicatorId } = await seedBasics(api, '-e');
    await api.call('POST', '/departments', {
      token: admin,
      body: fixtures.department('so-xay-dung-e', { name: 'Sở Xây dựng' }),
    });
    const moved = await api.call('PATCH', `/indicators/${indicatorId}`, {
      token: admin,
      body: { departmentId: 'so-xay-dung-e', unit: 'căn' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ departmentId: 'so-xay-dung-e', unit: 'căn', planId });
    const broken = await api.call('PATCH', `/indicators/${indicatorId}`, {
      token: admin,
      body: { target: { comparator: '>', value: true, year: 2030 } },
    });
    expect(broken.status).toBe(422);
    const unknown = await api.call('PATCH', `/indicators/${indicatorId}`, {
      token: admin,
      body: { departmentId: 'so-khong-co' },
    });
    expect(unknown.status).toBe(422);
    const cleared = await api.call('PATCH', `/indicators/${indicatorId}`, {
      token: admin,
      body: { departmentId: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.departmentId).toBeUndefined();
    expect((await api.call('PATCH', '/indicators/khong-co', { token: admin, body: { unit: '%' } })).status).toBe(404);
  });

  it('lists of an unknown plan are 404, of an empty plan are empty', async () => {
    const admin = await api.token({ role: 'admin' });
    await api.call('POST', '/plans', { token: admin, body: fixtures.plan('empty-plan-f') });
    expect((await api.call('GET', '/plans/empty-plan-f/indicators')).body).toEqual({ items: [] });
    expect((await api.call('GET', '/plans/khong-co/indicators')).status).toBe(404);
  });
});
