import type { ActualBatches } from './batch-port.ts';
import { DynamoActualBatches } from './dynamodb/actual-batches.ts';
import { createDocumentClient, settingsFromEnv } from './dynamodb/client.ts';
import { DynamoIdempotencyStore } from './dynamodb/idempotency-store.ts';
import type { IdempotencyStore } from './idempotency-port.ts';

let made: { batches: ActualBatches; idempotency: IdempotencyStore } | undefined;

/** Like defaultStore(): one client per process, made on first use, for imports and idempotency records. */
const make = () => {
  if (!made) {
    const settings = settingsFromEnv();
    const db = createDocumentClient(settings);
    made = { batches: new DynamoActualBatches(db, settings.tableName), idempotency: new DynamoIdempotencyStore(db, settings.tableName) };
  }
  return made;
};

export const defaultActualBatches = (): ActualBatches => make().batches;
export const defaultIdempotencyStore = (): IdempotencyStore => make().idempotency;
