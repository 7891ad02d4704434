import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { requiredVariable } from '#shared/runtime/environment.ts';

export interface DynamoSettings {
  tableName: string;
  endpoint?: string;
  region: string;
}

/**
 * The environment names the table and its region (no defaults: a missing one throws with its name);
 * locally it also names DynamoDB Local's endpoint.
 */
export const settingsFromEnv = (env: NodeJS.ProcessEnv = process.env): DynamoSettings => ({
  tableName: requiredVariable('the DynamoDB store', 'TABLE_NAME', env),
  endpoint: env.DYNAMODB_ENDPOINT || undefined,
  region: requiredVariable('the DynamoDB store', 'AWS_REGION', env),
});

/** `capture` wraps the low-level client before the document client is built on it (the tracer's hook). */
export const createDocumentClient = (
  settings: DynamoSettings,
  capture: (client: DynamoDBClient) => DynamoDBClient = (client) => client,
): DynamoDBDocumentClient => {
  const client = capture(
    new DynamoDBClient({
      region: settings.region,
      endpoint: settings.endpoint,
      // DynamoDB Local accepts any credentials; on AWS the Lambda role's are used.
      ...(settings.endpoint ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
      // A store that accepts connections but never answers must end in a 503 from us, not in the
      // function's timeout: 3 attempts × 2 s (+ backoff) stay inside the API functions' 10 s. Without
      // throwOnRequestTimeout this SDK only logs a warning when requestTimeout passes and keeps waiting.
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 1_000, requestTimeout: 2_000, throwOnRequestTimeout: true },
    }),
  );
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    unmarshallOptions: { wrapNumbers: false },
  });
};
