import type { Flag, FlagStatus, FlagType, OpenFlag, ResolvedFlag } from '#shared/domain/flag.ts';
import type { Page, PageRequest } from './port.ts';

export interface FlagQuery extends PageRequest {
  status: FlagStatus;
  planId?: string;
  departmentId?: string;
  type?: FlagType;
}

/**
 * The flags' storage port. Every write is conditional, so that two job runs at the same moment
 * cannot both open, resolve or notify the same flag: the `true` of a call is what entitles the
 * caller to act on it (docs/flags.md). A plan's open flags are read with its dossier.
 */
export interface FlagStore {
  /**
   * Opens the flag unless its slot (flagSlot) holds an open flag already — or, for a missing
   * report, the report has arrived since the caller read the plan. True when this call opened it;
   * the flag's notification is then pending, leased to the caller until `leaseUntil`.
   */
  openFlag(flag: Flag, leaseUntil: string): Promise<boolean>;

  /**
   * Puts a resolved flag back, same id and opening, if its slot still keeps it (nothing opened there
   * since) — and, for a missing report, the report is still missing. The flag as re-opened, or
   * undefined when another run got there first. A notice that went out is not pending again.
   */
  reopenFlag(flag: ResolvedFlag, leaseUntil: string): Promise<OpenFlag | undefined>;

  /** Resolves an open flag unless another run did already. True when this call resolved it. */
  resolveFlag(flag: OpenFlag, resolvedAt: string): Promise<boolean>;

  /** Takes over a pending notification whose lease (as read) has run out. True when taken. */
  claimNotification(flag: OpenFlag, leaseUntil: string): Promise<boolean>;

  /** Gives the lease back after a failed publish, so that the next run need not wait for it. */
  releaseNotification(flag: Flag, now: string): Promise<void>;

  /** Records a confirmed publish: the notification is no longer pending. Retried while the store is throttled. */
  markNotified(flag: Flag, notifiedAt: string): Promise<void>;

  /** Newest first (by openedAt); one Query per page, see docs/data-model.md. */
  listFlags(query: FlagQuery): Promise<Page<Flag>>;
}
