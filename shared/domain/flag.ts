import * as z from 'zod';
import { ProgressStatus } from '#shared/progress/types.ts';
import { TaskFlagDetail, taskFlagSlot } from './task-flag.ts';
import { IsoDate, Slug, Year } from './text.ts';
import { storableNumber } from './number.ts';

/**
 * A flag (docs/design.md §5): the scheduled job's finding that something needs attention.
 * `lagging`, on an indicator, while its default progress status is at_risk, off_track or missed;
 * `missing_report`, on a reporting unit (no indicatorId), for a year of the plan period whose
 * report is overdue (shared/flags/unit-flags.ts).
 */
export const FlagType = z.enum(['lagging', 'missing_report', 'overdue_task']);
export type FlagType = z.infer<typeof FlagType>;

export const FlagStatus = z.enum(['open', 'resolved']);
export type FlagStatus = z.infer<typeof FlagStatus>;

/** The statuses that make an indicator lagging. */
export const laggingStatuses: ReadonlySet<ProgressStatus> = new Set(['at_risk', 'off_track', 'missed']);

/** What the job saw when it opened the flag: kept as it was, so the flag explains itself later. */
export const FlagDetail = z
  .object({
    /** An indicator's flag: its progress as the job saw it. */
    status: ProgressStatus.optional(),
    latest: z
      .object({ year: Year, value: z.union([z.number(), z.boolean()]) })
      .nullable()
      .optional(),
    expected: storableNumber.nullable().optional(),
    ratio: storableNumber.nullable().optional(),
    /** The date the job evaluated the indicator as of. */
    asOf: IsoDate,
    /** missing_report: the day the year's value was due. */
    dueDate: IsoDate.optional(),
    /** A unit's missing_report: its indicators without a value for the year, its tasks without a report. */
    missing: z.object({ indicatorIds: z.array(Slug), taskIds: z.array(Slug) }).optional(),
    explanation: z.object({ vi: z.string(), en: z.string() }),
  })
  .meta({ id: 'FlagDetail' });
export type FlagDetail = z.infer<typeof FlagDetail>;

export const Flag = z
  .object({
    id: z.string(),
    type: FlagType,
    /** The indicator flagged; absent on a task's flag (overdue_task), which names its taskId, and on a unit's flag. */
    indicatorId: Slug.optional(),
    taskId: Slug.optional(),
    planId: Slug,
    /** The indicator's department when the flag opened (absent when it had none); a unit's flag: the unit. */
    departmentId: Slug.optional(),
    /** missing_report: the year whose report is missing; lagging: the year of the latest actual (else the asOf year). */
    year: Year,
    status: FlagStatus,
    openedAt: z.iso.datetime(),
    resolvedAt: z.iso.datetime().optional(),
    /** When the department was notified of the opening. */
    notifiedAt: z.iso.datetime().optional(),
    detail: z.union([FlagDetail, TaskFlagDetail]),
  })
  .meta({ id: 'Flag' });
export type Flag = z.infer<typeof Flag>;

/**
 * The opening's notification, an outbox kept on the flag itself: `pending` until a publish is
 * confirmed. `leaseUntil` says until when the run that holds it may publish undisturbed.
 */
export interface NotificationState {
  state: 'pending' | 'sent';
  leaseUntil?: string;
}

/** An open flag as storage holds it: the flag plus its notification's outbox state. */
export type OpenFlag = Flag & { status: 'open'; notification: NotificationState };

/** A resolved flag as its slot remembers it (docs/flags.md): what a re-opening within a day puts back. */
export type ResolvedFlag = Flag & { status: 'resolved'; resolvedAt: string; notification?: NotificationState };

/** How long a resolved flag's slot keeps it: a cause back within this time re-opens the same flag (same id, no new notice). */
export const reopenWindowMs = 24 * 60 * 60_000;
/** A unit's flag (a missing yearly report, shared/flags/unit-flags.ts) rather than one indicator's. */
export const isUnitFlag = (flag: Pick<Flag, 'type' | 'indicatorId'>): boolean =>
  flag.type === 'missing_report' && flag.indicatorId === undefined;

/**
 * The uniqueness rule. Lagging is per indicator: one open lagging flag per indicator, whatever year
 * the evidence is from, so a department that posts another lagging year is not told again about the
 * same lag (its flag stays open). A unit's missing report is per (unit, year).
 */
export const flagSlot = (flag: Pick<Flag, 'indicatorId' | 'taskId' | 'departmentId' | 'type' | 'year'>): string => {
  if (flag.type === 'overdue_task') return taskFlagSlot(flag);
  if (isUnitFlag(flag)) return `UNIT#${flag.departmentId ?? ''}#missing_report#${flag.year}`;
  return flag.type === 'lagging' ? `${flag.indicatorId}#lagging` : `${flag.indicatorId}#${flag.type}#${flag.year}`;
};

/** The public shape of a stored flag: the outbox state stays inside. */
export const publicFlag = (flag: Flag & { notification?: NotificationState }): Flag => {
  const { notification: _n, ...rest } = flag;
  return rest;
};
