import middy from '@middy/core';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';

/**
 * The cold-start baseline: a middy handler that only creates the DynamoDB client, exactly as the
 * functions create theirs. Every function's import time is reported as a multiple of this one's.
 */
const client = createDocumentClient(settingsFromEnv());

export const handler = middy().handler(async () => ({ statusCode: 200, body: client.config.serviceId ?? '' }));
