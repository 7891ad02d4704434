import { defaultReportStore } from '#shared/storage/default-report-store.ts';
import { defaultFlagStore, defaultStore } from '#shared/storage/default-store.ts';
import { defaultNotifier } from './default-notifier.ts';
import { runFlagJob, type FlagJobSummary } from './job.ts';

/** FLAG_JOB_CONCURRENCY: plans in flight at once (default 8). */
const planConcurrency = () => {
  const value = Number(process.env.FLAG_JOB_CONCURRENCY);
  return Number.isInteger(value) && value > 0 ? value : undefined;
};

/** The job as the Lambda, the HTTP route and the local timer run it: this process's store and notifier. */
export const runDefaultFlagJob = (request: { asOf?: string } = {}): Promise<FlagJobSummary> =>
  runFlagJob(
    {
      store: defaultStore(),
      flags: defaultFlagStore(),
      notifier: defaultNotifier(),
      reports: defaultReportStore(),
      planConcurrency: planConcurrency(),
    },
    request,
  );
