import { createDocumentClient, settingsFromEnv } from './dynamodb/client.ts';
import { DynamoStore } from './dynamodb/store.ts';
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
