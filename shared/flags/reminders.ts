import { defaultRemindDaysBefore } from '#shared/domain/plan.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';
import { logger } from '#shared/runtime/observability.ts';
import type { PlanDossier } from '#shared/storage/port.ts';
import type { ReminderRef, ReportStore } from '#shared/storage/report-port.ts';
import { daysBetween } from '#shared/tasks/calendar.ts';
import type { Notifier } from './notifier.ts';
import { reminderNotification } from './unit-messages.ts';
import type { PlanTasks } from '#shared/reporting/plan-tasks.ts';
import { planYears } from './unit-flags.ts';

/**
 * Reminders before a report is due (docs/flags.md): `reporting.remindDaysBefore` (default [14, 3])
 * days before the due date, each unit that has not submitted is told once per (plan, unit, year,
 * offset) when it is due and what it still owes.
 */
export interface Reminder extends ReminderRef {
  id: string;
  type: 'reminder';
  dueDate: string;
  missing: { indicatorIds: string[]; taskIds: string[] };
}

const sentKey = (ref: Pick<ReminderRef, 'year' | 'departmentId' | 'daysBefore'>) =>
  `${ref.year}#${ref.departmentId}#${ref.daysBefore}`;

/**
 * Pure: the reminders due as of `asOf`. The offset whose window has opened most recently is the one
 * that counts: a job that did not run on the 14th day before still reminds on the 10th (once), and
 * three days before the next offset reminds again.
 */
export const dueReminders = (dossier: PlanDossier, asOf: string, planTasks?: PlanTasks): Reminder[] => {
  const rule = dossier.plan.reporting;
  if (!rule) return [];
  const offsets = rule.remindDaysBefore ?? defaultRemindDaysBefore;
  const sent = new Set((dossier.reminders ?? []).map(sentKey));
  const reminders: Reminder[] = [];
  for (const { year, completeness } of planYears(dossier, asOf, planTasks)) {
    const left = daysBetween(asOf, completeness.due!);
    const open = offsets.filter((days) => left >= 0 && left <= days);
    if (open.length === 0) continue;
    const daysBefore = Math.min(...open);
    for (const unit of completeness.units) {
      if (unit.timeliness !== 'not_due' || unit.submittedAt !== null) continue; // submitted already
      const ref = { planId: dossier.plan.id, year, departmentId: unit.departmentId, daysBefore };
      if (sent.has(sentKey(ref))) continue;
      reminders.push({
        ...ref,
        id: `reminder#${ref.planId}#${sentKey(ref)}`,
        type: 'reminder',
        dueDate: completeness.due!,
        missing: unit.missing,
      });
    }
  }
  return reminders;
};

/**
 * Sends a plan's due reminders: each is first recorded (a conditional write, so two runs never both
 * send it), then published; a failed publish takes the record back for the next run.
 */
export const sendReminders = async (
  deps: { reports: Pick<ReportStore, 'claimReminder' | 'releaseReminder'>; notifier: Notifier },
  dossier: PlanDossier,
  asOf: string,
  now: string,
): Promise<{ sent: number; errors: number }> => {
  const tally = { sent: 0, errors: 0 };
  await mapLimit(dueReminders(dossier, asOf), 4, async (reminder) => {
    const ref: ReminderRef = {
      planId: reminder.planId,
      year: reminder.year,
      departmentId: reminder.departmentId,
      daysBefore: reminder.daysBefore,
    };
    if (!(await deps.reports.claimReminder(ref, now))) return;
    try {
      await deps.notifier.publish(reminderNotification(reminder, dossier.plan));
      tally.sent += 1;
    } catch (error) {
      tally.errors += 1;
      logger.error('reminder not sent; the next run sends it', { reminderId: reminder.id, error: error as Error });
      await deps.reports.releaseReminder(ref);
    }
  });
  return tally;
};
