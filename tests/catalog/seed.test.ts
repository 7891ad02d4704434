import { describe, expect, it } from 'vitest';
import { loadCatalog, loadIllustrativeActuals } from '../../catalog/index.ts';
import { seedThroughApi } from '../../infra/local/seed-api.ts';
import { seedCatalog } from '#shared/seeding/seed-catalog.ts';
import { defaultStore } from '#shared/storage/default-store.ts';
import { useLocalApi } from '../support/local-api.ts';
import { tableSnapshot } from '../support/table-snapshot.ts';

const api = useLocalApi();

describe('loading the catalog', () => {
  it('writes every document through the storage port; a second run changes nothing and says so', async () => {
    const documents = loadCatalog();
    const indicatorCount = documents.reduce((n, d) => n + d.indicators.length, 0);
    const first = await seedCatalog(defaultStore(), documents, loadIllustrativeActuals());
    expect(first.plans).toEqual({ created: 5, existing: 0 });
    expect(first.indicators).toEqual({ created: indicatorCount, existing: 0 });
    expect(first.illustrativeActuals.created).toBe(loadIllustrativeActuals().actuals.length);

    const before = await tableSnapshot();
    const second = await seedCatalog(defaultStore(), documents, loadIllustrativeActuals());
    expect(Object.values(second).every((c) => c.created === 0)).toBe(true);
    expect(await tableSnapshot()).toBe(before);

    const plans = await api.call('GET', '/plans');
    expect(plans.body.items.map((p: { number: string }) => p.number).sort()).toEqual(
      ['115/KH-UBND', '12127/KH-UBND', '1436/QĐ-UBND', '208/KH-UBND', '68/KH-UBND'].sort(),
    );
    const plan68 = documents.find((d) => d.plan.number === '68/KH-UBND')!;
    const listed = await api.call('GET', `/plans/${plan68.plan.id}/indicators?limit=200`);
    expect(listed.body.items).toHaveLength(plan68.indicators.length);
    expect(listed.body.items.length).toBeGreaterThan(40);
  });

  it('illustrative actuals are marked illustrative in storage and in every answer that carries them', async () => {
    const [sample] = loadIllustrativeActuals().actuals;
    const indicator = await api.call('GET', `/indicators/${sample!.indicatorId}`);
    expect(indicator.body.actuals.length).toBeGreaterThan(0);
    expect(indicator.body.actuals.every((a: { illustrative?: boolean }) => a.illustrative === true)).toBe(true);
    const list = await api.call('GET', `/indicators/${sample!.indicatorId}/actuals`);
    expect(list.body.items.every((a: { illustrative?: boolean }) => a.illustrative === true)).toBe(true);
    const history = await api.call('GET', `/indicators/${sample!.indicatorId}/actuals/${sample!.year}/history`);
    expect(history.body.items[0]).toMatchObject({ illustrative: true, reportedBy: 'illustrative-demo' });
  });

  it('through the public API of a deployed stack (admin token): idempotent, never sends illustrative figures', async () => {
    const documents = loadCatalog().map((d) => ({
      ...d,
      departments: d.departments.map((x) => ({ ...x, id: `${x.id}-api` })),
      plan: { ...d.plan, id: `${d.plan.id}-api` },
      indicators: d.indicators.map((i) => ({
        ...i,
        id: `${i.id}-api`,
        ...(i.departmentId ? { departmentId: `${i.departmentId}-api` } : {}),
      })),
    }));
    const token = await api.token({ role: 'admin' });
    const first = await seedThroughApi(api.url, token, documents);
    expect(first.existing).toBe(0);
    expect(first.created).toBeGreaterThan(60);
    const second = await seedThroughApi(api.url, token, documents);
    expect(second).toEqual({ created: 0, existing: first.created });
    const withTargets = documents.find((d) => d.indicators.length > 0)!;
    const indicator = await api.call('GET', `/indicators/${withTargets.indicators[0]!.id}`);
    expect(indicator.body.actuals).toEqual([]);
  });
});
