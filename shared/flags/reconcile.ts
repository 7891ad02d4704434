import {
  flagSlot,
  isUnitFlag,
  laggingStatuses,
  reopenWindowMs,
  type Flag,
  type FlagDetail,
  type OpenFlag,
  type ResolvedFlag,
} from '#shared/domain/flag.ts';
import type { Indicator } from '#shared/domain/indicator.ts';
import { asOfYear, computeProgress, type ProgressResult } from '#shared/progress/index.ts';
import type { PlanDossier } from '#shared/storage/port.ts';
import { reconcileTaskFlags } from './task-flags.ts';
import { unitFlagChanges } from './unit-flags.ts';
import { targetHistory } from '#shared/targets/versions.ts';

/** What one plan's flags should become: the job writes only these differences. */
export interface PlanFlagChanges {
  indicators: number;
  /** Flags to open; each write may still lose to a concurrent run, which then owns it. */
  toOpen: Flag[];
  /** Flags resolved less than a day ago whose cause is back: the same flag opens again (docs/flags.md). */
  toReopen: ResolvedFlag[];
  /** Open flags whose cause is gone. */
  toResolve: OpenFlag[];
  /** Open flags still wanted: a pending notification among them is retried. */
  stillOpen: OpenFlag[];
  /** Indicators the progress engine refused (a stored record the schema would reject); their flags are left as they are. */
  failures: { indicatorId: string; error: unknown }[];
}

export interface ReconcileOptions {
  asOf: string;
  /** ISO timestamp of this run: openedAt of new flags. */
  now: string;
  newId: () => string;
}

const detailOf = (progress: ProgressResult, asOf: string): FlagDetail => ({
  status: progress.status,
  latest: progress.latest,
  expected: progress.expected,
  ratio: progress.ratio,
  asOf,
  explanation: progress.explanation,
});

/**
 * The flags an indicator should have open as of `asOf` (docs/design.md §5), keyed by slot. Lagging is
 * dated by the latest actual, the evidence that shows the lag; `missed` without any actual (a
 * milestone whose year passed unreported) falls back to the asOf year. Missing reports are the
 * units' (unit-flags.ts), not the indicators'.
 */
const wantedFlags = (
  indicator: Indicator,
  dossier: PlanDossier,
  progress: ProgressResult,
  options: ReconcileOptions,
) => {
  const base = {
    indicatorId: indicator.id,
    planId: dossier.plan.id,
    ...(indicator.departmentId ? { departmentId: indicator.departmentId } : {}),
  };
  const wanted: Omit<Flag, 'id' | 'openedAt' | 'status'>[] = [];
  if (laggingStatuses.has(progress.status)) {
    wanted.push({
      ...base,
      type: 'lagging',
      year: progress.latest?.year ?? asOfYear(options.asOf),
      detail: detailOf(progress, options.asOf),
    });
  }
  return new Map(wanted.map((flag) => [flagSlot(flag), flag]));
};

/** Pure: a plan's partition as read, the date, and the changes that bring its flags up to date. */
export const reconcilePlan = (dossier: PlanDossier, options: ReconcileOptions): PlanFlagChanges => {
  const changes: PlanFlagChanges = {
    indicators: dossier.indicators.length,
    toOpen: [],
    toReopen: [],
    toResolve: [],
    stillOpen: [],
    failures: [],
  };
  const open = new Map(
    (dossier.openFlags ?? []).filter((flag) => !isUnitFlag(flag)).map((flag) => [flagSlot(flag), flag]),
  );
  // A date before the plan's period says nothing about it: its flags are left as they are, so that a
  // run as of a year long past cannot resolve what today's run would open again.
  if (asOfYear(options.asOf) < dossier.plan.period.startYear) {
    changes.stillOpen.push(...open.values());
    return changes;
  }
  const recentlyResolved = new Map(
    (dossier.resolvedFlags ?? [])
      .filter((flag) => Date.parse(options.now) - Date.parse(flag.resolvedAt) < reopenWindowMs)
      .map((flag) => [flagSlot(flag), flag]),
  );
  const settled = new Set<string>();
  const actualsOf = Map.groupBy(dossier.actuals, (actual) => actual.indicatorId);
  const supersededOf = Map.groupBy(dossier.targetVersions ?? [], (version) => version.indicatorId);
  for (const indicator of dossier.indicators) {
    const actuals = actualsOf.get(indicator.id) ?? [];
    const superseded = supersededOf.get(indicator.id) ?? [];
    let progress: ProgressResult;
    try {
      progress = computeProgress({
        indicator,
        period: dossier.plan.period,
        actuals,
        asOf: options.asOf,
        // An amended target: the version in force on asOf is the one lagging is judged against.
        ...(superseded.length ? { targetVersions: targetHistory(indicator, dossier.plan, superseded) } : {}),
      });
    } catch (error) {
      changes.failures.push({ indicatorId: indicator.id, error });
      for (const [slot, flag] of open) if (flag.indicatorId === indicator.id) settled.add(slot);
      continue;
    }
    for (const [slot, flag] of wantedFlags(indicator, dossier, progress, options)) {
      settled.add(slot);
      const existing = open.get(slot);
      const resolved = recentlyResolved.get(slot);
      if (existing) changes.stillOpen.push(existing);
      else if (resolved) changes.toReopen.push(resolved);
      else changes.toOpen.push({ ...flag, id: options.newId(), status: 'open', openedAt: options.now });
    }
  }
  const tasks = reconcileTaskFlags(dossier, options, open, settled);
  changes.toOpen.push(...tasks.toOpen);
  changes.stillOpen.push(...tasks.stillOpen);
  // Whatever is open and no longer wanted has lost its cause (or its indicator): resolve it.
  for (const [slot, flag] of open) if (!settled.has(slot)) changes.toResolve.push(flag);
  const units = unitFlagChanges(dossier, options);
  changes.toOpen.push(...units.toOpen);
  changes.toResolve.push(...units.toResolve);
  changes.stillOpen.push(...units.stillOpen);
  return changes;
};
