import { logger } from '#shared/runtime/observability.ts';
import { defaultFlagRunStore } from '#shared/storage/default-store.ts';
import type { FlagRunStore } from '#shared/storage/flag-run-port.ts';
import { runDefaultFlagJob } from './default-job.ts';
import type { FlagJobLaunch, FlagJobRun } from './run.ts';
import type { FlagJobSummary } from './summary.ts';

/**
 * A run started over HTTP, done in the background (in this process locally, by the job function on
 * AWS): the job itself, then its record says how it ended, for whoever polls it. A job that throws
 * is recorded as failed and the error goes on to the caller (the queue retries it on AWS).
 */
export const runRecorded = async (
  launch: FlagJobLaunch,
  runs: FlagRunStore = defaultFlagRunStore(),
  job: (request: { asOf: string }) => Promise<FlagJobSummary> = runDefaultFlagJob,
): Promise<FlagJobRun> => {
  const started: FlagJobRun = (await runs.getRun(launch.runId)) ?? {
    ...launch,
    status: 'running',
    requestedAt: new Date().toISOString(),
  };
  try {
    const summary = await job({ asOf: launch.asOf });
    const done: FlagJobRun = { ...started, status: 'done', finishedAt: new Date().toISOString(), summary };
    await runs.finishRun(done);
    return done;
  } catch (error) {
    logger.error('flag job run failed', { runId: launch.runId, error: error as Error });
    await runs.finishRun({
      ...started,
      status: 'failed',
      finishedAt: new Date().toISOString(),
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
    throw error;
  }
};
