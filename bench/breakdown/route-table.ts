import middy from '@middy/core';
import * as layer from '#shared/http/route-table.ts';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';

/** Cold-start breakdown: the baseline plus the whole route table: every route's schemas (bench/cold-start-breakdown.ts). */
const client = createDocumentClient(settingsFromEnv());

export const handler = middy().handler(async () => ({
  statusCode: 200,
  body: `${Object.keys(layer).length}${client.config.serviceId}`,
}));
