import middy from '@middy/core';
import * as layer from '#shared/http/api-function.ts';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';

/** Cold-start breakdown: the baseline plus the route table, the middy middlewares and the store: a function with no operation (bench/cold-start-breakdown.ts). */
const client = createDocumentClient(settingsFromEnv());

export const handler = middy().handler(async () => ({
  statusCode: 200,
  body: `${Object.keys(layer).length}${client.config.serviceId}`,
}));
