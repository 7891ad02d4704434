import { randomUUID } from 'node:crypto';
import { publicFlag, type Flag, type OpenFlag } from '#shared/domain/flag.ts';
import type { Indicator } from '#shared/domain/indicator.ts';
import { countMetric, logger } from '#shared/runtime/observability.ts';
import type { FlagStore } from '#shared/storage/flag-port.ts';
import type { PlanDossier, Store } from '#shared/storage/port.ts';
import type { ReportStore } from '#shared/storage/report-port.ts';
import { provinceToday } from './calendar.ts';
import { flagNotification } from './message.ts';
import type { Notifier } from './notifier.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';
import { reconcilePlan } from './reconcile.ts';
import { sendReminders } from './reminders.ts';
import type { FlagJobSummary } from './summary.ts';

export type { FlagJobSummary };

export interface FlagJobDeps {
  store: Store;
  flags: FlagStore;
  notifier: Notifier;
  /** Where reminders sent are recorded (shared/flags/reminders.ts); without it no reminder is sent. */
  reports?: Pick<ReportStore, 'claimReminder' | 'releaseReminder'>;
  clock?: () => Date;
  /** Plans in flight at once (each: one Query, then its few writes). */
  planConcurrency?: number;
  /** Flag writes in flight at once within one plan. */
  writeConcurrency?: number;
  /**
   * How long the run that opened (or claimed) a flag may take to publish before another run may.
   * Longer than any run can last (Lambda stops at 15 minutes), so a slow publisher is never doubled.
   */
  leaseMs?: number;
}

export const defaultLeaseMs = 15 * 60_000;

const allPlanIds = async (store: Store): Promise<string[]> => {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listPlans({ limit: 200, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((plan) => plan.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
};

/**
 * The flag job (docs/design.md §5, docs/flags.md): for every plan, one read of its partition, the
 * pure reconciliation, and conditional writes for the flags that change. A notification is sent
 * only by the run whose write opened the flag (or that claimed a pending one after its lease ran
 * out), and only marked sent after the notifier accepted it: two runs never both send, and a crash
 * between the write and the publish leaves the flag pending for the next run to send.
 */
export const runFlagJob = async (deps: FlagJobDeps, request: { asOf?: string } = {}): Promise<FlagJobSummary> => {
  const started = performance.now();
  const clock = deps.clock ?? (() => new Date());
  const leaseMs = deps.leaseMs ?? defaultLeaseMs;
  const writeConcurrency = deps.writeConcurrency ?? 4;
  const asOf = request.asOf ?? provinceToday(clock());
  const summary: FlagJobSummary = {
    asOf,
    plans: 0,
    indicators: 0,
    opened: 0,
    resolved: 0,
    notified: 0,
    reminded: 0,
    errors: 0,
    failedPlans: [],
    durationMs: 0,
  };
  const leaseEnd = () => new Date(clock().getTime() + leaseMs).toISOString();

  const notify = async (flag: Flag, dossier: PlanDossier, indicator: Indicator | undefined) => {
    try {
      await deps.notifier.publish(flagNotification(publicFlag(flag), dossier.plan, indicator));
    } catch (error) {
      summary.errors += 1;
      logger.error('flag notification failed; it stays pending for the next run', {
        flagId: flag.id,
        error: error as Error,
      });
      await deps.flags.releaseNotification(flag, clock().toISOString());
      return;
    }
    summary.notified += 1;
    try {
      await deps.flags.markNotified(flag, clock().toISOString());
    } catch (error) {
      // Sent but not marked (the store stayed throttled through the retries): the run goes on; the flag
      // stays pending under this run's lease, so it is sent again only once that has run out.
      summary.errors += 1;
      logger.error('flag notified but not marked sent', { flagId: flag.id, error: error as Error });
    }
  };

  const reconcile = async (planId: string) => {
    const dossier = await deps.store.getPlanDossier(planId);
    if (!dossier) return; // removed since the listing
    const now = clock().toISOString();
    const changes = reconcilePlan(dossier, { asOf, now, newId: randomUUID });
    summary.plans += 1;
    summary.indicators += changes.indicators;
    for (const failure of changes.failures) {
      summary.errors += 1;
      logger.error('indicator skipped: the progress engine refused it', {
        planId,
        indicatorId: failure.indicatorId,
        error: failure.error as Error,
      });
    }
    const indicators = new Map(dossier.indicators.map((indicator) => [indicator.id, indicator]));

    await mapLimit(changes.toResolve, writeConcurrency, async (flag) => {
      if (await deps.flags.resolveFlag(flag, now)) summary.resolved += 1;
    });
    await mapLimit(changes.toOpen, writeConcurrency, async (flag) => {
      if (!(await deps.flags.openFlag(flag, leaseEnd()))) return; // another run opened it: that run notifies
      summary.opened += 1;
      await notify(flag, dossier, flag.indicatorId ? indicators.get(flag.indicatorId) : undefined);
    });
    await mapLimit(changes.toReopen, writeConcurrency, async (flag) => {
      const reopened = await deps.flags.reopenFlag(flag, leaseEnd());
      if (!reopened) return; // another run re-opened it, or opened the slot anew
      summary.opened += 1;
      if (reopened.notification.state === 'pending')
        await notify(reopened, dossier, flag.indicatorId ? indicators.get(flag.indicatorId) : undefined);
    });
    // Outbox recovery: an opening whose publish never got confirmed (a crash, an SNS failure).
    const pending = changes.stillOpen.filter(
      (flag: OpenFlag) => flag.notification?.state === 'pending' && (flag.notification.leaseUntil ?? '') <= now,
    );
    await mapLimit(pending, writeConcurrency, async (flag) => {
      if (!(await deps.flags.claimNotification(flag, leaseEnd()))) return;
      await notify(flag, dossier, flag.indicatorId ? indicators.get(flag.indicatorId) : undefined);
    });
    if (deps.reports) {
      const reminders = await sendReminders({ reports: deps.reports, notifier: deps.notifier }, dossier, asOf, now);
      summary.reminded += reminders.sent;
      summary.errors += reminders.errors;
    }
  };

  // One plan's failure (a value DynamoDB refuses, a corrupt item, a throttle that outlasts the retries) is
  // that plan's: counted with its error, and the others are still reconciled.
  const reconcileOrCount = async (planId: string) => {
    try {
      await reconcile(planId);
    } catch (error) {
      summary.failedPlans.push({
        planId,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
      logger.error('plan skipped: its flags could not be reconciled', { planId, error: error as Error });
    }
  };
  await mapLimit(await allPlanIds(deps.store), deps.planConcurrency ?? 8, reconcileOrCount);
  summary.durationMs = Math.round(performance.now() - started);
  countMetric('FlagsOpened', summary.opened);
  countMetric('NotificationsSent', summary.notified);
  countMetric('FailedPlans', summary.failedPlans.length);
  logger.info('flag job done', { ...summary });
  return summary;
};
