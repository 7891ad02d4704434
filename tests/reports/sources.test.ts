import { describe, expect, it } from 'vitest';
import { readConsolidatedSources, tasksOf } from '#shared/reports/consolidated/sources.ts';
import { defaultStore } from '#shared/storage/default-store.ts';
import type { PlanDossier } from '#shared/storage/port.ts';
import { useLocalApi } from '../support/local-api.ts';
import { seedBasics } from '../support/seed-basics.ts';
import * as f from './fixtures.ts';

const api = useLocalApi();

describe('reading what the report is built from (DynamoDB Local)', () => {
  it('the plan’s partition and the departments; with no tasks or unit reports stored, each leading unit judged from no report', async () => {
    const { planId, departmentId, indicatorId } = await seedBasics(api, '-src');
    const sources = (await readConsolidatedSources(defaultStore(), planId, { from: 2025, to: 2026 }, '2026-01-15'))!;
    expect(sources.plan.id).toBe(planId);
    expect(sources.indicators.map((i) => i.id)).toEqual([indicatorId]);
    expect(sources.departments.map((d) => d.id)).toContain(departmentId);
    expect(sources.tasks ?? []).toEqual([]);
    expect(sources.unitReports ?? []).toEqual([]);
    expect(sources.reporting).toEqual([
      { year: 2025, due: '2025-12-10', units: [{ departmentId, timeliness: 'missing' }] },
      { year: 2026, due: '2026-12-10', units: [{ departmentId, timeliness: 'not_due' }] },
    ]);
    expect(
      await readConsolidatedSources(defaultStore(), 'nope', { from: 2025, to: 2025 }, '2026-01-15'),
    ).toBeUndefined();
  });

  it('takes tasks and unit reports from readers when given, and judges the units by those reports', async () => {
    const { planId, departmentId } = await seedBasics(api, '-readers');
    const sent = { ...f.unitReports[0]!, departmentId };
    const sources = (await readConsolidatedSources(defaultStore(), planId, { from: 2025, to: 2025 }, '2026-01-15', {
      tasks: async () => f.tasks,
      unitReports: async () => [sent],
    }))!;
    expect(sources.tasks).toBe(f.tasks);
    expect(sources.unitReports).toEqual([sent]);
    // The tasks' leads must report too.
    expect(sources.reporting![0]!.units).toEqual([
      { departmentId: 'so-lao-dong', timeliness: 'missing' },
      { departmentId: 'so-xay-dung', timeliness: 'missing' },
      { departmentId, submittedAt: sent.submittedAt, timeliness: 'on_time' },
    ]);
  });
});

describe('tasks held in the plan’s partition', () => {
  it('each task gets its own yearly reports', () => {
    const [a, b] = f.tasks.map((t) => t.task);
    const report = { ...f.tasks[0]!.reports[0]!, taskId: a!.id };
    // The fixture's tasks carry only what the report reads; a stored one has more.
    const dossier = {
      plan: f.plan,
      indicators: [],
      actuals: [],
      tasks: [a!, b!],
      taskReports: [report],
    } as unknown as PlanDossier;
    expect(tasksOf(dossier)).toEqual([
      { task: a, reports: [report] },
      { task: b, reports: [] },
    ]);
    expect(tasksOf({ plan: f.plan, indicators: [], actuals: [] })).toBeUndefined();
  });
});
