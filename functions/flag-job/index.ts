import middy from '@middy/core';
import * as z from 'zod';
import { runDefaultFlagJob } from '#shared/flags/default-job.ts';
import type { FlagJobSummary } from '#shared/flags/job.ts';
import { FlagJobRequest } from '#shared/http/flag-contracts.ts';
import { requireEnvironment, storeEnvironment } from '#shared/runtime/environment.ts';
import { functionMiddlewares } from '#shared/runtime/function-middlewares.ts';
import { logger } from '#shared/runtime/observability.ts';

requireEnvironment('flag-job', storeEnvironment);

/** What EventBridge Scheduler sends (the schedule's fixed input), or `{ asOf }` from a manual invoke. */
const ScheduledInput = z.object({ asOf: FlagJobRequest.shape.asOf });

/**
 * The scheduled flag job (infra/cdk/flag-job.ts runs it daily at 01:00 Asia/Ho_Chi_Minh). Not an
 * HTTP function: it is invoked asynchronously, so a failure must be thrown — Lambda retries it,
 * the Errors alarm sees it, and after the retries the event lands in the dead-letter queue. A rerun
 * is safe: the job is idempotent.
 */
const run = async (event: unknown): Promise<FlagJobSummary> => {
  const input = ScheduledInput.parse(event ?? {});
  const summary = await runDefaultFlagJob({ asOf: input.asOf });
  if (summary.errors > 0) {
    logger.error('flag job finished with errors', { ...summary });
    throw new Error(`flag job: ${summary.errors} error(s); flags were reconciled, see the log for the failures`);
  }
  return summary;
};

export const handler = middy<unknown, FlagJobSummary>().use(functionMiddlewares()).handler(run);
