import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '#shared/domain/indicator.ts';
import { provinceToday } from '#shared/flags/calendar.ts';
import { defaultFlagRunStore, defaultFlagStore, defaultStore } from '#shared/storage/default-store.ts';
import { handler as flagJob } from '../../functions/flag-job/index.ts';
import { lambdaContext } from '../../infra/local/lambda-functions.ts';
import { msUntilNextRun } from '../../infra/local/schedule.ts';
import { postActual, readOutbox, seedIndicator, seedPlan } from './support.ts';

// The scheduled Lambda's default notifier: the outbox file under CHITIEU_DATA_DIR, a temp dir here.
const dataDir = mkdtempSync(path.join(tmpdir(), 'chitieu-flag-lambda-'));
process.env.CHITIEU_DATA_DIR = dataDir;

describe('the province clock', () => {
  it("today is Asia/Ho_Chi_Minh's date: 23:30 UTC is already tomorrow", () => {
    expect(provinceToday(new Date('2025-12-10T16:59:00Z'))).toBe('2025-12-10');
    expect(provinceToday(new Date('2025-12-10T17:00:00Z'))).toBe('2025-12-11');
  });

  it('the local timer fires at the next 01:00 Asia/Ho_Chi_Minh (18:00 UTC)', () => {
    expect(msUntilNextRun(new Date('2025-12-10T17:59:00Z'))).toBe(60_000);
    expect(msUntilNextRun(new Date('2025-12-10T18:00:00Z'))).toBe(24 * 3_600_000);
    expect(msUntilNextRun(new Date('2025-12-10T19:00:00Z'))).toBe(23 * 3_600_000);
  });
});

const handler = (event: unknown) => flagJob(event, lambdaContext('flag-job'));

describe('functions/flag-job: the scheduled Lambda', () => {
  it("runs on the schedule's empty input and answers the summary", async () => {
    const store = defaultStore();
    await seedPlan(store, 'lambda-plan');
    await seedIndicator(store, 'lambda-plan', 'lambda-ind');
    await postActual(store, 'lambda-plan', 'lambda-ind', 2024, 80.5);
    const summary = (await handler({}))!;
    expect(summary).toMatchObject({ asOf: provinceToday(), plans: 1, errors: 0 });
    expect(summary.opened).toBeGreaterThan(0);
    // Openings and the reminders of reports due soon (today's year is within the plan's period).
    expect(readOutbox(path.join(dataDir, 'outbox.jsonl'))).toHaveLength(summary.opened + summary.reminded);
    expect(await handler({ asOf: '2025-12-11' })).toMatchObject({ asOf: '2025-12-11' });
    await expect(handler({ asOf: '2025-13-01' })).rejects.toThrow();
  });

  it('takes a run POST /jobs/flag-lagging queued (an SQS event) and records how it ended', async () => {
    const runId = randomUUID();
    const requestedAt = new Date().toISOString();
    await defaultFlagRunStore().createRun({ runId, status: 'running', asOf: '2025-12-11', requestedAt });
    expect(await handler({ Records: [{ body: JSON.stringify({ runId, asOf: '2025-12-11' }) }] })).toBeUndefined();
    expect(await defaultFlagRunStore().getRun(runId)).toMatchObject({
      runId,
      status: 'done',
      requestedAt,
      finishedAt: expect.any(String),
      summary: { asOf: '2025-12-11', failedPlans: [] },
    });
  });

  it('fails the invocation (for retry, alarm, dead letters) when an indicator could not be judged, after doing the rest', async () => {
    const store = defaultStore();
    await seedPlan(store, 'broken-plan');
    // A record the schema would refuse (numeric kind, boolean target), as if written around the API.
    await seedIndicator(store, 'broken-plan', 'broken', {
      target: { comparator: '=', value: true, year: 2030 },
    } as Partial<Indicator>);
    await seedIndicator(store, 'broken-plan', 'fine');
    await postActual(store, 'broken-plan', 'fine', 2024, 80.5);
    await expect(handler({ asOf: '2025-06-30' })).rejects.toThrow(/1 error/);
    const open = (await defaultFlagStore().listFlags({ status: 'open', planId: 'broken-plan' })).items;
    // The broken indicator keeps no flag; the unit's missing 2024 report does not depend on it.
    expect(open.map((flag) => [flag.indicatorId ?? flag.departmentId, flag.type]).sort()).toEqual([
      ['fine', 'lagging'],
      ['so-y-te', 'missing_report'],
    ]);
  });
});
