import { runDefaultFlagJob } from '#shared/flags/default-job.ts';

/**
 * The local stand-in for the EventBridge Scheduler schedule of infra/cdk/flag-job.ts: the flag job
 * daily at 01:00 Asia/Ho_Chi_Minh. Vietnam has kept UTC+7 without daylight saving since 1975, so
 * 01:00 there is 18:00 UTC the day before.
 */
const runHourUtc = 18;

/** Milliseconds from `now` to the next 01:00 in Asia/Ho_Chi_Minh. */
export const msUntilNextRun = (now: Date = new Date()): number => {
  const next = new Date(now);
  next.setUTCHours(runHourUtc, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
};

/**
 * Starts the daily timer; `afterRun` (the durability barrier) runs after each job. A failed run is
 * logged and the next day's still happens, as the schedule on AWS would. Returns a stop function.
 */
export const startLocalSchedule = (afterRun: () => Promise<void> = async () => undefined): (() => void) => {
  let timer: NodeJS.Timeout;
  const arm = () => {
    timer = setTimeout(async () => {
      try {
        const summary = await runDefaultFlagJob();
        await afterRun();
        console.log(`flag job (01:00 Asia/Ho_Chi_Minh): ${JSON.stringify(summary)}`);
      } catch (error) {
        console.error('flag job failed; it runs again tomorrow at 01:00 (or: npm run job:flag-lagging)', error);
      }
      arm();
    }, msUntilNextRun());
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
};
