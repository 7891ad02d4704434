import { describe, expect, it } from 'vitest';
import { flagSlot } from '#shared/domain/flag.ts';
import type { FlagNotification, Notifier } from '#shared/flags/notifier.ts';
import { runFlagJob } from '#shared/flags/job.ts';
import {
  freshTable,
  jobRunner,
  outboxNotifier,
  planFlags,
  postActual,
  readOutbox,
  seedIndicator,
  seedPlan,
  submitReport,
  tempOutbox,
} from './support.ts';
import * as fixtures from '../support/fixtures.ts';

const created = '2024-01-01T00:00:00.000Z';

describe('a flag opens once, resolves by itself, and a re-opening is a new flag', () => {
  it('a report submitted after the flag opened resolves it on the next run; the resolved flag stays', async () => {
    const { store, flags, reports } = await freshTable();
    const outbox = tempOutbox();
    const run = jobRunner({ store, flags, notifier: outboxNotifier(outbox) });
    await seedPlan(store, 'plan');
    await seedIndicator(store, 'plan', 'ind');
    await postActual(store, 'plan', 'ind', 2024, 83);
    await submitReport(reports, { planId: 'plan', year: 2024 });

    expect(await run('2025-12-11')).toMatchObject({ opened: 1, resolved: 0, notified: 1 });
    const [opened] = (await planFlags(flags, 'plan')).open;
    expect(opened).toMatchObject({ type: 'missing_report', year: 2025 });

    await submitReport(reports, { planId: 'plan', year: 2025 }, '2025-12-11T09:00:00.000Z');
    expect(await run('2025-12-12')).toMatchObject({ opened: 0, resolved: 1, notified: 0 });
    const after = await planFlags(flags, 'plan');
    expect(after.open).toEqual([]);
    expect(after.resolved).toHaveLength(1);
    expect(after.resolved[0]).toMatchObject({
      id: opened!.id,
      status: 'resolved',
      openedAt: opened!.openedAt,
      notifiedAt: expect.any(String),
    });
    expect(after.resolved[0]!.resolvedAt! >= opened!.openedAt).toBe(true);

    expect(await run('2025-12-13')).toMatchObject({ opened: 0, resolved: 0, notified: 0 });
    expect(readOutbox(outbox)).toHaveLength(1); // the resolution is not notified; only openings are
  });

  it('a plan with one lagging target and one missing report: exactly two notifications over three runs', async () => {
    const { store, flags, reports } = await freshTable();
    const outbox = tempOutbox();
    const run = jobRunner({ store, flags, notifier: outboxNotifier(outbox) });
    await seedPlan(store, 'plan');
    await seedIndicator(store, 'plan', 'slow');
    await postActual(store, 'plan', 'slow', 2024, 80.5);
    await postActual(store, 'plan', 'slow', 2025, 81); // reported every year, but far behind: lagging
    await seedIndicator(store, 'plan', 'late');
    await postActual(store, 'plan', 'late', 2024, 83); // on track, but 2025 is missing
    await submitReport(reports, { planId: 'plan', year: 2024 }); // the unit's 2025 report is missing

    const runs = [await run('2025-12-11'), await run('2025-12-11'), await run('2025-12-12')];
    expect(runs.map((r) => [r.opened, r.notified])).toEqual([
      [2, 2],
      [0, 0],
      [0, 0],
    ]);
    const lines = readOutbox(outbox);
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => [line.indicatorId ?? line.departmentId, line.type, line.year]).sort()).toEqual([
      ['slow', 'lagging', 2025],
      ['so-y-te', 'missing_report', 2025],
    ]);
    for (const line of lines) {
      expect(line).toMatchObject({
        planId: 'plan',
        departmentId: 'so-y-te',
        status: 'open',
        attributes: { planId: 'plan', departmentId: 'so-y-te', type: line.type },
      });
    }
    const { open } = await planFlags(flags, 'plan');
    expect(open.map((flag) => flag.id).sort()).toEqual(lines.map((line) => line.id).sort());
    expect(open.every((flag) => flag.notifiedAt)).toBe(true);
  });

  it('leaving the lagging statuses resolves; lagging again more than a day later opens a new flag with a new notice', async () => {
    const { store, flags } = await freshTable();
    const outbox = tempOutbox();
    let now = new Date('2027-01-10T01:00:00.000Z');
    const run = jobRunner({ store, flags, notifier: outboxNotifier(outbox), clock: () => now });
    await seedPlan(store, 'plan', { reporting: null });
    await seedIndicator(store, 'plan', 'ind');
    await postActual(store, 'plan', 'ind', 2024, 80.5);
    await run('2025-01-10');
    await postActual(store, 'plan', 'ind', 2025, 87); // back on track
    expect(await run('2026-01-10')).toMatchObject({ opened: 0, resolved: 1 });
    await postActual(store, 'plan', 'ind', 2026, 86); // falls behind again
    now = new Date('2027-01-12T01:00:00.000Z'); // two days after the resolution
    expect(await run('2027-01-10')).toMatchObject({ opened: 1, resolved: 0, notified: 1 });

    const { open, resolved } = await planFlags(flags, 'plan');
    expect(open).toHaveLength(1);
    expect(resolved).toHaveLength(1);
    expect(open[0]!.id).not.toBe(resolved[0]!.id);
    expect([open[0]!.year, resolved[0]!.year]).toEqual([2026, 2024]);
    expect(readOutbox(outbox).map((line) => line.id)).toEqual([resolved[0]!.id, open[0]!.id]);
  });
});

describe('idempotent and overlap-safe', () => {
  it('two (and five) concurrent runs: no duplicate flag, no duplicate notification', async () => {
    const { store, flags } = await freshTable();
    const outbox = tempOutbox();
    for (const planId of ['plan-a', 'plan-b', 'plan-c']) {
      await seedPlan(store, planId);
      for (let i = 0; i < 8; i++) {
        await seedIndicator(store, planId, `${planId}-ind-${i}`);
        await postActual(store, planId, `${planId}-ind-${i}`, 2024, i % 2 === 0 ? 80.5 : 83); // half lagging
      }
    }
    // Per plan: four lagging flags and the unit's missing 2024 and 2025 reports.
    const expected = 3 * (4 + 2);
    // Separate notifier instances on one file: as two Lambda invocations share one SNS topic.
    const run = () =>
      runFlagJob(
        { store, flags, notifier: outboxNotifier(outbox), planConcurrency: 3, writeConcurrency: 8 },
        { asOf: '2025-12-11' },
      );
    const pair = await Promise.all([run(), run()]);
    expect(pair[0].opened + pair[1].opened).toBe(expected);
    expect(pair[0].notified + pair[1].notified).toBe(expected);

    const five = await Promise.all([run(), run(), run(), run(), run()]);
    expect(five.map((summary) => summary.opened + summary.resolved + summary.notified)).toEqual([0, 0, 0, 0, 0]);

    const open = (await flags.listFlags({ status: 'open', limit: 200 })).items;
    expect(open).toHaveLength(expected);
    expect(new Set(open.map((flag) => `${flag.planId} ${flagSlot(flag)}`)).size).toBe(expected);
    const lines = readOutbox(outbox);
    expect(lines).toHaveLength(expected);
    expect(new Set(lines.map((line) => line.id))).toEqual(new Set(open.map((flag) => flag.id)));
  });

  it('concurrent runs resolving the same flags resolve each once', async () => {
    const { store, flags, reports } = await freshTable();
    const run = jobRunner({ store, flags, notifier: outboxNotifier(tempOutbox()) });
    await seedPlan(store, 'plan');
    const units = ['so-a', 'so-b', 'so-c'];
    for (const unit of units) await store.createDepartment({ ...fixtures.department(unit), createdAt: created });
    for (let i = 0; i < 6; i++) await seedIndicator(store, 'plan', `ind-${i}`, { departmentId: units[i % 3]! });
    expect((await run('2025-12-11')).opened).toBe(6); // 2024 and 2025 missing for each unit
    for (const departmentId of units)
      for (const year of [2024, 2025])
        await submitReport(reports, { planId: 'plan', year, departmentId }, '2025-12-11T09:00:00.000Z');
    const results = await Promise.all([run('2025-12-12'), run('2025-12-12'), run('2025-12-12')]);
    expect(results.reduce((sum, r) => sum + r.resolved, 0)).toBe(6);
    const { open, resolved } = await planFlags(flags, 'plan');
    expect(open).toEqual([]);
    expect(resolved).toHaveLength(6);
  });
});

describe('the notification outbox: no opening lost, none sent twice', () => {
  /** Fails its first `failures` publishes, then writes to the outbox file. */
  const flaky = (file: string, failures: number): Notifier => {
    const inner = outboxNotifier(file);
    let left = failures;
    return {
      publish: async (notification: FlagNotification) => {
        if (left-- > 0) throw new Error('SNS is down');
        await inner.publish(notification);
      },
    };
  };

  it('a publish that failed is sent by the next run, once', async () => {
    const { store, flags, reports } = await freshTable();
    const outbox = tempOutbox();
    await seedPlan(store, 'plan');
    await seedIndicator(store, 'plan', 'ind');
    await postActual(store, 'plan', 'ind', 2024, 83);
    await submitReport(reports, { planId: 'plan', year: 2024 });
    const first = await runFlagJob({ store, flags, notifier: flaky(outbox, 1) }, { asOf: '2025-12-11' });
    expect(first).toMatchObject({ opened: 1, notified: 0, errors: 1 });
    expect(readOutbox(outbox)).toEqual([]);
    const [pending] = (await planFlags(flags, 'plan')).open;
    expect(pending!.notifiedAt).toBeUndefined();

    const second = await runFlagJob({ store, flags, notifier: outboxNotifier(outbox) }, { asOf: '2025-12-11' });
    expect(second).toMatchObject({ opened: 0, notified: 1, errors: 0 });
    const third = await runFlagJob({ store, flags, notifier: outboxNotifier(outbox) }, { asOf: '2025-12-11' });
    expect(third.notified).toBe(0);
    expect(readOutbox(outbox).map((line) => line.id)).toEqual([pending!.id]);
  });

  it('a run that crashed between the write and the publish: sent after its lease ran out, by one run only', async () => {
    const { store, flags, reports } = await freshTable();
    const outbox = tempOutbox();
    await seedPlan(store, 'plan');
    await seedIndicator(store, 'plan', 'ind');
    await postActual(store, 'plan', 'ind', 2024, 83);
    await submitReport(reports, { planId: 'plan', year: 2024 });
    // The crashed run: its write went through (lease 15 minutes from 10:00), its publish never happened.
    const start = new Date('2025-12-11T10:00:00.000Z');
    const crashed = { publish: () => new Promise<void>(() => undefined) }; // never returns, as if the process died
    void runFlagJob({ store, flags, notifier: crashed, clock: () => start }, { asOf: '2025-12-11' });
    for (let i = 0; i < 100 && (await planFlags(flags, 'plan')).open.length === 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect((await planFlags(flags, 'plan')).open).toHaveLength(1);

    const at = (iso: string) => () =>
      runFlagJob(
        { store, flags, notifier: outboxNotifier(outbox), clock: () => new Date(iso) },
        { asOf: '2025-12-11' },
      );
    expect((await at('2025-12-11T10:05:00.000Z')()).notified).toBe(0); // still leased to the crashed run
    const late = await Promise.all([at('2025-12-11T10:20:00.000Z')(), at('2025-12-11T10:20:00.000Z')()]);
    expect(late[0].notified + late[1].notified).toBe(1);
    expect((await at('2025-12-12T10:00:00.000Z')()).notified).toBe(0);
    expect(readOutbox(outbox)).toHaveLength(1);
  });
});

describe('no stale flag from a run that read the plan before a report arrived', () => {
  it("opening a unit's missing_report flag fails once the unit has submitted the year's report", async () => {
    const { store, flags, reports } = await freshTable();
    await seedPlan(store, 'plan');
    await seedIndicator(store, 'plan', 'ind');
    await submitReport(reports, { planId: 'plan', year: 2025 });
    await submitReport(reports, { planId: 'plan', year: 2024 }, undefined, 'draft');
    const stale = {
      id: 'stale',
      type: 'missing_report' as const,
      planId: 'plan',
      departmentId: 'so-y-te',
      year: 2025,
      status: 'open' as const,
      openedAt: '2025-12-11T00:00:00.000Z',
      detail: {
        asOf: '2025-12-11',
        dueDate: '2025-12-10',
        missing: { indicatorIds: ['ind'], taskIds: [] },
        explanation: { vi: '', en: '' },
      },
    };
    expect(await flags.openFlag(stale, '2025-12-11T00:15:00.000Z')).toBe(false);
    expect(await flags.openFlag({ ...stale, id: 'fresh', year: 2024 }, '2025-12-11T00:15:00.000Z')).toBe(true);
    expect(await flags.openFlag({ ...stale, id: 'twin', year: 2024 }, '2025-12-11T00:15:00.000Z')).toBe(false);
    expect((await planFlags(flags, 'plan')).open.map((flag) => flag.id)).toEqual(['fresh']);
  });
});
