import type { FlagJobRun } from '#shared/flags/run.ts';

/** The records of flag-job runs started over HTTP: written when started and when finished, read while polled. */
export interface FlagRunStore {
  /** Records a run as started; a second record with the same id is refused (AlreadyExists). */
  createRun(run: FlagJobRun): Promise<void>;
  /** Records how the run ended. */
  finishRun(run: FlagJobRun): Promise<void>;
  getRun(runId: string): Promise<FlagJobRun | undefined>;
}
