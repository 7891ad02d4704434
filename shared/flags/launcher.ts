import { SQSClient } from '@aws-sdk/client-sqs';
import { MissingEnvironment } from '#shared/runtime/environment.ts';
import { logger, tracer } from '#shared/runtime/observability.ts';
import { QueueLauncher } from './queue-launcher.ts';
import { runRecorded } from './recorded-run.ts';
import type { FlagJobLaunch } from './run.ts';

/** Starts a run of the flag job in the background; resolves once it is started, not once it is done. Throws when it could not be started. */
export interface FlagJobLauncher {
  launch(launch: FlagJobLaunch): Promise<void>;
}

/**
 * Locally (npm start, the tests) the run goes on in this process after the answer was sent: the
 * local server's process lives on, unlike a Lambda container, which is frozen once it answered.
 */
export class InProcessLauncher implements FlagJobLauncher {
  async launch(launch: FlagJobLaunch): Promise<void> {
    void runRecorded(launch).catch((error: unknown) => {
      logger.error('background flag job run failed', { runId: launch.runId, error: error as Error });
    });
  }
}

let launcher: FlagJobLauncher | undefined;

/**
 * On AWS the stack gives FLAG_JOB_QUEUE_URL: the job function takes the run from that queue
 * (infra/cdk/flag-job.ts). On Lambda without it the run would be frozen with the container, so that
 * is a deployment mistake, said at once; elsewhere the run goes on in this process.
 */
export const defaultLauncher = (env: NodeJS.ProcessEnv = process.env): FlagJobLauncher => {
  if (launcher) return launcher;
  if (env.FLAG_JOB_QUEUE_URL)
    launcher = new QueueLauncher(env.FLAG_JOB_QUEUE_URL, tracer.captureAWSv3Client(new SQSClient({ maxAttempts: 3 })));
  else if (env.AWS_LAMBDA_FUNCTION_NAME) throw new MissingEnvironment('the flag job launcher', ['FLAG_JOB_QUEUE_URL']);
  else launcher = new InProcessLauncher();
  return launcher;
};
