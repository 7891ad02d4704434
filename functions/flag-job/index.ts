import middy from '@middy/core';
import * as z from 'zod';
import { runDefaultFlagJob } from '#shared/flags/default-job.ts';
import type { FlagJobSummary } from '#shared/flags/job.ts';
import { runRecorded } from '#shared/flags/recorded-run.ts';
import { FlagJobLaunch } from '#shared/flags/run.ts';
import { FlagJobRequest } from '#shared/http/flag-contracts.ts';
import { requireEnvironment, storeEnvironment } from '#shared/runtime/environment.ts';
import { functionMiddlewares } from '#shared/runtime/function-middlewares.ts';
import { logger } from '#shared/runtime/observability.ts';

requireEnvironment('flag-job', storeEnvironment);

/** What EventBridge Scheduler sends (the schedule's fixed input), or `{ asOf }` from a manual invoke. */
const ScheduledInput = z.object({ asOf: FlagJobRequest.shape.asOf });

/** A run POST /jobs/flag-lagging started (shared/flags/queue-launcher.ts), from the run queue: one message per event. */
const QueuedRuns = z.object({ Records: z.array(z.object({ body: z.string() })).min(1) });

/**
 * The scheduled flag job (infra/cdk/flag-job.ts runs it daily at 01:00 Asia/Ho_Chi_Minh). Not an
 * HTTP function: it is invoked asynchronously, so a failure must be thrown — Lambda retries it,
 * the Errors alarm sees it, and after the retries the event lands in the dead-letter queue. A rerun
 * is safe: the job is idempotent.
 */
const run = async (event: unknown): Promise<FlagJobSummary | undefined> => {
  const queued = QueuedRuns.safeParse(event);
  if (queued.success) {
    // Its record says how it ended; a run that threw is thrown again, so that the queue retries it.
    for (const record of queued.data.Records) await runRecorded(FlagJobLaunch.parse(JSON.parse(record.body)));
    return undefined;
  }
  const input = ScheduledInput.parse(event ?? {});
  const summary = await runDefaultFlagJob({ asOf: input.asOf });
  if (summary.errors > 0) {
    logger.error('flag job finished with errors', { ...summary });
    throw new Error(`flag job: ${summary.errors} error(s); flags were reconciled, see the log for the failures`);
  }
  return summary;
};

export const handler = middy<unknown, FlagJobSummary | undefined>().use(functionMiddlewares()).handler(run);
