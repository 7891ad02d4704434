import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { defaultTableName } from './table.ts';

export interface DynamoSettings {
  tableName: string;
  endpoint?: string;
  region: string;
}

/** On Lambda the environment names the table; locally it also names DynamoDB Local's endpoint. */
export const settingsFromEnv = (env: NodeJS.ProcessEnv = process.env): DynamoSettings => ({
  tableName: env.TABLE_NAME ?? defaultTableName,
  endpoint: env.DYNAMODB_ENDPOINT || undefined,
  region: env.AWS_REGION ?? 'ap-southeast-1',
});

export const createDocumentClient = (settings: DynamoSettings): DynamoDBDocumentClient => {
  const client = new DynamoDBClient({
    region: settings.region,
    endpoint: settings.endpoint,
    // DynamoDB Local accepts any credentials; on AWS the Lambda role's are used.
    ...(settings.endpoint ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    // A store that accepts connections but never answers must end in a 503 from us, not in the
    // function's timeout: 3 attempts × 2 s (+ backoff) stay inside the API functions' 10 s. Without
    // throwOnRequestTimeout this SDK only logs a warning when requestTimeout passes and keeps waiting.
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 2_000, throwOnRequestTimeout: true },
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    unmarshallOptions: { wrapNumbers: false },
  });
};
