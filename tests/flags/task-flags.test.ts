import { describe, expect, it } from 'vitest';
import type { Task } from '#shared/domain/task.ts';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';
import { DynamoTaskStore } from '#shared/storage/dynamodb/task-store.ts';
import { taskReportWrite } from '#shared/tasks/reports.ts';
import * as fixtures from '../support/fixtures.ts';
import { freshTable, jobRunner, outboxNotifier, planFlags, readOutbox, seedPlan, tempOutbox } from './support.ts';

const created = '2024-01-01T00:00:00.000Z';

/** freshTable, plus the tasks' store on the same table. */
const world = async () => {
  const table = await freshTable();
  const tasks = new DynamoTaskStore(
    createDocumentClient({ ...settingsFromEnv(), tableName: table.tableName }),
    table.tableName,
  );
  // No yearly reporting rule: the units' missing_report flags (unit-flags.ts) stay out of these counts.
  await seedPlan(table.store, 'plan', { reporting: null });
  const addTask = async (task: Record<string, unknown>) => {
    const record = {
      leadBasis: 'named',
      supportingDepartmentIds: [],
      ...task,
      planId: 'plan',
      createdAt: created,
      updatedAt: created,
    } as unknown as Task;
    await tasks.createTask(record);
    return record;
  };
  const report = async (task: Task, year: number, state: 'in_progress' | 'done', completedOn?: string) => {
    const current = (await tasks.getTask(task.id))!.reports.find((r) => r.year === year);
    const input = { state, ...(completedOn ? { completedOn } : {}) };
    await tasks.putTaskReport(
      taskReportWrite(
        task,
        year,
        input,
        { reportedBy: 'test', reportedAt: new Date().toISOString() },
        current?.version ?? null,
      ),
    );
  };
  return { ...table, tasks, addTask, report };
};

describe('overdue_task flags', () => {
  it('open once the due date has passed without done, notify the lead department once, resolve when done is reported', async () => {
    const { store, flags, addTask, report } = await world();
    const outbox = tempOutbox();
    const run = jobRunner({ store, flags, notifier: outboxNotifier(outbox) });
    const task = await addTask(fixtures.task('nv-2.4', { leadDepartmentId: 'so-y-te' }));

    expect(await run('2025-12-31')).toMatchObject({ opened: 0 }); // the due day itself is still on time
    expect(await run('2026-01-01')).toMatchObject({ opened: 1, notified: 1 });
    expect(await run('2026-01-02')).toMatchObject({ opened: 0, notified: 0, resolved: 0 });
    const [flag] = (await planFlags(flags, 'plan')).open;
    expect(flag).toMatchObject({
      type: 'overdue_task',
      taskId: 'nv-2.4',
      planId: 'plan',
      departmentId: 'so-y-te',
      year: 2025,
      detail: { code: '2.4', taskStatus: 'overdue', dueDate: '2025-12-31', state: null },
    });
    expect(flag!.indicatorId).toBeUndefined();

    const lines = readOutbox(outbox);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      taskId: 'nv-2.4',
      attributes: { departmentId: 'so-y-te', planId: 'plan', type: 'overdue_task' },
    });
    expect(lines[0].message.vi).toContain('đã quá hạn 31/12/2025');

    await report(task, 2025, 'in_progress');
    expect(await run('2026-01-03')).toMatchObject({ opened: 0, resolved: 0 });
    await report(task, 2025, 'done', '2026-01-10');
    expect(await run('2026-01-11')).toMatchObject({ opened: 0, resolved: 1, notified: 0 });
    const after = await planFlags(flags, 'plan');
    expect(after.open).toEqual([]);
    expect(after.resolved).toMatchObject([{ id: flag!.id, type: 'overdue_task', status: 'resolved' }]);
    expect(await run('2026-01-12')).toMatchObject({ opened: 0, resolved: 0 });
    expect(readOutbox(outbox)).toHaveLength(1);
    // GET /flags filters by type as for the other flags.
    expect((await flags.listFlags({ status: 'resolved', type: 'overdue_task', limit: 10 })).items).toHaveLength(1);
  });

  it('recurring work: one flag per overdue year, each resolved by its own year’s done', async () => {
    const { store, flags, addTask, report } = await world();
    const outbox = tempOutbox();
    const run = jobRunner({ store, flags, notifier: outboxNotifier(outbox) });
    const task = await addTask(fixtures.recurringTask('nv-1.2', { leadDepartmentId: 'so-y-te' }));
    await report(task, 2024, 'done', '2024-12-20'); // done, but late: never overdue once done

    expect(await run('2025-12-11')).toMatchObject({ opened: 1, notified: 1 });
    const { open } = await planFlags(flags, 'plan');
    expect(open.map((f) => [f.taskId, f.year])).toEqual([['nv-1.2', 2025]]);
    await report(task, 2025, 'done');
    expect(await run('2026-12-11')).toMatchObject({ opened: 1, resolved: 1 });
    expect((await planFlags(flags, 'plan')).open.map((f) => f.year)).toEqual([2026]);
    expect(readOutbox(outbox).map((line) => line.year)).toEqual([2025, 2026]);
  });

  it('opening fails when done was reported after the job read the plan', async () => {
    const { flags, addTask, report } = await world();
    const task = await addTask(fixtures.task('nv-race', { leadDepartmentId: 'so-y-te' }));
    await report(task, 2025, 'done', '2026-01-05');
    const flag = {
      id: 'f-race',
      type: 'overdue_task' as const,
      taskId: task.id,
      planId: 'plan',
      departmentId: 'so-y-te',
      year: 2025,
      status: 'open' as const,
      openedAt: '2026-01-02T00:00:00.000Z',
      detail: {
        code: '2.4',
        title: task.title,
        taskStatus: 'overdue' as const,
        reason: 'due_passed_not_done' as const,
        state: null,
        asOf: '2026-01-02',
        dueDate: '2025-12-31',
        explanation: { vi: '…', en: '…' },
      },
    };
    expect(await flags.openFlag(flag, '2026-01-02T00:15:00.000Z')).toBe(false);
    expect(await flags.openFlag({ ...flag, id: 'f-other', year: 2024 }, '2026-01-02T00:15:00.000Z')).toBe(true);
  });
});
