import path from 'node:path';
import { SNSClient } from '@aws-sdk/client-sns';
import { tracer } from '#shared/runtime/observability.ts';
import type { Notifier } from './notifier.ts';
import { OutboxNotifier } from './outbox-notifier.ts';
import { SnsNotifier } from './sns-notifier.ts';

let notifier: Notifier | undefined;

/** `POWERTOOLS_LOG_LEVEL=SILENT` (the tests) silences the outbox's log line as it silences the logger. */
const quiet = () => process.env.POWERTOOLS_LOG_LEVEL === 'SILENT';

/**
 * On AWS the stack gives FLAG_TOPIC_ARN: SNS. Locally `npm start` gives CHITIEU_DATA_DIR: the outbox
 * file under it. Neither is a deployment mistake, reported as such rather than dropping notifications.
 */
export const defaultNotifier = (env: NodeJS.ProcessEnv = process.env): Notifier => {
  if (notifier) return notifier;
  if (env.FLAG_TOPIC_ARN)
    notifier = new SnsNotifier(env.FLAG_TOPIC_ARN, tracer.captureAWSv3Client(new SNSClient({ maxAttempts: 3 })));
  else if (env.CHITIEU_DATA_DIR) {
    notifier = new OutboxNotifier(path.join(env.CHITIEU_DATA_DIR, 'outbox.jsonl'), (line) => {
      if (!quiet()) console.log(line);
    });
  } else throw new Error('no notifier: set FLAG_TOPIC_ARN (SNS) or CHITIEU_DATA_DIR (local outbox)');
  return notifier;
};
