import { documentClient } from '#shared/runtime/document-client.ts';
import { DynamoFlagRunStore } from './dynamodb/flag-run-store.ts';
import { DynamoFlagStore } from './dynamodb/flag-store.ts';
import { DynamoStore } from './dynamodb/store.ts';
import { DynamoTaskStore } from './dynamodb/task-store.ts';
import type { FlagStore } from './flag-port.ts';
import type { FlagRunStore } from './flag-run-port.ts';
import type { Store } from './port.ts';
import type { TaskStore } from './task-port.ts';

let store: Store | undefined;

/** One store per process (per Lambda container), on the process's one client, made on first use. */
export const defaultStore = (): Store => {
  if (!store) {
    const { client, tableName } = documentClient();
    store = new DynamoStore(client, tableName);
  }
  return store;
};

let flagStore: FlagStore | undefined;

/** The flags' store, on the same client. */
export const defaultFlagStore = (): FlagStore => {
  if (!flagStore) {
    const { client, tableName } = documentClient();
    flagStore = new DynamoFlagStore(client, tableName);
  }
  return flagStore;
};

let taskStore: TaskStore | undefined;

/** The tasks' store, on the same client. */
export const defaultTaskStore = (): TaskStore => {
  if (!taskStore) {
    const { client, tableName } = documentClient();
    taskStore = new DynamoTaskStore(client, tableName);
  }
  return taskStore;
};

let flagRunStore: FlagRunStore | undefined;

/** The records of flag-job runs started over HTTP, on the same client. */
export const defaultFlagRunStore = (): FlagRunStore => {
  if (!flagRunStore) {
    const { client, tableName } = documentClient();
    flagRunStore = new DynamoFlagRunStore(client, tableName);
  }
  return flagRunStore;
};
