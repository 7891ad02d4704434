import { describe, expect, it } from 'vitest';
import { provinceToday } from '#shared/flags/calendar.ts';
import { runFlagJob } from '#shared/flags/job.ts';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';
import { DynamoFlagStore } from '#shared/storage/dynamodb/flag-store.ts';
import { startThrottleProxy } from '../support/dynamo-throttle-proxy.ts';
import { useLocalApi } from '../support/local-api.ts';
import {
  freshTable,
  jobRunner,
  outboxNotifier,
  planFlags,
  postActual,
  readOutbox,
  seedIndicator,
  seedPlan,
  tempOutbox,
} from '../flags/support.ts';
import { useLocalOutbox } from './world.ts';

useLocalOutbox();
const api = useLocalApi();

describe('a throttled "mark sent" after the notifier accepted the message', () => {
  it('is retried: the run ends normally, the flag is marked sent, and no later run sends it again', async () => {
    const { store, tableName } = await freshTable();
    // Every "mark sent" UpdateItem is throttled four times in a row: more than the SDK's own three attempts.
    let left = 4;
    const proxy = await startThrottleProxy(
      process.env.DYNAMODB_ENDPOINT!,
      (operation, body) => operation === 'UpdateItem' && body.includes('":sent"') && left-- > 0,
    );
    try {
      const flags = new DynamoFlagStore(
        createDocumentClient({ ...settingsFromEnv(), endpoint: proxy.url, tableName }),
        tableName,
      );
      const outbox = tempOutbox();
      await seedPlan(store, 'plan');
      await seedIndicator(store, 'plan', 'ind');
      await postActual(store, 'plan', 'ind', 2024, 83); // on track; the unit has reported neither 2024 nor 2025
      const deps = { store, flags, notifier: outboxNotifier(outbox) };
      const first = await runFlagJob(deps, { asOf: '2025-12-11' });
      expect(first).toMatchObject({ opened: 2, notified: 2, errors: 0, failedPlans: [] });
      expect(proxy.throttled()).toBe(4);
      const open = (await planFlags(flags, 'plan')).open;
      expect(open.map((flag) => flag.notifiedAt)).toEqual([expect.any(String), expect.any(String)]);
      const later = new Date(Date.now() + 60 * 60_000); // past the 15-minute lease
      expect((await runFlagJob({ ...deps, clock: () => later }, { asOf: '2025-12-11' })).notified).toBe(0);
      expect(readOutbox(outbox)).toHaveLength(2);
    } finally {
      proxy.close();
    }
  });
});

describe("a run's asOf: today or earlier, and within the plan's period", () => {
  it.each([
    ['tomorrow', () => new Date(Date.parse(`${provinceToday()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)],
    ['2099-12-31', () => '2099-12-31'],
  ])('%s is a 422 naming asOf', async (_name, date) => {
    const token = await api.token({ role: 'admin' });
    const response = await api.call('POST', '/jobs/flag-lagging', { token, body: { asOf: date() } });
    expect(response.status, response.text).toBe(422);
    expect(response.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'asOf' })]);
  });

  it('a run as of a year before the plan period resolves nothing; the next run opens nothing anew', async () => {
    const { store, flags } = await freshTable();
    const outbox = tempOutbox();
    const run = jobRunner({ store, flags, notifier: outboxNotifier(outbox) });
    await seedPlan(store, 'plan');
    await seedIndicator(store, 'plan', 'ind');
    await postActual(store, 'plan', 'ind', 2024, 80.5); // lagging, and the unit's 2024 and 2025 reports missing
    expect(await run('2025-12-11')).toMatchObject({ opened: 3 });
    const before = (await planFlags(flags, 'plan')).open;
    expect(await run('2019-01-01')).toMatchObject({ opened: 0, resolved: 0, notified: 0 });
    expect(await run('2025-12-11')).toMatchObject({ opened: 0, resolved: 0, notified: 0 });
    expect((await planFlags(flags, 'plan')).open).toEqual(before);
    expect(readOutbox(outbox)).toHaveLength(3);
  });
});

describe('a flag resolved and re-opened within a day', () => {
  it('keeps its id and opening, and its department is not told again', async () => {
    const { store, flags } = await freshTable();
    const outbox = tempOutbox();
    let now = new Date('2027-01-10T01:00:00.000Z');
    const run = jobRunner({ store, flags, notifier: outboxNotifier(outbox), clock: () => now });
    await seedPlan(store, 'plan', { reporting: null });
    await seedIndicator(store, 'plan', 'ind');
    await postActual(store, 'plan', 'ind', 2024, 80.5);
    expect(await run('2025-01-10')).toMatchObject({ opened: 1, notified: 1 });
    const [first] = (await planFlags(flags, 'plan')).open;
    await postActual(store, 'plan', 'ind', 2025, 87); // back on track
    now = new Date('2027-01-10T02:00:00.000Z');
    expect(await run('2026-01-10')).toMatchObject({ resolved: 1 });
    await postActual(store, 'plan', 'ind', 2026, 86); // behind again, the same day
    now = new Date('2027-01-10T20:00:00.000Z');
    expect(await run('2027-01-10')).toMatchObject({ opened: 1, notified: 0, failedPlans: [] });

    const { open, resolved } = await planFlags(flags, 'plan');
    expect(resolved).toEqual([]);
    expect(open).toEqual([first]);
    expect(readOutbox(outbox).map((line) => line.id)).toEqual([first!.id]);
    // Settled: the next runs change nothing.
    expect(await run('2027-01-10')).toMatchObject({ opened: 0, resolved: 0, notified: 0 });
  });
});
