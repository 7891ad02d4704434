import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

/**
 * DynamoDB Local answers a write a few milliseconds before it has committed it to its SQLite file
 * (measured: a kill -9 right after the answer loses the write; any further request first waits for
 * the commit). DynamoDB on AWS acknowledges only durable writes, so the local stand-in sends one
 * cheap consistent read after every successful write and only then answers the client.
 */
export const durabilityBarrier = (endpoint: string, tableName: string) => {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const probe = new GetItemCommand({
    TableName: tableName,
    Key: { PK: { S: '#BARRIER' }, SK: { S: '#BARRIER' } },
    ConsistentRead: true,
  });
  return async () => {
    await client.send(probe);
  };
};
