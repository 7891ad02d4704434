import type { ReminderRef, ReportRef } from '../report-port.ts';
import { planPartition } from './keys.ts';

/**
 * Where reports live (docs/data-model.md). A unit's report sits in its plan's partition, so the
 * flag job and the completeness read get every report with the plan in one Query; its revisions
 * have a partition of their own, as an actual's do. Reminders sent are markers in the plan's
 * partition too, read with it.
 */
export const reportSortPrefix = (year: number) => `REPORT#${year}#`;

export const reportKey = (ref: ReportRef) => ({
  PK: planPartition(ref.planId),
  SK: `${reportSortPrefix(ref.year)}${ref.departmentId}`,
});

export const reportRevisionPartition = (ref: ReportRef) => `REPORTREV#${ref.planId}#${ref.year}#${ref.departmentId}`;

export const reportRevisionKey = (ref: ReportRef, version: number) => ({
  PK: reportRevisionPartition(ref),
  SK: `V#${String(version).padStart(8, '0')}`,
});

export const reminderKey = (ref: ReminderRef) => ({
  PK: planPartition(ref.planId),
  SK: `REMIND#${ref.year}#${ref.departmentId}#${ref.daysBefore}`,
});
