import type { Flag, FlagType } from '#shared/domain/flag.ts';
import type { Reminder } from './reminders.ts';

/**
 * One notification of a flag's opening, or a reminder before a report is due. `attributes` become
 * SNS message attributes, so that a department subscribes to its own with a filter policy (docs/flags.md).
 */
export interface FlagNotification {
  flag: Flag | Reminder;
  /** ASCII, under 100 characters: what SNS accepts as an e-mail subject. */
  subject: string;
  text: { vi: string; en: string };
  attributes: { departmentId: string; planId: string; type: FlagType | Reminder['type'] };
}

/** The notifier port: SNS on AWS, an outbox file locally. Throws when the message was not accepted. */
export interface Notifier {
  publish(notification: FlagNotification): Promise<void>;
}

/** The attribute value of a flag whose indicator has no department (SNS refuses empty strings). */
export const noDepartment = 'none';
