import { RuleViolation, type FieldIssue } from '#shared/domain/errors.ts';
import type { UnitReport } from '#shared/domain/report.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';
import type { ReportRef, ReportStore } from '#shared/storage/report-port.ts';

/**
 * The lock of an accepted report (docs/reporting.md): once the consolidating department accepts a
 * unit's report for a year, that unit's values (and task reports) for the year are frozen until it
 * is reopened. Every path that writes a value asks here first: PUT of an actual, the import, a
 * task report.
 */
export interface ValueLock {
  planId: string;
  year: number;
  departmentId: string;
  acceptedAt: string;
  acceptedBy: string;
}

export const lockOf = (report: UnitReport | undefined): ValueLock | undefined =>
  report?.state === 'accepted'
    ? {
        planId: report.planId,
        year: report.year,
        departmentId: report.departmentId,
        acceptedAt: report.review?.at ?? report.updatedAt,
        acceptedBy: report.review?.by ?? report.updatedBy,
      }
    : undefined;

/** A 409 naming the lock (and, for an import, the rows it holds back). */
export const lockedProblem = (locks: ValueLock[], issues: FieldIssue[] = []) => {
  const first = locks[0]!;
  return new RuleViolation(
    'conflict',
    `Báo cáo năm ${first.year} của '${first.departmentId}' đã được chấp nhận: số liệu năm này bị khóa đến khi mở lại / ` +
      `the ${first.year} report of '${first.departmentId}' was accepted: its values for the year are locked until it is reopened`,
    { members: { lock: first, ...(locks.length > 1 ? { locks } : {}) }, issues },
  );
};

/** Reads in flight at once while checking the (plan, unit, year) an import touches. */
const readConcurrency = 8;

/** The locks among these (plan, unit, year): one consistent read each, however many values name it. */
export const locksOn = async (
  reports: Pick<ReportStore, 'getReport'>,
  refs: readonly (Omit<ReportRef, 'departmentId'> & { departmentId?: string | undefined })[],
): Promise<ValueLock[]> => {
  const distinct = new Map<string, ReportRef>();
  for (const ref of refs) {
    if (!ref.departmentId) continue; // a value nobody leads belongs to no unit's report
    distinct.set(`${ref.planId}#${ref.year}#${ref.departmentId}`, { ...ref, departmentId: ref.departmentId });
  }
  const found = await mapLimit([...distinct.values()], readConcurrency, (ref) => reports.getReport(ref));
  return found.flatMap((report) => lockOf(report) ?? []);
};

/** Throws the 409 when any of these values is locked. */
export const refuseLocked = async (
  reports: Pick<ReportStore, 'getReport'>,
  refs: Parameters<typeof locksOn>[1],
): Promise<void> => {
  const locks = await locksOn(reports, refs);
  if (locks.length) throw lockedProblem(locks);
};
