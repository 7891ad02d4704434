import { documentClient } from '#shared/runtime/document-client.ts';
import type { ActualBatches } from './batch-port.ts';
import { DynamoActualBatches } from './dynamodb/actual-batches.ts';
import { DynamoIdempotencyStore } from './dynamodb/idempotency-store.ts';
import type { IdempotencyStore } from './idempotency-port.ts';

let made: { batches: ActualBatches; idempotency: IdempotencyStore } | undefined;

/** Like defaultStore(): on the process's one client, made on first use, for imports and idempotency records. */
const make = () => {
  if (!made) {
    const { client, tableName } = documentClient();
    made = {
      batches: new DynamoActualBatches(client, tableName),
      idempotency: new DynamoIdempotencyStore(client, tableName),
    };
  }
  return made;
};

export const defaultActualBatches = (): ActualBatches => make().batches;
export const defaultIdempotencyStore = (): IdempotencyStore => make().idempotency;
