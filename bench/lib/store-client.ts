import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { defaultStore } from '#shared/storage/default-store.ts';

/**
 * The document client the handlers' store sends through (the one the API uses on a warm container),
 * so that a bare request measured next to a handler pays for the same connections and settings.
 * The adapter keeps it in a private field; a rename fails here loudly instead of measuring another client.
 */
export const handlersClient = (): DynamoDBDocumentClient => {
  const client = (defaultStore() as unknown as { db?: DynamoDBDocumentClient }).db;
  if (!client || typeof client.send !== 'function') {
    throw new Error('defaultStore() no longer keeps its client in `db`: update bench/lib/store-client.ts');
  }
  return client;
};
