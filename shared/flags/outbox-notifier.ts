import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FlagNotification, Notifier } from './notifier.ts';

/**
 * The local stand-in for SNS: one JSON line per notification appended to `outbox.jsonl`, and a log
 * line. One appendFileSync is one write(2) with O_APPEND, so lines from two processes never interleave.
 */
export class OutboxNotifier implements Notifier {
  constructor(
    readonly file: string,
    private readonly log: (line: string) => void = (line) => console.log(line),
  ) {
    mkdirSync(path.dirname(file), { recursive: true });
  }

  async publish(notification: FlagNotification): Promise<void> {
    const { flag, subject, text, attributes } = notification;
    const line = { ...flag, subject, message: text, attributes, publishedAt: new Date().toISOString() };
    appendFileSync(this.file, `${JSON.stringify(line)}\n`);
    this.log(`flag notification → ${attributes.departmentId}: ${subject}`);
  }
}
