import { invalidFields } from '#shared/domain/errors.ts';
import type { Indicator, TargetAmendment, TargetVersion } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';

/**
 * An indicator's targets over time (docs/methodology.md §11.8). Only superseded targets are stored
 * as versions (in the indicator's plan partition); the one in force is the indicator's own target,
 * from its amendment's date — or, never amended, from the plan's signing day under the plan's number.
 */
export const currentVersion = (
  indicator: Pick<Indicator, 'id' | 'target' | 'amendment' | 'updatedAt'>,
  plan: Pick<Plan, 'number' | 'signedDate'>,
  superseded: readonly TargetVersion[],
): TargetVersion => ({
  indicatorId: indicator.id,
  version: superseded.length + 1,
  target: indicator.target,
  validFrom: indicator.amendment?.date ?? plan.signedDate,
  document: indicator.amendment?.document ?? plan.number,
  recordedAt: indicator.updatedAt,
});

/** Every version, oldest first: the superseded ones, then the one in force. */
export const targetHistory = (
  indicator: Pick<Indicator, 'id' | 'target' | 'amendment' | 'updatedAt'>,
  plan: Pick<Plan, 'number' | 'signedDate'>,
  superseded: readonly TargetVersion[],
): TargetVersion[] => {
  const older = [...superseded].sort((a, b) => a.version - b.version);
  return [...older, currentVersion(indicator, plan, older)];
};

/**
 * The version an amendment retires: the target in force until now, closed on the amendment's
 * date. An amendment cannot come into force before the target it replaces did — the versions
 * would no longer follow each other — so that is a 422 naming amendment.date.
 */
export const supersededBy = (
  indicator: Pick<Indicator, 'id' | 'target' | 'amendment' | 'updatedAt'>,
  plan: Pick<Plan, 'number' | 'signedDate'>,
  superseded: readonly TargetVersion[],
  amendment: TargetAmendment,
  now: string,
): TargetVersion => {
  const current = currentVersion(indicator, plan, superseded);
  if (amendment.date < current.validFrom) {
    throw invalidFields([
      {
        in: 'body',
        field: 'amendment.date',
        pointer: '/amendment/date',
        message: `must not be before ${current.validFrom}, when the target it replaces came into force (${current.document})`,
        messageVi: `không được trước ngày ${current.validFrom}, ngày chỉ tiêu đang áp dụng có hiệu lực (${current.document})`,
      },
    ]);
  }
  return { ...current, validUntil: amendment.date, recordedAt: now };
};
