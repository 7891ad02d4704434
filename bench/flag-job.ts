import { measurePoint, type FlagJobPoint, type FlagJobScaling } from './flag-job-scale.ts';
import { round } from './lib/stats.ts';

export type { FlagJobScaling };

/**
 * The flag job at 2,000 and at 20,000 indicators, with the flag job's own scale script
 * (bench/flag-job-scale.ts: its seeding, its first run that opens and notifies the flags, its rerun
 * that changes nothing), each point in a fresh table of this run's DynamoDB Local.
 * Unlike that script's `measureFlagJobScaling`, the small size runs twice, before and after the large
 * one, and counts as the mean of the two: a 2,000-indicator run lasts a few seconds, and one burst of
 * load on the machine would otherwise decide the ratio. The headline is seconds per 1,000 indicators
 * of the first run, and the ratio large ÷ small: about 1 when the job grows linearly.
 */
const mean = (a: FlagJobPoint, b: FlagJobPoint): FlagJobPoint => {
  const avg = (key: keyof FlagJobPoint) => round((a[key] + b[key]) / 2);
  return {
    indicators: a.indicators,
    plans: a.plans,
    seconds: avg('seconds'),
    secondsPerThousand: avg('secondsPerThousand'),
    steadySeconds: avg('steadySeconds'),
    steadySecondsPerThousand: avg('steadySecondsPerThousand'),
    opened: a.opened,
    seedSeconds: avg('seedSeconds'),
  };
};

export const measureFlagJob = async (): Promise<FlagJobScaling & { smallRuns: FlagJobPoint[] }> => {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('DynamoDB Local is not started');
  // Discarded, as in flag-job-scale.ts: the first run pays for the JIT of both the JVM and node.
  await measurePoint(endpoint, 500);
  const before = await measurePoint(endpoint, 2_000);
  const large = await measurePoint(endpoint, 20_000);
  const after = await measurePoint(endpoint, 2_000);
  const small = mean(before, after);
  return {
    small,
    large,
    ratio: round(large.secondsPerThousand / small.secondsPerThousand),
    steadyRatio: round(large.steadySecondsPerThousand / small.steadySecondsPerThousand),
    smallRuns: [before, after],
  };
};
