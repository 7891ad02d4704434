import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { ensureTable, startDynamoLocal, type DynamoLocal } from '#infra/local/dynamodb-local.ts';

/**
 * What the run starts and must stop: DynamoDB Local (in memory) and child processes. Everything is
 * registered here as it starts; `cleanup()` stops it all (run.ts calls it in `finally` and on SIGINT).
 */
const stops: (() => Promise<void> | void)[] = [];

export const onCleanup = (stop: () => Promise<void> | void) => void stops.push(stop);

export const cleanup = async () => {
  while (stops.length) {
    try {
      await stops.pop()!();
    } catch (error) {
      console.error('bench cleanup:', error);
    }
  }
};

/** A child process that is killed at cleanup unless it has exited by then. */
export const spawnTracked = (command: string, args: string[], options: SpawnOptions): ChildProcess => {
  const child = spawn(command, args, options);
  onCleanup(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
      }),
  );
  return child;
};

/** The table the handlers use in this run (each measurement keeps to its own plans and ids). */
export const benchTableName = 'bench';

/**
 * DynamoDB Local in memory, and the environment the handlers read on first use: set before any
 * handler module is imported.
 */
export const startBenchDynamo = async (): Promise<DynamoLocal> => {
  const dynamo = await startDynamoLocal();
  onCleanup(() => dynamo.stop());
  Object.assign(process.env, {
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    TABLE_NAME: benchTableName,
    AWS_REGION: 'local',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_SERVICE_NAME: 'chitieu-bench',
  });
  await ensureTable(dynamo.endpoint, benchTableName);
  return dynamo;
};
