import { describe, expect, it } from 'vitest';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';
import { DynamoStore } from '#shared/storage/dynamodb/store.ts';
import * as fixtures from '../support/fixtures.ts';

/** Counts the requests the adapter sends, so an access pattern that needs two round trips fails. */
const countingStore = () => {
  const settings = settingsFromEnv();
  const client = createDocumentClient(settings);
  const calls: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      calls.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'countCalls' },
  );
  return { store: new DynamoStore(client, settings.tableName), calls };
};

const now = new Date().toISOString();

describe('storage access patterns: one request each', () => {
  it('(a) plan with indicators and actuals, (b) indicator with actuals, (c) department indicators, (d) plans, (e) revisions', async () => {
    const { store, calls } = countingStore();
    await store.createDepartment({ ...fixtures.department('so-y-te'), createdAt: now });
    await store.createPlan({ ...(fixtures.plan('plan-s') as any), createdAt: now, updatedAt: now });
    for (let i = 0; i < 30; i++) {
      await store.createIndicator({
        ...(fixtures.indicator(`ind-${i}`) as any),
        accumulation: 'level',
        kind: 'numeric',
        planId: 'plan-s',
        createdAt: now,
        updatedAt: now,
      });
      for (const year of [2024, 2025, 2026]) {
        const actual = {
          indicatorId: `ind-${i}`,
          year,
          value: 80 + i / 10,
          status: 'final' as const,
          reportedBy: 't',
          reportedAt: now,
          version: 1,
        };
        await store.putActual({ planId: 'plan-s', actual, expectedVersion: null });
        if (i === 0)
          await store.putActual({ planId: 'plan-s', actual: { ...actual, value: 81, version: 2 }, expectedVersion: 1 });
      }
    }
    const measure = async <T>(read: () => Promise<T>) => {
      calls.length = 0;
      const result = await read();
      return { result, requests: calls.length };
    };
    const dossier = await measure(() => store.getPlanDossier('plan-s'));
    expect(dossier.requests).toBe(1);
    expect(dossier.result!.indicators).toHaveLength(30);
    expect(dossier.result!.actuals).toHaveLength(90);

    const indicator = await measure(() => store.getIndicator('ind-0'));
    expect(indicator.requests).toBe(1);
    expect(indicator.result!.actuals.map((a) => [a.year, a.value])).toEqual([
      [2024, 81],
      [2025, 81],
      [2026, 81],
    ]);

    const owned = await measure(() => store.listDepartmentIndicators('so-y-te', { limit: 200 }));
    expect(owned.requests).toBe(1);
    expect(owned.result.items).toHaveLength(30);

    const plans = await measure(() => store.listPlans({}));
    expect(plans.requests).toBe(1);
    expect(plans.result.items.map((p) => p.id)).toEqual(['plan-s']);

    const revisions = await measure(() => store.listRevisions('ind-0', 2024, {}));
    expect(revisions.requests).toBe(1);
    expect(revisions.result.items.map((r) => r.version)).toEqual([2, 1]);
  });
});
