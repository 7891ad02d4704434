import path from 'node:path';
import { createDocumentClient } from '#shared/storage/dynamodb/client.ts';
import { DynamoStore } from '#shared/storage/dynamodb/store.ts';
import type { Store } from '#shared/storage/port.ts';
import { DynamoTaskStore } from '#shared/storage/dynamodb/task-store.ts';
import type { TaskStore } from '#shared/storage/task-port.ts';
import { ensureTable, startDynamoLocal } from './dynamodb-local.ts';
import { readRuntime } from './runtime-file.ts';
import { localTableName } from './settings.ts';

/**
 * The store of the local data directory for a one-off command: the running `npm start`'s DynamoDB Local
 * when there is one, else a DynamoDB Local of our own on the same files, stopped by `close`.
 */
export const openLocalStore = async (
  dataDir: string,
): Promise<{ store: Store; tasks: TaskStore; endpoint: string; close: () => Promise<void> }> => {
  const running = readRuntime(dataDir);
  if (running) {
    const client = createDocumentClient({ endpoint: running.endpoint, tableName: running.tableName, region: 'local' });
    return {
      store: new DynamoStore(client, running.tableName),
      tasks: new DynamoTaskStore(client, running.tableName),
      endpoint: running.endpoint,
      close: async () => client.destroy(),
    };
  }
  const dynamo = await startDynamoLocal({
    dbPath: path.join(dataDir, 'dynamodb'),
    pidFile: path.join(dataDir, 'dynamodb.pid'),
  });
  await ensureTable(dynamo.endpoint, localTableName);
  const client = createDocumentClient({ endpoint: dynamo.endpoint, tableName: localTableName, region: 'local' });
  return {
    store: new DynamoStore(client, localTableName),
    tasks: new DynamoTaskStore(client, localTableName),
    endpoint: dynamo.endpoint,
    close: async () => {
      client.destroy();
      await dynamo.stop();
    },
  };
};
