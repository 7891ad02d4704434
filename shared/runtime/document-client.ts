import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';
import { tracer } from './observability.ts';

let made: { client: DynamoDBDocumentClient; tableName: string } | undefined;

/**
 * The one DynamoDB client of this process (one Lambda container), shared by every store: made on
 * first use rather than at import, so that the local runtime and the tests can name the endpoint
 * and the table first. On AWS the tracer records each call as a subsegment; elsewhere it is inert.
 */
export const documentClient = (): { client: DynamoDBDocumentClient; tableName: string } => {
  if (!made) {
    const settings = settingsFromEnv();
    made = {
      client: createDocumentClient(settings, (client) => tracer.captureAWSv3Client(client)),
      tableName: settings.tableName,
    };
  }
  return made;
};
