/**
 * The plan progress answer ({plan, summary, domains: [{domain, summary, indicators}]}) read into
 * one flat list of entries: the page filters them, then regroups by domain.
 */
import { countStatuses, emptyCounts, statusOrder } from './shape.ts';
import type { PlanHeader, PlanProgress, ProgressEntry, StatusCounts } from './types.ts';

interface PlanProgressAnswer {
  plan: PlanHeader;
  asOf?: string;
  summary?: Partial<StatusCounts>;
  domains?: { domain: string; indicators?: ProgressEntry[] }[];
  illustrative?: boolean;
}

/** Every status present (0 when the answer left it out), so every plan draws the same legend. */
export const fullCounts = (summary: Partial<StatusCounts> | undefined): StatusCounts => {
  const counts = emptyCounts();
  for (const status of statusOrder) counts[status] = summary?.[status] ?? 0;
  return counts;
};

export const normalizePlanProgress = (answer: PlanProgressAnswer): PlanProgress => {
  const entries = (answer.domains ?? []).flatMap((group) =>
    (group.indicators ?? []).map((entry) => ({ ...entry, domain: entry.domain ?? group.domain })),
  );
  return {
    plan: answer.plan,
    ...(answer.asOf ? { asOf: answer.asOf } : {}),
    summary: answer.summary ? fullCounts(answer.summary) : countStatuses(entries.map((e) => e.status)),
    entries,
    illustrative: answer.illustrative === true || entries.some((e) => e.illustrative === true),
  };
};
