import './silence-logs.ts';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BatchWriteCommand, type BatchWriteCommandInput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Indicator } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';
import { runFlagJob, type FlagJobSummary } from '#shared/flags/job.ts';
import { OutboxNotifier } from '#shared/flags/outbox-notifier.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';
import { createDocumentClient } from '#shared/storage/dynamodb/client.ts';
import { DynamoFlagStore } from '#shared/storage/dynamodb/flag-store.ts';
import * as keys from '#shared/storage/dynamodb/keys.ts';
import { DynamoStore } from '#shared/storage/dynamodb/store.ts';
import { ensureTable, startDynamoLocal } from '../infra/local/dynamodb-local.ts';

/**
 * How the flag job's time grows with the number of indicators, against DynamoDB Local (not part of
 * `npm test`). Plans of 50 indicators: a third lagging, a third on track, a third on track but
 * missing the last report; as of 11 December 2026. The first run opens (and notifies) two thirds
 * of the indicators' flags; the second run finds nothing to change and only reads.
 *
 *   npx tsx bench/flag-job-scale.ts [--sizes 2000,20000]
 */
const indicatorsPerPlan = 50;
const asOf = '2026-12-11';
const stamp = '2024-01-01T00:00:00.000Z';

export interface FlagJobPoint {
  indicators: number;
  plans: number;
  /** First run: reads every plan, opens and notifies the flags. */
  seconds: number;
  secondsPerThousand: number;
  /** Second run: nothing changed, one Query per plan and no write. */
  steadySeconds: number;
  steadySecondsPerThousand: number;
  opened: number;
  seedSeconds: number;
}

export interface FlagJobScaling {
  small: FlagJobPoint;
  large: FlagJobPoint;
  /** large.secondsPerThousand / small.secondsPerThousand: about 1 when the job grows linearly. */
  ratio: number;
  steadyRatio: number;
}

/**
 * Plans through the store; indicators and actuals by BatchWriteItem with the adapter's own key
 * builders (keys.ts), 25 items a request: the job reads plan partitions only, and seeding 20,000
 * indicators through one transaction each would take longer than the measurement itself.
 */
const seed = async (store: DynamoStore, client: DynamoDBDocumentClient, tableName: string, indicators: number) => {
  await store.createDepartment({ id: 'so-y-te', name: 'Sở Y tế', area: 'Thanh Hóa', createdAt: stamp } as never);
  const plans = Math.ceil(indicators / indicatorsPerPlan);
  const items: Record<string, unknown>[] = [];
  for (let p = 0; p < plans; p++) {
    const planId = `plan-${p}`;
    const plan: Plan = {
      id: planId,
      number: `${p}/KH-UBND`,
      type: 'ke-hoach',
      title: 'Bench plan',
      issuer: 'UBND tỉnh',
      area: 'Thanh Hóa',
      signedDate: '2024-03-08',
      period: { startYear: 2024, endYear: 2030 },
      implements: [],
      reporting: { deadline: '12-10', yearOffset: 0 },
      createdAt: stamp,
      updatedAt: stamp,
    };
    await store.createPlan(plan);
    for (let i = 0; i < indicatorsPerPlan && p * indicatorsPerPlan + i < indicators; i++) {
      const id = `${planId}-ind-${i}`;
      const indicator: Indicator = {
        id,
        planId,
        code: `I.${i}`,
        name: { vi: `Chỉ tiêu ${i}`, en: `Target ${i}` },
        unit: '%',
        domain: 'health',
        departmentId: 'so-y-te',
        accumulation: 'level',
        kind: 'numeric',
        target: { comparator: '>', value: 95, year: 2030 },
        baseline: { year: 2023, value: 80 },
        source: { section: 'II', quote: 'bench' },
        createdAt: stamp,
        updatedAt: stamp,
      };
      items.push({
        ...keys.indicatorKey(planId, id),
        ...keys.indicatorLookupKey(id),
        ...keys.departmentIndicatorKey('so-y-te', id),
        entity: 'indicator',
        ...indicator,
      });
      const values = i % 3 === 0 ? [80.5, 80.8, 81] : i % 3 === 1 ? [83, 85, 87] : [83, 85];
      for (const [k, value] of values.entries()) {
        const actual = {
          indicatorId: id,
          year: 2024 + k,
          value,
          status: 'final' as const,
          reportedBy: 'bench',
          reportedAt: stamp,
          version: 1,
        };
        items.push({
          ...keys.actualKey(planId, id, actual.year),
          ...keys.actualLookupKey(id, actual.year),
          entity: 'actual',
          ...actual,
        });
      }
    }
  }
  const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, b) => items.slice(b * 25, b * 25 + 25));
  await mapLimit(batches, 16, async (batch) => {
    let unprocessed = {
      [tableName]: batch.map((Item) => ({ PutRequest: { Item } })),
    } as BatchWriteCommandInput['RequestItems'];
    while (unprocessed && Object.keys(unprocessed).length) {
      unprocessed = (await client.send(new BatchWriteCommand({ RequestItems: unprocessed }))).UnprocessedItems;
    }
  });
  return plans;
};

const seconds = (ms: number) => Math.round(ms) / 1000;

export const measurePoint = async (endpoint: string, indicators: number): Promise<FlagJobPoint> => {
  const tableName = `flag-scale-${indicators}-${randomUUID().slice(0, 6)}`;
  await ensureTable(endpoint, tableName);
  const client = createDocumentClient({ endpoint, tableName, region: 'local' });
  const store = new DynamoStore(client, tableName);
  const outboxDir = mkdtempSync(path.join(tmpdir(), 'chitieu-flag-scale-'));
  try {
    const t0 = performance.now();
    const plans = await seed(store, client, tableName, indicators);
    const seedSeconds = seconds(performance.now() - t0);
    const deps = {
      store,
      flags: new DynamoFlagStore(client, tableName),
      notifier: new OutboxNotifier(path.join(outboxDir, 'outbox.jsonl'), () => undefined),
    };
    const first: FlagJobSummary = await runFlagJob(deps, { asOf });
    const steady: FlagJobSummary = await runFlagJob(deps, { asOf });
    if (first.errors || steady.opened || steady.resolved || steady.notified)
      throw new Error(`unexpected runs: ${JSON.stringify({ first, steady })}`);
    return {
      indicators,
      plans,
      seconds: seconds(first.durationMs),
      secondsPerThousand: seconds(first.durationMs / (indicators / 1000)),
      steadySeconds: seconds(steady.durationMs),
      steadySecondsPerThousand: seconds(steady.durationMs / (indicators / 1000)),
      opened: first.opened,
      seedSeconds,
    };
  } finally {
    client.destroy();
    rmSync(outboxDir, { recursive: true, force: true });
  }
};

export const measureFlagJobScaling = async (
  endpoint: string,
  sizes: [number, number] = [2_000, 20_000],
): Promise<FlagJobScaling> => {
  // Discarded: the first run pays for the JIT of both JVM and node, which would flatter the large size.
  await measurePoint(endpoint, 500);
  const small = await measurePoint(endpoint, sizes[0]);
  const large = await measurePoint(endpoint, sizes[1]);
  return {
    small,
    large,
    ratio: Math.round((large.secondsPerThousand / small.secondsPerThousand) * 100) / 100,
    steadyRatio: Math.round((large.steadySecondsPerThousand / small.steadySecondsPerThousand) * 100) / 100,
  };
};

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const sizesArg = process.argv.indexOf('--sizes');
  const sizes = (sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [2_000, 20_000]) as [
    number,
    number,
  ];
  const dynamo = await startDynamoLocal();
  try {
    const result = await measureFlagJobScaling(dynamo.endpoint, sizes);
    console.log(
      '| indicators | plans | first run (s) | s per 1,000 | rerun (s) | s per 1,000 | flags opened | seeding (s) |',
    );
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const p of [result.small, result.large]) {
      console.log(
        `| ${p.indicators} | ${p.plans} | ${p.seconds} | ${p.secondsPerThousand} | ${p.steadySeconds} | ${p.steadySecondsPerThousand} | ${p.opened} | ${p.seedSeconds} |`,
      );
    }
    console.log(`\nper-1,000 ratio large/small: first run ${result.ratio}, rerun ${result.steadyRatio} (1.0 = linear)`);
  } finally {
    await dynamo.stop();
  }
}
