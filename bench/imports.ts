import { BatchWriteCommand, TransactWriteCommand, type BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ensureTable } from '#infra/local/dynamodb-local.ts';
import type { Actual } from '#shared/domain/actual.ts';
import * as keys from '#shared/storage/dynamodb/keys.ts';
import { invokeOk } from './lib/api-call.ts';
import { seedImportPlans, type ImportRowInput } from './lib/import-fixture.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';
import { round } from './lib/stats.ts';
import { handlersClient } from './lib/store-client.ts';

/**
 * `POST /imports` of 10,000 JSON rows (1,000 indicators in 10 plans × 10 years, all new values),
 * called in-process as an admin, against bare `BatchWriteItem` writes of the same rows as actual
 * items (25 per request, 4 requests in flight — the import's own chunk concurrency — unprocessed
 * items resent) through the same client into a fresh table. The baseline runs before and after the
 * import (each into its own fresh table) and its rate is the mean of the two, so that a drift of the
 * machine during the run does not land on one side only. A small import, batch and transaction first
 * warm all three paths (in node and in DynamoDB Local's JVM).
 *
 * A second, stricter floor explains the ratio: the writes the import's guarantees need and nothing
 * else — each row's actual and its revision, both conditional, 50 rows per TransactWriteItems,
 * 4 in flight (what the import sends, without reading anything first), also before and after.
 */
export interface ImportThroughput {
  rows: number;
  indicators: number;
  plans: number;
  importSeconds: number;
  importRowsPerSecond: number;
  /** The two bare runs (before, after). */
  bareSeconds: [number, number];
  bareRowsPerSecond: number;
  importRatio: number;
  /** The two transactional floor runs (before, after). */
  transactFloorSeconds: [number, number];
  transactFloorRowsPerSecond: number;
  /** Import rows/s ÷ transactional floor rows/s: what the import adds to the writes it must make. */
  importRatioToTransactFloor: number;
  answer: unknown;
}

const batchConcurrency = 4;

const actualOf = (row: ImportRowInput, reportedAt: string): Actual => ({
  indicatorId: row.indicatorId,
  year: row.year,
  value: row.value,
  status: 'final',
  reportedBy: 'admin@bench',
  reportedAt,
  version: 1,
});

const actualItem = (planId: string, actual: Actual) => ({
  ...keys.actualKey(planId, actual.indicatorId, actual.year),
  ...keys.actualLookupKey(actual.indicatorId, actual.year),
  entity: 'actual',
  ...actual,
});

const bareWrite = async (tableName: string, planOf: Map<string, string>, rows: ImportRowInput[]): Promise<number> => {
  await ensureTable(process.env.DYNAMODB_ENDPOINT!, tableName);
  const client = handlersClient();
  const reportedAt = new Date().toISOString();
  const items = rows.map((row) => actualItem(planOf.get(row.indicatorId)!, actualOf(row, reportedAt)));
  const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, i) => items.slice(i * 25, i * 25 + 25));
  const started = performance.now();
  await mapLimit(batches, batchConcurrency, async (batch) => {
    let pending: BatchWriteCommandInput['RequestItems'] = {
      [tableName]: batch.map((Item) => ({ PutRequest: { Item } })),
    };
    while (pending && Object.keys(pending).length) {
      pending = (await client.send(new BatchWriteCommand({ RequestItems: pending }))).UnprocessedItems;
    }
  });
  return (performance.now() - started) / 1000;
};

const transactFloor = async (
  tableName: string,
  planOf: Map<string, string>,
  rows: ImportRowInput[],
): Promise<number> => {
  await ensureTable(process.env.DYNAMODB_ENDPOINT!, tableName);
  const client = handlersClient();
  const reportedAt = new Date().toISOString();
  const absent = 'attribute_not_exists(PK)';
  const chunks = Array.from({ length: Math.ceil(rows.length / 50) }, (_, i) => rows.slice(i * 50, i * 50 + 50));
  const started = performance.now();
  await mapLimit(chunks, batchConcurrency, async (chunk) => {
    const TransactItems = chunk.flatMap((row) => {
      const actual = actualOf(row, reportedAt);
      return [
        {
          Put: {
            TableName: tableName,
            Item: actualItem(planOf.get(row.indicatorId)!, actual),
            ConditionExpression: absent,
          },
        },
        {
          Put: {
            TableName: tableName,
            Item: { ...keys.revisionKey(actual.indicatorId, actual.year, 1), entity: 'revision', ...actual },
            ConditionExpression: absent,
          },
        },
      ];
    });
    await client.send(new TransactWriteCommand({ TransactItems }));
  });
  return (performance.now() - started) / 1000;
};

const postImport = async (rows: ImportRowInput[]) => {
  const started = performance.now();
  const result = await invokeOk({ method: 'POST', path: '/imports', body: { rows }, as: { role: 'admin' } });
  const seconds = (performance.now() - started) / 1000;
  const answer = JSON.parse(result.body ?? '{}') as { imported?: number };
  if (answer.imported !== rows.length)
    throw new Error(`import answered ${result.body?.slice(0, 300)}, expected ${rows.length} imported`);
  return { seconds, answer };
};

export const measureImport = async (): Promise<ImportThroughput> => {
  const warm = await seedImportPlans('bench-import-warm', 1, 50, 10);
  const measured = await seedImportPlans('bench-import', 10, 100, 10);
  await postImport(warm.rows);
  await bareWrite('bench-bare-warm', warm.planOf, warm.rows);
  await transactFloor('bench-transact-floor-warm', warm.planOf, warm.rows);

  // Baselines on both sides of the import, so that a change of load during the run falls on both.
  const before = await bareWrite('bench-bare-1', measured.planOf, measured.rows);
  const floorBefore = await transactFloor('bench-transact-floor-1', measured.planOf, measured.rows);
  const { seconds, answer } = await postImport(measured.rows);
  const floorAfter = await transactFloor('bench-transact-floor-2', measured.planOf, measured.rows);
  const after = await bareWrite('bench-bare-2', measured.planOf, measured.rows);

  const rows = measured.rows.length;
  const importRowsPerSecond = rows / seconds;
  const bareRowsPerSecond = (rows / before + rows / after) / 2;
  const floorRowsPerSecond = (rows / floorBefore + rows / floorAfter) / 2;
  return {
    rows,
    indicators: measured.planOf.size,
    plans: measured.plans,
    importSeconds: round(seconds, 2),
    importRowsPerSecond: round(importRowsPerSecond, 0),
    bareSeconds: [round(before, 2), round(after, 2)],
    bareRowsPerSecond: round(bareRowsPerSecond, 0),
    importRatio: round(importRowsPerSecond / bareRowsPerSecond),
    transactFloorSeconds: [round(floorBefore, 2), round(floorAfter, 2)],
    transactFloorRowsPerSecond: round(floorRowsPerSecond, 0),
    importRatioToTransactFloor: round(importRowsPerSecond / floorRowsPerSecond),
    answer,
  };
};
