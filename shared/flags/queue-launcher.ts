import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { FlagJobLauncher } from './launcher.ts';
import type { FlagJobLaunch } from './run.ts';

/**
 * On AWS: one message on the job's run queue, which invokes the job function (infra/cdk/flag-job.ts)
 * with its 15 minutes, its retries and its dead-letter queue, instead of the API function's 29 s.
 */
export class QueueLauncher implements FlagJobLauncher {
  constructor(
    private readonly queueUrl: string,
    private readonly client: SQSClient = new SQSClient({ maxAttempts: 3 }),
  ) {}

  async launch(launch: FlagJobLaunch): Promise<void> {
    await this.client.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: JSON.stringify(launch) }));
  }
}
