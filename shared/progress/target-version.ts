import type { TargetVersion } from '#shared/domain/indicator.ts';

/**
 * The target in force on a date: the latest version whose validFrom is not after it. Before the
 * first version came into force (asOf before the plan was signed) the first one is used: a plan's
 * targets are what it is judged against, even when asked about an earlier day. Ties on validFrom
 * go to the higher version (amended twice on one day: the later act holds).
 */
export const versionInForce = (versions: readonly TargetVersion[], asOf: string): TargetVersion | undefined => {
  const sorted = [...versions].sort((a, b) =>
    a.validFrom === b.validFrom ? a.version - b.version : a.validFrom < b.validFrom ? -1 : 1,
  );
  let inForce = sorted[0];
  for (const v of sorted) if (v.validFrom <= asOf) inForce = v;
  return inForce;
};
