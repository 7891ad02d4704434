import { PutCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { maxStorableMagnitude, minStorableMagnitude } from '#shared/domain/number.ts';
import { storable } from '#shared/domain/storable.ts';
import { computeProgress } from '#shared/progress/index.ts';
import { metrics } from '#shared/runtime/observability.ts';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';
import {
  freshTable,
  jobRunner,
  outboxNotifier,
  planFlags,
  postActual,
  seedIndicator,
  seedPlan,
  tempOutbox,
} from '../flags/support.ts';

const isStorable = (n: number) =>
  Number.isFinite(n) && Math.abs(n) <= maxStorableMagnitude && (n === 0 || Math.abs(n) >= minStorableMagnitude);

const numbersIn = (value: unknown): number[] =>
  typeof value === 'number'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(numbersIn)
      : [];

// A cumulative target of 13,787 homes against a reported 1e-129: a storable input whose ratio is 5e-133.
const tinyCumulative = {
  accumulation: 'cumulative' as const,
  unit: 'căn',
  target: { comparator: '>=' as const, value: 13_787, year: 2030 },
  baseline: undefined,
};

describe('storable(): rounded to 15 significant digits, clamped into DynamoDB range', () => {
  it.each([
    [5e-133, 0],
    [-5e-133, 0],
    [1e-130, 1e-130],
    [0.1 + 0.2, 0.3],
    [2 / 3, 0.666666666666667],
    [1e20, 9_007_199_254_740_990],
    [-1e300, -9_007_199_254_740_990],
    [Infinity, 9_007_199_254_740_990],
    [-0, 0],
    [13_787, 13_787],
  ])('%s → %s', (input, expected) => {
    expect(Object.is(storable(input), expected)).toBe(true);
  });

  it('any finite double becomes storable, and storing twice changes nothing', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (n) => {
        const once = storable(n);
        return isStorable(once) && storable(once) === once;
      }),
    );
  });
});

describe('progress results leave the engine storable', () => {
  it('a 1e-129 report on a cumulative target: every number of the answer is storable', () => {
    const result = computeProgress({
      indicator: { id: 'tiny', kind: 'numeric', ...tinyCumulative },
      period: { startYear: 2024, endYear: 2030 },
      actuals: [{ year: 2024, value: 1e-129 }],
      asOf: '2025-06-01',
    });
    expect(result.ratio).toBe(0);
    expect(numbersIn(result).every(isStorable)).toBe(true);
  });
});

describe('one plan cannot stop the flag job', () => {
  it('a 1e-129 value is flagged lagging with a storable detail; the other plan is flagged too', async () => {
    const { store, flags } = await freshTable();
    const run = jobRunner({ store, flags, notifier: outboxNotifier(tempOutbox()) });
    await seedPlan(store, 'tiny-plan');
    await seedIndicator(store, 'tiny-plan', 'tiny', tinyCumulative);
    await postActual(store, 'tiny-plan', 'tiny', 2024, 1e-129);
    await seedPlan(store, 'plain-plan');
    await seedIndicator(store, 'plain-plan', 'slow');
    await postActual(store, 'plain-plan', 'slow', 2024, 80.1);

    const summary = await run('2024-12-01');
    expect(summary.failedPlans).toEqual([]);
    const [tinyFlag] = (await planFlags(flags, 'tiny-plan')).open;
    expect(tinyFlag).toMatchObject({ type: 'lagging', detail: { ratio: 0 } });
    expect(numbersIn(tinyFlag!.detail).every(isStorable)).toBe(true);
    expect((await planFlags(flags, 'plain-plan')).open).toHaveLength(1);
  });

  it('a plan whose write fails is counted in failedPlans with its error and a FailedPlans metric; the run goes on', async () => {
    const { store, flags, tableName } = await freshTable();
    const run = jobRunner({ store, flags, notifier: outboxNotifier(tempOutbox()) });
    await seedPlan(store, 'broken-plan');
    // A stored open flag without an id, of an indicator that is gone: resolving it is refused by
    // DynamoDB (not a condition failure), the kind of error that used to end the run.
    await createDocumentClient({ ...settingsFromEnv(), tableName }).send(
      new PutCommand({
        TableName: tableName,
        Item: {
          PK: 'PLAN#broken-plan',
          SK: 'FLAG#gone#lagging',
          entity: 'flag',
          type: 'lagging',
          indicatorId: 'gone',
          planId: 'broken-plan',
          year: 2024,
          status: 'open',
          openedAt: '2024-12-01T00:00:00.000Z',
        },
      }),
    );
    await seedPlan(store, 'plain-plan');
    await seedIndicator(store, 'plain-plan', 'slow');
    await postActual(store, 'plain-plan', 'slow', 2024, 80.1);

    const counted = vi.spyOn(metrics, 'addMetric');
    const summary = await run('2024-12-01');
    expect(summary.failedPlans).toEqual([{ planId: 'broken-plan', error: expect.any(String) }]);
    expect(summary.failedPlans[0]!.error.length).toBeGreaterThan(0);
    expect(summary.opened).toBe(1);
    expect((await planFlags(flags, 'plain-plan')).open).toHaveLength(1);
    expect(counted).toHaveBeenCalledWith('FailedPlans', 'Count', 1);
    counted.mockRestore();
  });
});
