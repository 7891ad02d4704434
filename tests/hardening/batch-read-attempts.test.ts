import { describe, expect, it } from 'vitest';
import { DynamoActualBatches, batchReadAttempts } from '#shared/storage/dynamodb/actual-batches.ts';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';
import { StoreUnavailable } from '#shared/storage/errors.ts';

/**
 * DynamoDB under throttling answers BatchGetItem with every key unprocessed. The real client and
 * DynamoDB Local, with one step added to the SDK's middleware stack that moves every key of each
 * BatchGetItem answer to UnprocessedKeys, as a throttled table would.
 */
const throttledClient = () => {
  let batchGets = 0;
  const db = createDocumentClient(settingsFromEnv(), (client) => {
    // On the low-level client, under the document client: keys and items are marshalled here.
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        if (context.commandName === 'BatchGetItemCommand') {
          batchGets += 1;
          const { RequestItems } = args.input as { RequestItems: Record<string, unknown> };
          Object.assign(result.output as object, { Responses: {}, UnprocessedKeys: RequestItems });
        }
        return result;
      },
      { step: 'initialize', name: 'throttleEveryBatchGet' },
    );
    return client;
  });
  return { db, batchGets: () => batchGets };
};

describe('reading actuals in batches while DynamoDB throttles', () => {
  it(`gives up after ${batchReadAttempts} reads of the unprocessed keys: the store is unavailable (503), not a loop`, async () => {
    const { db, batchGets } = throttledClient();
    const batches = new DynamoActualBatches(db, process.env.TABLE_NAME!);
    const refs = [{ planId: 'p', indicatorId: 'i', year: 2024 }];
    await expect(batches.readActuals(refs)).rejects.toBeInstanceOf(StoreUnavailable);
    expect(batchGets()).toBe(batchReadAttempts);
  }, 30_000);
});
