import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { planPartition } from '#shared/storage/dynamodb/keys.ts';
import { invoke, prepareCall } from './lib/api-call.ts';
import type { PlanFixture } from './lib/plan-fixture.ts';
import { shuffle, summarize, round, type Summary } from './lib/stats.ts';
import { handlersClient } from './lib/store-client.ts';

/**
 * In-process latency of `GET /plans/{planId}/progress` (the handler Lambda runs, called with the
 * event API Gateway sends) against the bare DynamoDB Query of the same partition through the same
 * client, pages followed: the floor any implementation pays. Interleaved in random order per round,
 * so both see the same machine.
 */
export interface LatencyResult {
  route: string;
  planItems: number;
  warmup: number;
  requests: number;
  responseBytes: number;
  handlerMs: Summary;
  bareQueryMs: Summary;
  latencyRatioP50: number;
  latencyRatioP99: number;
}

export const measureLatency = async (
  fixture: PlanFixture,
  options = { warmup: 60, requests: 400 },
): Promise<LatencyResult> => {
  const call = prepareCall({ method: 'GET', path: `/plans/${fixture.planId}/progress?asOf=${fixture.lastYear}-12-31` });
  const client = handlersClient();
  const tableName = process.env.TABLE_NAME!;

  const handler = async () => {
    const event = call.event();
    const started = performance.now();
    const result = await invoke(call, event);
    const elapsed = performance.now() - started;
    if (result.statusCode !== 200)
      throw new Error(`plan progress answered ${result.statusCode}: ${result.body?.slice(0, 300)}`);
    return { elapsed, bytes: Buffer.byteLength(result.body ?? '') };
  };

  const bareQuery = async () => {
    const started = performance.now();
    let items = 0;
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': planPartition(fixture.planId) },
          ExclusiveStartKey,
        }),
      );
      items += page.Items?.length ?? 0;
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    const elapsed = performance.now() - started;
    if (items !== fixture.items) throw new Error(`bare query read ${items} items, expected ${fixture.items}`);
    return { elapsed, bytes: 0 };
  };

  const samples = { handler: [] as number[], bareQuery: [] as number[] };
  let responseBytes = 0;
  const contenders = [
    { name: 'handler' as const, run: handler },
    { name: 'bareQuery' as const, run: bareQuery },
  ];
  for (let i = 0; i < options.warmup + options.requests; i++) {
    for (const contender of shuffle(contenders)) {
      const { elapsed, bytes } = await contender.run();
      if (bytes) responseBytes = bytes;
      if (i >= options.warmup) samples[contender.name].push(elapsed);
    }
  }
  const handlerMs = summarize(samples.handler);
  const bareQueryMs = summarize(samples.bareQuery);
  return {
    route: call.routeKey,
    planItems: fixture.items,
    warmup: options.warmup,
    requests: options.requests,
    responseBytes,
    handlerMs,
    bareQueryMs,
    latencyRatioP50: round(handlerMs.p50 / bareQueryMs.p50),
    latencyRatioP99: round(handlerMs.p99 / bareQueryMs.p99),
  };
};
