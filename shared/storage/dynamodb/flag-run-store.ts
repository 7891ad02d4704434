import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FlagJobRun } from '#shared/flags/run.ts';
import { AlreadyExists } from '../errors.ts';
import type { FlagRunStore } from '../flag-run-port.ts';
import { guarded, isConditionFailed } from './failures.ts';
import { stripLayout } from './keys.ts';
import { retryWhileUnavailable } from './transact.ts';

/** A run's record is kept a week (DynamoDB's TTL), long enough for anyone polling it. */
const keptSeconds = 7 * 24 * 60 * 60;

const runKey = (runId: string) => ({ PK: `FLAGRUN#${runId}`, SK: '#RUN' });

/** The DynamoDB adapter of the run records: one item per run, in a partition of its own. */
export class DynamoFlagRunStore implements FlagRunStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createRun(run: FlagJobRun): Promise<void> {
    try {
      await guarded(() =>
        this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: this.item(run),
            ConditionExpression: 'attribute_not_exists(PK)',
          }),
        ),
      );
    } catch (error) {
      if (isConditionFailed(error)) throw new AlreadyExists('flag job run', run.runId);
      throw error;
    }
  }

  async finishRun(run: FlagJobRun): Promise<void> {
    // The work is done: a throttle must not leave its record "running" for whoever polls it.
    await retryWhileUnavailable(() =>
      guarded(() => this.db.send(new PutCommand({ TableName: this.tableName, Item: this.item(run) }))),
    );
  }

  async getRun(runId: string): Promise<FlagJobRun | undefined> {
    const { Item } = await guarded(() =>
      this.db.send(new GetCommand({ TableName: this.tableName, Key: runKey(runId) })),
    );
    return Item ? stripLayout<FlagJobRun>(Item) : undefined;
  }

  private item(run: FlagJobRun) {
    return {
      ...runKey(run.runId),
      entity: 'flag-run',
      ...run,
      expiresAt: Math.floor(Date.parse(run.requestedAt) / 1000) + keptSeconds,
    };
  }
}
