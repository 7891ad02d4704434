import { describe, expect, it } from 'vitest';
import { useLocalApi } from '../support/local-api.ts';
import { seedBasics } from '../support/seed-basics.ts';

const api = useLocalApi();

/** Amendments (docs/methodology.md §11.8): the old target is kept, progress as of a date uses the one then in force. */
describe('target amendments', () => {
  it('a new target without its amending document is 422 naming amendment; nothing changes', async () => {
    const { admin, indicatorId } = await seedBasics(api, '-amend-a');
    const refused = await api.call('PATCH', `/indicators/${indicatorId}`, {
      token: admin,
      body: { target: { comparator: '>=', value: 96, year: 2030 } },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ in: 'body', field: 'amendment', pointer: '/amendment' })]),
    );
    const alone = await api.call('PATCH', `/indicators/${indicatorId}`, {
      token: admin,
      body: { amendment: { document: '208/KH-UBND', date: '2025-01-01' } },
    });
    expect(alone.status).toBe(422);
    expect((await api.call('GET', `/indicators/${indicatorId}`)).body.target).toEqual({
      comparator: '>',
      value: 95,
      year: 2030,
    });
    expect((await api.call('GET', `/indicators/${indicatorId}/targets`)).body.items).toHaveLength(1);
  });

  it('keeps every version with validFrom and its document; progress as of a date uses the one in force', async () => {
    const { admin, indicatorId, planId } = await seedBasics(api, '-amend-b');
    await api.call('PUT', `/indicators/${indicatorId}/actuals/2024`, { token: admin, body: { value: 96 } });
    const first = await api.call('PATCH', `/indicators/${indicatorId}`, {
      token: admin,
      body: {
        target: { comparator: '>=', value: 98, year: 2030 },
        amendment: { document: 'Quyết định điều chỉnh số 1/QĐ-UBND', date: '2025-06-01' },
      },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      target: { comparator: '>=', value: 98 },
      amendment: { document: 'Quyết định điều chỉnh số 1/QĐ-UBND', date: '2025-06-01' },
    });
    const second = await api.call('PATCH', `/indicators/${indicatorId}`, {
      token: admin,
      body: {
        target: { comparator: 'between', value: 95, upper: 100, year: 2030 },
        amendment: { document: 'Quyết định điều chỉnh số 2/QĐ-UBND', date: '2026-01-15' },
      },
    });
    expect(second.status).toBe(200);

    const versions = await api.call('GET', `/indicators/${indicatorId}/targets`);
    expect(versions.status).toBe(200);
    expect(
      versions.body.items.map((v: Record<string, unknown>) => [v.version, v.validFrom, v.validUntil, v.document]),
    ).toEqual([
      [1, '2024-03-08', '2025-06-01', '68/KH-UBND'],
      [2, '2025-06-01', '2026-01-15', 'Quyết định điều chỉnh số 1/QĐ-UBND'],
      [3, '2026-01-15', undefined, 'Quyết định điều chỉnh số 2/QĐ-UBND'],
    ]);
    expect(versions.body.items[0].target).toEqual({ comparator: '>', value: 95, year: 2030 });

    // 96 meets "> 95" (the plan's) but not "≥ 98" (the first amendment's).
    const before = await api.call('GET', `/indicators/${indicatorId}/progress?asOf=2025-05-31`);
    expect(before.body).toMatchObject({ status: 'achieved', targetVersion: { version: 1, document: '68/KH-UBND' } });
    expect(before.body.explanation.en).toContain('(target as set by 68/KH-UBND, in force from 2024-03-08)');
    const after = await api.call('GET', `/indicators/${indicatorId}/progress?asOf=2025-06-01`);
    expect(after.body.status).not.toBe('achieved');
    expect(after.body.targetVersion).toEqual({
      version: 2,
      validFrom: '2025-06-01',
      document: 'Quyết định điều chỉnh số 1/QĐ-UBND',
    });
    const plan = await api.call('GET', `/plans/${planId}/progress?asOf=2026-02-01`);
    const entry = plan.body.domains[0].indicators[0];
    expect(entry).toMatchObject({ status: 'achieved', targetVersion: { version: 3 } });
  });

  it('an amendment in force before the target it replaces is 422 naming amendment.date; nothing is written', async () => {
    const { admin, indicatorId } = await seedBasics(api, '-amend-c');
    const refused = await api.call('PATCH', `/indicators/${indicatorId}`, {
      token: admin,
      body: {
        target: { comparator: '>=', value: 98, year: 2030 },
        amendment: { document: 'Quyết định cũ', date: '2024-03-07' },
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ in: 'body', field: 'amendment.date', pointer: '/amendment/date' });
    expect((await api.call('GET', `/indicators/${indicatorId}/targets`)).body.items).toHaveLength(1);
    expect((await api.call('GET', `/indicators/${indicatorId}`)).body.amendment).toBeUndefined();
  });

  it('an unknown indicator has no targets: 404', async () => {
    expect((await api.call('GET', '/indicators/khong-co/targets')).status).toBe(404);
  });
});
