import type { Actual } from '#shared/domain/actual.ts';
import type { Indicator, TargetVersion } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';
import type { IndicatorProgressEntry, PlanProgressGroup } from '#shared/http/progress-contracts.ts';
import { computeProgress, ProgressStatus } from '#shared/progress/index.ts';
import { targetHistory } from '#shared/targets/versions.ts';
import type { ProgressOptions } from './options.ts';

/** Building progress answers from what the store returned: pure, no reads. */

export type Summary = Record<ProgressStatus, number>;

/** Every status present, so a dashboard can draw the same legend for every plan. */
export const summarize = (entries: readonly { status: ProgressStatus }[]): Summary => {
  const summary = Object.fromEntries(ProgressStatus.options.map((status) => [status, 0])) as Summary;
  for (const entry of entries) summary[entry.status] += 1;
  return summary;
};

export const planHeader = (plan: Plan): PlanProgressGroup['plan'] => ({
  id: plan.id,
  number: plan.number,
  type: plan.type,
  title: plan.title,
  issuer: plan.issuer,
  area: plan.area,
  period: plan.period,
  ...(plan.reporting ? { reporting: plan.reporting } : {}),
});

export const indicatorEntry = (
  indicator: Indicator,
  plan: Pick<Plan, 'period' | 'number' | 'signedDate'>,
  actuals: readonly Actual[],
  options: ProgressOptions,
  superseded: readonly TargetVersion[] = [],
): IndicatorProgressEntry => {
  const { indicatorId, trajectory, ...result } = computeProgress({
    indicator,
    period: plan.period,
    actuals: [...actuals],
    asOf: options.asOf,
    method: options.method,
    // An amended target: the version in force on asOf decides (docs/methodology.md §11.8).
    ...(superseded.length > 0 ? { targetVersions: targetHistory(indicator, plan, superseded) } : {}),
  });
  // A status resting on any demo figure is itself a demo: say so next to the status, not only on the actual.
  const illustrative = result.actuals.some((actual) => actual.illustrative === true);
  return {
    indicatorId,
    planId: indicator.planId,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    domain: indicator.domain,
    ...(indicator.departmentId ? { departmentId: indicator.departmentId } : {}),
    kind: indicator.kind,
    accumulation: indicator.accumulation,
    target: indicator.target,
    ...(indicator.baseline ? { baseline: indicator.baseline } : {}),
    ...result,
    ...(options.full ? { trajectory } : {}),
    ...(illustrative ? { illustrative: true as const } : {}),
  };
};

// Codes such as "II.2.10" sort after "II.2.9": compare digit runs as numbers. Built on first use,
// not at import: the first Intl object of a process costs ~15 ms (ICU), at cold start.
let byCodeCollator: Intl.Collator | undefined;
const byCode = () => (byCodeCollator ??= new Intl.Collator('en', { numeric: true }));

/** One plan's indicators graded and grouped by domain, in code order; domains in order of first code. */
export const planGroup = (
  plan: Plan,
  indicators: readonly Indicator[],
  actuals: readonly Actual[],
  options: ProgressOptions,
  targetVersions: readonly TargetVersion[] = [],
): PlanProgressGroup => {
  const versionsOf = Map.groupBy(targetVersions, (version) => version.indicatorId);
  const actualsOf = new Map<string, Actual[]>();
  for (const actual of actuals) {
    const list = actualsOf.get(actual.indicatorId) ?? [];
    list.push(actual);
    actualsOf.set(actual.indicatorId, list);
  }
  const sorted = [...indicators].sort((a, b) => byCode().compare(a.code, b.code) || a.id.localeCompare(b.id));
  const byDomain = new Map<string, IndicatorProgressEntry[]>();
  for (const indicator of sorted) {
    const entries = byDomain.get(indicator.domain) ?? [];
    entries.push(
      indicatorEntry(indicator, plan, actualsOf.get(indicator.id) ?? [], options, versionsOf.get(indicator.id)),
    );
    byDomain.set(indicator.domain, entries);
  }
  const domains = [...byDomain].map(([domain, entries]) => ({
    domain,
    summary: summarize(entries),
    indicators: entries,
  }));
  const all = domains.flatMap((group) => group.indicators);
  return {
    plan: planHeader(plan),
    summary: summarize(all),
    domains,
    ...(all.some((entry) => entry.illustrative) ? { illustrative: true as const } : {}),
  };
};
