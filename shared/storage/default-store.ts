import { createDocumentClient, settingsFromEnv } from './dynamodb/client.ts';
import { DynamoFlagStore } from './dynamodb/flag-store.ts';
import { DynamoStore } from './dynamodb/store.ts';
import type { FlagStore } from './flag-port.ts';
import type { Store } from './port.ts';

let store: Store | undefined;

/** One store per process (per Lambda container), made on first use rather than at import. */
export const defaultStore = (): Store => {
  if (!store) {
    const settings = settingsFromEnv();
    store = new DynamoStore(createDocumentClient(settings), settings.tableName);
  }
  return store;
};

let flagStore: FlagStore | undefined;

/** The flags' store, made on first use like the store itself. */
export const defaultFlagStore = (): FlagStore => {
  if (!flagStore) {
    const settings = settingsFromEnv();
    flagStore = new DynamoFlagStore(createDocumentClient(settings), settings.tableName);
  }
  return flagStore;
};
