import middy from '@middy/core';
import * as z from 'zod';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';

/** Cold-start breakdown: the baseline plus zod's own module, with one small schema (bench/cold-start-breakdown.ts). */
const client = createDocumentClient(settingsFromEnv());
const layer = z.strictObject({ id: z.string().min(1) });

export const handler = middy().handler(async () => ({
  statusCode: 200,
  body: `${layer.parse({ id: 'x' }).id}${client.config.serviceId}`,
}));
