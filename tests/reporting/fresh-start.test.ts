import { describe, expect, it } from 'vitest';
import type { Flag, FlagDetail } from '#shared/domain/flag.ts';
import { loadCatalog, loadIllustrativeActuals } from '../../catalog/index.ts';
import { runFlagJob } from '#shared/flags/job.ts';
import { seedCatalog } from '#shared/seeding/seed-catalog.ts';
import { freshTable, outboxNotifier, planFlags, readOutbox, tempOutbox } from '../flags/support.ts';

const planId = 'thanh-hoa-68-kh-ubnd-2024';

describe('a fresh npm start: the catalog, its illustrative figures, and the flag job', () => {
  it('the open missing_report flags of 68/KH-UBND are per unit: one per (unit, overdue year), each notified once', async () => {
    const { store, flags, reports } = await freshTable();
    const outbox = tempOutbox();
    const catalog = loadCatalog();
    await seedCatalog(store, catalog, loadIllustrativeActuals());
    const summary = await runFlagJob(
      { store, flags, reports, notifier: outboxNotifier(outbox) },
      { asOf: '2026-12-03' }, // 2024 and 2025 are overdue (10 December), 2026 is due in a week
    );
    expect(summary.errors).toBe(0);

    const plan = catalog.find((document) => document.plan.id === planId)!;
    const units = [...new Set(plan.indicators.flatMap((i) => (i.departmentId ? [i.departmentId] : [])))].sort();
    expect(units).toHaveLength(7);
    const { open } = await planFlags(flags, planId);
    const missing = open.filter((flag) => flag.type === 'missing_report');
    expect(missing.every((flag) => flag.indicatorId === undefined)).toBe(true);
    expect(missing.map((flag) => `${flag.departmentId} ${flag.year}`).sort()).toEqual(
      units.flatMap((unit) => [`${unit} 2024`, `${unit} 2025`]).sort(),
    );
    // A handful per unit, where there were 72 per indicator: each lists what its unit still owes.
    const health = missing.find((flag) => flag.departmentId === 'so-y-te-thanh-hoa' && flag.year === 2025)! as Flag & {
      detail: FlagDetail;
    };
    const healthIndicators = plan.indicators.filter((i) => i.departmentId === 'so-y-te-thanh-hoa').map((i) => i.id);
    expect(health.detail.missing!.indicatorIds.length).toBeGreaterThan(0);
    expect(healthIndicators).toEqual(expect.arrayContaining(health.detail.missing!.indicatorIds));
    expect(open.filter((flag) => flag.type !== 'missing_report').every((flag) => flag.type === 'lagging')).toBe(true);

    const lines = readOutbox(outbox).filter((line) => line.planId === planId);
    const opened = lines.filter((line) => line.type !== 'reminder');
    expect(opened.map((line) => line.id).sort()).toEqual(open.map((flag) => flag.id).sort());
    // The 2026 report is due on 10 December: every unit that must report is reminded, once (7 days before: the 14-day offset).
    const reminders = lines.filter((line) => line.type === 'reminder');
    expect(reminders.map((line) => [line.departmentId, line.year, line.daysBefore]).sort()).toEqual(
      units.map((unit) => [unit, 2026, 14]),
    );
    const again = await runFlagJob({ store, flags, reports, notifier: outboxNotifier(outbox) }, { asOf: '2026-12-03' });
    expect(again).toMatchObject({ opened: 0, resolved: 0, notified: 0, reminded: 0 });
  });
});
