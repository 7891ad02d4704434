import { runDefaultFlagJob } from '#shared/flags/default-job.ts';
import type { Operation } from '#shared/http/api-function.ts';
import type { flagsRoutes } from '#shared/http/routes/flags.ts';
import { defaultFlagStore } from '#shared/storage/default-store.ts';

export const listFlags: Operation<typeof flagsRoutes.listFlags> = async ({ query }) => ({
  status: 200,
  body: await defaultFlagStore().listFlags(query),
});

/** The same run as the schedule's, now; the answer is its summary. */
export const runFlagJobNow: Operation<typeof flagsRoutes.runFlagJobNow> = async ({ body }) => ({
  status: 200,
  body: await runDefaultFlagJob({ asOf: body.asOf }),
});
