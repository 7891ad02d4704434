import { randomUUID } from 'node:crypto';
import { provinceToday } from '#shared/flags/calendar.ts';
import { defaultLauncher } from '#shared/flags/launcher.ts';
import type { FlagJobRun } from '#shared/flags/run.ts';
import type { Operation } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import type { flagsRoutes } from '#shared/http/routes/flags.ts';
import { defaultFlagRunStore, defaultFlagStore } from '#shared/storage/default-store.ts';

export const listFlags: Operation<typeof flagsRoutes.listFlags> = async ({ query }) => ({
  status: 200,
  body: await defaultFlagStore().listFlags(query),
});

/** Seconds a caller waits before asking again, when a run could not be started. */
const launchRetryAfterSeconds = 30;

/**
 * The same run as the schedule's, started now in the background: a run with much to do outlasts
 * API Gateway's 30 s, so the answer is a 202 with the run's record to poll (docs/flags.md).
 */
export const runFlagJobNow: Operation<typeof flagsRoutes.runFlagJobNow> = async ({ body }) => {
  const run: FlagJobRun = {
    runId: randomUUID(),
    status: 'running',
    asOf: body.asOf ?? provinceToday(),
    requestedAt: new Date().toISOString(),
  };
  const runs = defaultFlagRunStore();
  await runs.createRun(run);
  try {
    await defaultLauncher().launch({ runId: run.runId, asOf: run.asOf });
  } catch (error) {
    await runs.finishRun({
      ...run,
      status: 'failed',
      finishedAt: new Date().toISOString(),
      error: `not started: ${(error as Error).message}`,
    });
    throw new HttpProblem(503, 'Chưa khởi chạy được / the run could not be started; try again later', {
      headers: { 'retry-after': String(launchRetryAfterSeconds) },
    });
  }
  return { status: 202, body: run, headers: { location: `/jobs/flag-lagging/${run.runId}` } };
};

export const getFlagJobRun: Operation<typeof flagsRoutes.getFlagJobRun> = async ({ params }) => {
  const run = await defaultFlagRunStore().getRun(params.runId);
  if (!run) throw new HttpProblem(404, `Lượt chạy / run '${params.runId}' không tồn tại / does not exist`);
  return { status: 200, body: run };
};
