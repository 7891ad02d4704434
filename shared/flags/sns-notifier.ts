import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { FlagNotification, Notifier } from './notifier.ts';

/** The body an e-mail subscriber reads: both languages, then the flag id to tell repeats apart. */
export const snsMessage = (notification: FlagNotification) =>
  [notification.text.vi, notification.text.en, `flag: ${notification.flag.id}`].join('\n\n');

/**
 * The SNS adapter: one Publish per opening, with departmentId, planId and type as String message
 * attributes, which subscription filter policies match on.
 */
export class SnsNotifier implements Notifier {
  constructor(
    private readonly topicArn: string,
    private readonly client: SNSClient = new SNSClient({ maxAttempts: 3 }),
  ) {}

  async publish(notification: FlagNotification): Promise<void> {
    const attribute = (value: string) => ({ DataType: 'String', StringValue: value });
    await this.client.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Subject: notification.subject,
        Message: snsMessage(notification),
        MessageAttributes: {
          departmentId: attribute(notification.attributes.departmentId),
          planId: attribute(notification.attributes.planId),
          type: attribute(notification.attributes.type),
        },
      }),
    );
  }
}
