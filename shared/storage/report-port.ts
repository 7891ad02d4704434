import type { ReportRevision, UnitReport } from '#shared/domain/report.ts';
import type { Page, PageRequest } from './port.ts';

/** One unit's report for one year of one plan. */
export interface ReportRef {
  planId: string;
  year: number;
  departmentId: string;
}

/**
 * A write of a unit's report, as ActualWrite is for an actual: `expectedVersion` null creates (none
 * may exist), a number replaces exactly that version; the revision is written with it, atomically.
 */
export interface ReportWrite {
  report: UnitReport;
  change: ReportRevision['change'];
  expectedVersion: number | null;
}

/** A reminder of one (plan, unit, year, days before the due date). */
export interface ReminderRef extends ReportRef {
  daysBefore: number;
}

/** The reports' storage port (docs/data-model.md, "Reports"). */
export interface ReportStore {
  /** Strongly consistent: the lock check (shared/reporting/lock.ts) must see an acceptance at once. */
  getReport(ref: ReportRef): Promise<UnitReport | undefined>;
  /** Throws VersionConflict (with the current version) when the condition fails. */
  putReport(write: ReportWrite): Promise<UnitReport>;
  listReportRevisions(ref: ReportRef, page: PageRequest): Promise<Page<ReportRevision>>;
  /** Every unit's report of a plan for a year, one Query of the plan's partition. */
  listYearReports(planId: string, year: number): Promise<UnitReport[]>;
  /** Records that a reminder goes out: true for the one caller that recorded it first. */
  claimReminder(reminder: ReminderRef, at: string): Promise<boolean>;
  /** Takes a claim back after a failed publish, so that the next run sends it. */
  releaseReminder(reminder: ReminderRef): Promise<void>;
}
