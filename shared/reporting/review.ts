import type { ReportState, ReviewDecision } from '#shared/domain/report.ts';

/**
 * The review of a unit's report (DHIS2's approval), pure: from the report's state and the decision,
 * the state it leaves, `same` when the decision is already in force (a repeated accept answers 200
 * and writes nothing), or `refused` for a decision that does not apply to that state.
 */
export type ReviewOutcome = { kind: 'changed'; state: ReportState } | { kind: 'same' } | { kind: 'refused' };

const transitions: Record<ReviewDecision, { from: ReportState; to: ReportState }> = {
  accept: { from: 'submitted', to: 'accepted' },
  return: { from: 'submitted', to: 'returned' },
  reopen: { from: 'accepted', to: 'returned' },
};

export const reviewOutcome = (state: ReportState, decision: ReviewDecision): ReviewOutcome => {
  const { from, to } = transitions[decision];
  if (state === to) return { kind: 'same' };
  if (state === from) return { kind: 'changed', state: to };
  return { kind: 'refused' };
};

/** A unit writes its report in any state but accepted: an accepted report is reopened first. */
export const unitMayWrite = (state: ReportState | undefined): boolean => state !== 'accepted';
