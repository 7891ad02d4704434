import { describe, expect, it } from 'vitest';
import type { FlagDetail } from '#shared/domain/flag.ts';
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

/** A fresh table, a plan reporting "before 10 December" (68/KH-UBND) and the job on it. */
const setup = async (
  reporting?: { deadline: string; yearOffset: number } | null,
  period = { startYear: 2024, endYear: 2030 },
) => {
  const { store, flags, reports } = await freshTable();
  const outbox = tempOutbox();
  await seedPlan(store, 'plan', { period, ...(reporting !== undefined ? { reporting } : {}) });
  return { store, flags, reports, outbox, run: jobRunner({ store, flags, notifier: outboxNotifier(outbox) }) };
};

const missingYears = async (flags: Awaited<ReturnType<typeof freshTable>>['flags']) =>
  (await planFlags(flags, 'plan')).open
    .filter((flag) => flag.type === 'missing_report')
    .map((flag) => flag.year)
    .sort();

describe('missing_report: per unit, from the due date (Y + yearOffset)-MM-DD', () => {
  it('10 December: not due the day before nor on the day, overdue the day after', async () => {
    const { store, flags, reports, run } = await setup();
    await seedIndicator(store, 'plan', 'ind');
    await postActual(store, 'plan', 'ind', 2024, 83); // 2024 reported, on track
    await submitReport(reports, { planId: 'plan', year: 2024 });

    expect((await run('2025-12-09')).opened).toBe(0);
    expect(await missingYears(flags)).toEqual([]);
    expect((await run('2025-12-10')).opened).toBe(0);

    const after = await run('2025-12-11');
    expect(after.opened).toBe(1);
    const [flag] = (await planFlags(flags, 'plan')).open;
    expect(flag).toMatchObject({
      type: 'missing_report',
      planId: 'plan',
      departmentId: 'so-y-te',
      year: 2025,
      status: 'open',
      detail: { dueDate: '2025-12-10', asOf: '2025-12-11', missing: { indicatorIds: ['ind'], taskIds: [] } },
    });
    expect(flag!.indicatorId).toBeUndefined();
    expect(flag!.detail.explanation.vi).toContain('so-y-te');
    expect(flag!.openedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(flag!.resolvedAt).toBeUndefined();
  });

  it('one flag per (unit, year), not per indicator: every overdue year of the period, none before it nor after asOf', async () => {
    const { store, flags, run } = await setup();
    for (const id of ['ind-a', 'ind-b', 'ind-c']) await seedIndicator(store, 'plan', id);
    await postActual(store, 'plan', 'ind-b', 2025, 85);
    await run('2027-01-15');
    expect(await missingYears(flags)).toEqual([2024, 2025, 2026]);
    const open = (await planFlags(flags, 'plan')).open;
    expect((open.find((flag) => flag.year === 2025)!.detail as FlagDetail).missing).toEqual({
      indicatorIds: ['ind-a', 'ind-c'],
      taskIds: [],
    });
  });

  it('yearOffset 1: the 2024 report is due on 31 March 2025', async () => {
    const { store, flags, reports, run } = await setup(
      { deadline: '03-31', yearOffset: 1 },
      { startYear: 2021, endYear: 2025 },
    );
    await seedIndicator(store, 'plan', 'ind', {
      baseline: { year: 2020, value: 80 },
      target: { comparator: '>', value: 95, year: 2025 },
    });
    for (const year of [2021, 2022]) await submitReport(reports, { planId: 'plan', year });

    await run('2025-03-31');
    expect(await missingYears(flags)).toEqual([2023]); // 2023 was due 2024-03-31; 2024 is due today
    await run('2025-04-01');
    expect(await missingYears(flags)).toEqual([2023, 2024]);
    await run('2025-12-31');
    expect(await missingYears(flags)).toEqual([2023, 2024]); // 2025 is due on 2026-03-31
    await run('2026-04-01');
    expect(await missingYears(flags)).toEqual([2023, 2024, 2025]);
  });

  it('resolves on submission (a draft is not one, a late one is); one notification per flag', async () => {
    const { store, reports, outbox, run } = await setup();
    await seedIndicator(store, 'plan', 'ind');
    await submitReport(reports, { planId: 'plan', year: 2024 });
    await run('2025-12-11');
    await submitReport(reports, { planId: 'plan', year: 2025 }, '2025-12-11T02:00:00.000Z', 'draft');
    expect(await run('2025-12-12')).toMatchObject({ opened: 0, resolved: 0 });
    await submitReport(reports, { planId: 'plan', year: 2025 }, '2025-12-12T02:00:00.000Z');
    expect(await run('2025-12-13')).toMatchObject({ opened: 0, resolved: 1 });
    expect(await run('2025-12-14')).toMatchObject({ opened: 0, resolved: 0, notified: 0 });
    const lines = readOutbox(outbox);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      type: 'missing_report',
      departmentId: 'so-y-te',
      year: 2025,
      attributes: { departmentId: 'so-y-te', planId: 'plan', type: 'missing_report' },
    });
    expect(lines[0].message.vi).toContain('10/12/2025');
    expect(lines[0].message.vi).toContain('1 chỉ tiêu chưa có số liệu (ind)');
    expect(lines[0].subject).toMatch(/^\[chitieu\] Missing 2025 report: so-y-te \(68\/KH-UBND\)$/);
  });

  it('a plan without a reporting rule gets no missing_report flag (lagging still applies)', async () => {
    const { store, flags, run } = await setup(null);
    await seedIndicator(store, 'plan', 'silent');
    await seedIndicator(store, 'plan', 'slow');
    await postActual(store, 'plan', 'slow', 2024, 80.5);
    await run('2028-06-01');
    const { open } = await planFlags(flags, 'plan');
    expect(open.map((flag) => [flag.indicatorId, flag.type])).toEqual([['slow', 'lagging']]);
  });
});

describe('lagging: open while at_risk, off_track or missed', () => {
  it('flags at_risk, off_track and missed with the detail that caused it, not on_track, achieved or no_data', async () => {
    const { store, flags, outbox, run } = await setup(null);
    const cases: [string, number | undefined, string][] = [
      ['on-track', 83, 'on_track'],
      ['at-risk', 81.5, 'at_risk'],
      ['off-track', 80.5, 'off_track'],
      ['achieved', 96, 'achieved'],
      ['no-data', undefined, 'no_data'],
    ];
    for (const [id, value] of cases) {
      await seedIndicator(store, 'plan', id);
      if (value !== undefined) await postActual(store, 'plan', id, 2024, value);
    }
    await seedIndicator(store, 'plan', 'missed', { target: { comparator: '>', value: 95, year: 2024 } });
    await postActual(store, 'plan', 'missed', 2024, 90);

    const summary = await run('2025-06-30');
    expect(summary).toMatchObject({ plans: 1, indicators: 6, opened: 3, resolved: 0, notified: 3, errors: 0 });
    const open = (await planFlags(flags, 'plan')).open;
    const byIndicator = Object.fromEntries(open.map((flag) => [flag.indicatorId, flag]));
    expect(Object.keys(byIndicator).sort()).toEqual(['at-risk', 'missed', 'off-track']);
    expect(byIndicator['at-risk']).toMatchObject({
      type: 'lagging',
      year: 2024,
      detail: { status: 'at_risk', latest: { year: 2024, value: 81.5 } },
    });
    expect(byIndicator['at-risk']!.detail.ratio).toBeCloseTo(1.5 / (15 / 7), 6);
    expect(byIndicator['at-risk']!.detail.expected).toBeCloseTo(80 + 15 / 7, 6);
    expect(byIndicator['off-track']!.detail.status).toBe('off_track');
    expect(byIndicator['missed']!.detail.status).toBe('missed');
    expect(byIndicator['missed']!.detail.explanation.vi.length).toBeGreaterThan(0);

    const lines = readOutbox(outbox);
    expect(lines.map((line) => line.indicatorId).sort()).toEqual(['at-risk', 'missed', 'off-track']);
    expect(lines[0]).toMatchObject({
      planId: 'plan',
      type: 'lagging',
      attributes: { departmentId: 'so-y-te', planId: 'plan', type: 'lagging' },
    });
    expect(lines[0].message.vi).toContain('68/KH-UBND');
    expect(lines[0].message.en).toContain('68/KH-UBND');
    expect(lines[0].subject).toMatch(/^\[chitieu\] Lagging target: [\x20-\x7e]+$/);
  });

  it('one open lagging flag per indicator: a further lagging year keeps it open, no second notice', async () => {
    const { store, flags, outbox, run } = await setup(null);
    await seedIndicator(store, 'plan', 'slow');
    await postActual(store, 'plan', 'slow', 2024, 80.5);
    await run('2025-01-10');
    await postActual(store, 'plan', 'slow', 2025, 81);
    const second = await run('2026-01-10');
    expect(second).toMatchObject({ opened: 0, resolved: 0, notified: 0 });
    const { open, resolved } = await planFlags(flags, 'plan');
    expect(open.map((flag) => [flag.type, flag.year])).toEqual([['lagging', 2024]]);
    expect(resolved).toEqual([]);
    expect(readOutbox(outbox)).toHaveLength(1);
  });
});
