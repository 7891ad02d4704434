import { describe, expect, it } from 'vitest';
import type { Notifier } from '#shared/flags/notifier.ts';
import { runFlagJob } from '#shared/flags/job.ts';
import * as fixtures from '../support/fixtures.ts';
import {
  freshTable,
  outboxNotifier,
  readOutbox,
  seedIndicator,
  seedPlan,
  submitReport,
  tempOutbox,
} from '../flags/support.ts';

const created = '2024-01-01T00:00:00.000Z';

/** Two units (Sở Y tế, Sở Xây dựng) leading one indicator each in a plan due 10 December. */
const setup = async (remindDaysBefore?: number[]) => {
  const { store, flags, reports } = await freshTable();
  const outbox = tempOutbox();
  await seedPlan(store, 'plan', {
    reporting: { deadline: '12-10', yearOffset: 0, ...(remindDaysBefore ? { remindDaysBefore } : {}) },
  });
  await store.createDepartment({ ...fixtures.department('so-xay-dung'), createdAt: created });
  await seedIndicator(store, 'plan', 'health');
  await seedIndicator(store, 'plan', 'housing', { departmentId: 'so-xay-dung' });
  for (const departmentId of ['so-y-te', 'so-xay-dung'])
    await submitReport(reports, { planId: 'plan', year: 2024, departmentId });
  const run = (asOf: string, notifier: Notifier = outboxNotifier(outbox)) =>
    runFlagJob({ store, flags, reports, notifier }, { asOf });
  const reminders = () => readOutbox(outbox).filter((line) => line.type === 'reminder');
  return { store, reports, outbox, run, reminders };
};

describe('reminders before the due date (default 14 and 3 days)', () => {
  it('once per (plan, unit, year, offset): 14 days before, then 3 days before, never twice, none after the due date', async () => {
    const { run, reminders } = await setup();
    const sent = async (asOf: string) => (await run(asOf)).reminded;
    expect(await sent('2025-11-25')).toBe(0); // 15 days before
    expect(await sent('2025-11-26')).toBe(2); // 14 days before: both units
    expect(await sent('2025-11-26')).toBe(0);
    expect(await sent('2025-11-30')).toBe(0);
    expect(await sent('2025-12-07')).toBe(2); // 3 days before
    expect(await sent('2025-12-09')).toBe(0);
    expect(await sent('2025-12-10')).toBe(0); // the due day itself: the 3-day reminder was the last
    expect(await sent('2025-12-11')).toBe(0); // overdue: a missing_report flag, not a reminder
    const lines = reminders();
    expect(lines.map((line) => [line.departmentId, line.year, line.daysBefore]).sort()).toEqual([
      ['so-xay-dung', 2025, 14],
      ['so-xay-dung', 2025, 3],
      ['so-y-te', 2025, 14],
      ['so-y-te', 2025, 3],
    ]);
    const first = lines.find((line) => line.departmentId === 'so-y-te' && line.daysBefore === 14);
    expect(first).toMatchObject({
      planId: 'plan',
      dueDate: '2025-12-10',
      missing: { indicatorIds: ['health'], taskIds: [] },
      attributes: { departmentId: 'so-y-te', planId: 'plan', type: 'reminder' },
    });
    expect(first.message.vi).toContain('10/12/2025');
    expect(first.message.vi).toContain('còn 14 ngày');
    expect(first.message.vi).toContain('1 chỉ tiêu chưa có số liệu (health)');
    expect(first.message.en).toContain('due on 2025-12-10');
    expect(first.subject).toMatch(/^\[chitieu\] Reminder: 2025 report due 2025-12-10 \([\x20-\x7e]+\)$/);
  });

  it('a unit that has submitted is not reminded; a job that missed the 14th day reminds on the 10th, once', async () => {
    const { reports, run, reminders } = await setup();
    await submitReport(
      reports,
      { planId: 'plan', year: 2025, departmentId: 'so-xay-dung' },
      '2025-11-01T02:00:00.000Z',
    );
    expect((await run('2025-11-30')).reminded).toBe(1);
    expect((await run('2025-12-01')).reminded).toBe(0);
    expect(reminders().map((line) => [line.departmentId, line.daysBefore])).toEqual([['so-y-te', 14]]);
  });

  it('reporting.remindDaysBefore replaces the default', async () => {
    const { run, reminders } = await setup([7]);
    expect((await run('2025-11-26')).reminded).toBe(0);
    expect((await run('2025-12-03')).reminded).toBe(2);
    expect((await run('2025-12-07')).reminded).toBe(0);
    expect(new Set(reminders().map((line) => line.daysBefore))).toEqual(new Set([7]));
  });

  it('a publish that failed is sent by the next run', async () => {
    const { run, reminders, outbox } = await setup();
    const down: Notifier = {
      publish: async () => {
        throw new Error('SNS is down');
      },
    };
    expect(await run('2025-11-26', down)).toMatchObject({ reminded: 0, errors: 2 });
    expect(reminders()).toEqual([]);
    expect((await run('2025-11-27', outboxNotifier(outbox))).reminded).toBe(2);
    expect(reminders()).toHaveLength(2);
  });
});
