import type { Principal } from '#shared/auth/principal.ts';
import type { Actual, ActualStatus } from '#shared/domain/actual.ts';
import type { Indicator } from '#shared/domain/indicator.ts';
import type { ActualWrite } from '#shared/storage/port.ts';
import { nextVersion } from './version.ts';

/** One year's value as someone reports it, its indicator already found and its rules checked. */
export interface ActualReport {
  indicator: Pick<Indicator, 'id' | 'planId'>;
  year: number;
  value: number | boolean;
  status: ActualStatus;
  note?: string;
}

/** Who wrote it and when; demo figures say so (never mixed silently with reported ones). */
export interface Reporting {
  reportedBy: string;
  reportedAt: string;
  illustrative?: boolean;
}

/** The planning office, as `reportedBy` names it when an admin token writes a value. */
export const planningOfficeReporter = 'admin';

/**
 * Who a value is reported by, as every public answer shows it: the department (or the planning
 * office), never the token's subject, which names one clerk's Cognito account.
 */
export const reporterOf = (principal: Principal): string =>
  principal.role === 'department' && principal.departmentId ? principal.departmentId : planningOfficeReporter;

/**
 * The write of one report: the Actual record at the version after the one it replaces, which the
 * store keeps as the current value and, unchanged, as that version's revision.
 */
export const actualWrite = (report: ActualReport, reporting: Reporting, replaces: number | null): ActualWrite => {
  const actual: Actual = {
    indicatorId: report.indicator.id,
    year: report.year,
    value: report.value,
    status: report.status,
    ...(report.note ? { note: report.note } : {}),
    reportedBy: reporting.reportedBy,
    reportedAt: reporting.reportedAt,
    version: nextVersion(replaces),
    ...(reporting.illustrative ? { illustrative: true } : {}),
  };
  return { planId: report.indicator.planId, actual, expectedVersion: replaces };
};

/** What writing a report over the current value does: create it, replace it, or nothing at all. */
export type ReportOutcome = 'imported' | 'updated' | 'unchanged';

/** CSV files carry line breaks as CRLF or LF alike: a note differing only in those is the same note. */
const sameNote = (a: string | undefined, b: string | undefined) =>
  (a ?? '').replace(/\r\n?/g, '\n') === (b ?? '').replace(/\r\n?/g, '\n');

/** Equal value, status and note, and not a demo figure: nothing to write. Anything else is a new revision. */
export const outcomeOf = (
  current: Actual | undefined,
  report: Pick<ActualReport, 'value' | 'status' | 'note'>,
): ReportOutcome => {
  if (!current) return 'imported';
  const same =
    current.value === report.value &&
    current.status === report.status &&
    sameNote(current.note, report.note) &&
    !current.illustrative;
  return same ? 'unchanged' : 'updated';
};
