import { describe, expect, it } from 'vitest';
import { supersededBy } from '#shared/targets/versions.ts';
import {
  freshTable,
  jobRunner,
  outboxNotifier,
  planFlags,
  postActual,
  seedIndicator,
  seedPlan,
  tempOutbox,
} from './support.ts';

/** A Trà Vinh-like goal due in quarter III (30 September 2025) on a plan reporting by 10 December. */
const setup = async (reporting: { deadline: string; yearOffset: number } | null) => {
  const { store, flags } = await freshTable();
  await seedPlan(store, 'plan', { period: { startYear: 2021, endYear: 2025 }, reporting });
  await seedIndicator(store, 'plan', 'danh-gia', {
    kind: 'milestone',
    unit: 'có/không',
    target: { comparator: '=', value: true, year: 2025, due: '2025-09-30' },
  });
  return { store, flags, run: jobRunner({ store, flags, notifier: outboxNotifier(tempOutbox()) }) };
};

/** The indicator's own flags: missing reports are the units' (shared/flags/unit-flags.ts), due on the plan's day. */
const lagging = async (flags: Awaited<ReturnType<typeof freshTable>>['flags']) =>
  (await planFlags(flags, 'plan')).open
    .filter((f) => f.type === 'lagging')
    .map((f) => `${f.type} ${f.year}`)
    .sort();

describe('flags read target.due', () => {
  it('"not yet" in June is no lag; after 30 September it is', async () => {
    const { store, flags, run } = await setup({ deadline: '12-10', yearOffset: 0 });
    for (const year of [2021, 2022, 2023, 2024]) await postActual(store, 'plan', 'danh-gia', year, false);
    await postActual(store, 'plan', 'danh-gia', 2025, false);
    await run('2025-06-30');
    expect(await lagging(flags)).toEqual([]);
    await run('2025-10-01');
    expect(await lagging(flags)).toEqual(['lagging 2025']);
  });

  it('a milestone due on 30 September with its latest report "not yet" lags from 1 October, not before', async () => {
    const { store, flags, run } = await setup(null);
    for (const year of [2021, 2022, 2023, 2024]) await postActual(store, 'plan', 'danh-gia', year, false);
    await run('2025-09-30');
    expect(await lagging(flags)).toEqual([]);
    await run('2025-10-01');
    expect(await lagging(flags)).toEqual(['lagging 2024']);
  });
});

describe('flags judge an amended target by the version in force', () => {
  it('lagging opens only from the amendment’s date', async () => {
    const { store, flags } = await freshTable();
    const plan = await seedPlan(store, 'plan', { period: { startYear: 2024, endYear: 2030 } });
    const indicator = await seedIndicator(store, 'plan', 'bhyt');
    await postActual(store, 'plan', 'bhyt', 2024, 96);
    const amendment = { document: '208/KH-UBND', date: '2025-06-01' };
    const now = new Date().toISOString();
    await store.amendIndicator(
      indicator,
      { target: { comparator: '>=', value: 98, year: 2024 }, amendment, updatedAt: now },
      [],
      supersededBy(indicator, plan, [], amendment, now),
    );
    const run = jobRunner({ store, flags, notifier: outboxNotifier(tempOutbox()) });
    await run('2025-05-31');
    expect(await lagging(flags)).toEqual([]);
    await run('2025-06-02');
    expect(await lagging(flags)).toEqual(['lagging 2024']);
  });
});
