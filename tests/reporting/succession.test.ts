import { describe, expect, it } from 'vitest';
import * as fixtures from '../support/fixtures.ts';
import { useLocalApi } from '../support/local-api.ts';
import { sections, seedReporting } from './support.ts';

const api = useLocalApi();

describe('succession of units', () => {
  it('a successor must exist and not be the unit itself (422), at creation and at succession', async () => {
    const w = await seedReporting(api, '-v');
    const self = await api.call('POST', '/departments', {
      token: w.admin,
      body: fixtures.department('rp-self-v', { successorIds: ['rp-self-v'], validTo: '2025-06-30' }),
    });
    expect(self.status).toBe(422);
    expect(self.body.errors[0]).toMatchObject({ in: 'body', pointer: '/successorIds/0' });
    const unknown = await api.call('POST', '/departments', {
      token: w.admin,
      body: fixtures.department('rp-ghost-v', { successorIds: ['rp-nobody-v'], validTo: '2025-06-30' }),
    });
    expect(unknown.status).toBe(422);
    const noDate = await api.call('POST', '/departments', {
      token: w.admin,
      body: fixtures.department('rp-nodate-v', { successorIds: [w.labour] }),
    });
    expect(noDate.status).toBe(422);
    expect(noDate.body.errors[0]).toMatchObject({ field: 'validTo' });
    expect((await api.call('GET', '/departments')).body.items.map((d: { id: string }) => d.id)).not.toContain(
      'rp-self-v',
    );

    const url = `/departments/${w.health}/succession`;
    const toSelf = await api.call('POST', url, {
      token: w.admin,
      body: { successorIds: [w.health], validTo: '2025-06-30' },
    });
    expect(toSelf.status).toBe(422);
    const toNobody = await api.call('POST', url, {
      token: w.admin,
      body: { successorIds: ['rp-nobody-v'], validTo: '2025-06-30' },
    });
    expect(toNobody.status).toBe(422);
    const unassigned = await api.call('POST', url, {
      token: w.admin,
      body: { successorIds: [w.labour, w.building], validTo: '2025-06-30' },
    });
    expect(unassigned.status).toBe(422);
    expect(unassigned.body.errors[0]).toMatchObject({ field: 'assign' });
    const wrongAssign = await api.call('POST', url, {
      token: w.admin,
      body: { successorIds: [w.labour], validTo: '2025-06-30', assign: { [w.healthIndicator]: w.building } },
    });
    expect(wrongAssign.status).toBe(422);
    const indicator = await api.call('GET', `/indicators/${w.healthIndicator}`);
    expect(indicator.body.departmentId, 'nothing moved').toBe(w.health);
  });

  it("moves each indicator to the successor named for it, with its former lead kept; the old unit's token stops writing after validTo", async () => {
    const w = await seedReporting(api, '-m');
    await api.call('POST', `/plans/${w.planId}/indicators`, {
      token: w.admin,
      body: fixtures.indicator(`rp-second-m`, { departmentId: w.health, code: 'II.2.4' }),
    });
    const moved = await api.call('POST', `/departments/${w.health}/succession`, {
      token: w.admin,
      body: {
        successorIds: [w.labour, w.building],
        validTo: '2025-02-28',
        assign: { [w.healthIndicator]: w.labour, 'rp-second-m': w.building },
      },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.department).toMatchObject({ successorIds: [w.labour, w.building], validTo: '2025-02-28' });
    expect(
      moved.body.moved
        .map((m: { id: string; to: string }) => [m.id, m.to])
        .sort((a: string[], b: string[]) => a[0]!.localeCompare(b[0]!)),
    ).toEqual([
      [w.healthIndicator, w.labour],
      ['rp-second-m', w.building],
    ]);
    const first = await api.call('GET', `/indicators/${w.healthIndicator}`);
    expect(first.body.departmentId).toBe(w.labour);
    expect(first.body.formerLeads).toEqual([
      { departmentId: w.health, until: '2025-02-28', movedAt: expect.stringMatching(/^\d{4}-/) },
    ]);
    expect((await api.call('GET', '/indicators/rp-second-m')).body.departmentId).toBe(w.building);

    // The successor writes the moved indicator; the old unit (validTo passed) writes nothing any more.
    const bySuccessor = await api.call('PUT', `/indicators/${w.healthIndicator}/actuals/2025`, {
      token: w.labourToken,
      body: { value: 93 },
    });
    expect(bySuccessor.status).toBe(201);
    const oldReport = await api.call('PUT', `/plans/${w.planId}/reports/2024/${w.health}`, {
      token: w.healthToken,
      body: { state: 'submitted', sections },
    });
    expect(oldReport.status).toBe(403);
    expect(oldReport.body.successorIds).toEqual([w.labour, w.building]);
    const oldValue = await api.call('PUT', `/indicators/${w.healthIndicator}/actuals/2024`, {
      token: w.healthToken,
      body: { value: 90 },
    });
    expect(oldValue.status, 'the indicator is no longer its own').toBe(403);
  });
});
