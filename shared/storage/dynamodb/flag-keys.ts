import { flagSlot, type Flag, type FlagStatus } from '#shared/domain/flag.ts';
import { planPartition } from './keys.ts';

/**
 * Where flags live (docs/data-model.md). An open flag sits in its plan's partition, keyed by its
 * slot: the job reads it with the plan in the same Query, and the key itself is the "one open flag
 * per slot" guarantee. Once resolved it moves to a partition of its own, so history never weighs
 * on the plan's read.
 */
export const openFlagKey = (flag: Pick<Flag, 'planId' | 'indicatorId' | 'type' | 'year'>) => ({
  PK: planPartition(flag.planId),
  SK: `FLAG#${flagSlot(flag)}`,
});

export const resolvedFlagKey = (flagId: string) => ({ PK: `FLAG#${flagId}`, SK: '#FLAG' });

/** What an open flag's slot item is while open, and once its flag is resolved (kept for a re-opening, in no list). */
export const openSlotEntity = 'flag';
export const resolvedSlotEntity = 'flag-resolved';

/** Newest first within each list: the sort key starts with openedAt (ISO, so it sorts as time). */
const listSortKey = (flag: Pick<Flag, 'openedAt' | 'id'>) => `${flag.openedAt}#${flag.id}`;

export const allFlagsPartition = (status: FlagStatus) => `FLAGS#${status}`;
export const planFlagsPartition = (planId: string, status: FlagStatus) => `FLAGS#PLAN#${planId}#${status}`;
export const departmentFlagsPartition = (departmentId: string, status: FlagStatus) =>
  `FLAGS#DEPT#${departmentId}#${status}`;

/** The three list entries of a flag: all flags (GSI1), a plan's (GSI2), a department's (GSI3, when it has one). */
export const flagListKeys = (flag: Pick<Flag, 'openedAt' | 'id' | 'planId' | 'departmentId' | 'status'>) => {
  const sort = listSortKey(flag);
  return {
    GSI1PK: allFlagsPartition(flag.status),
    GSI1SK: sort,
    GSI2PK: planFlagsPartition(flag.planId, flag.status),
    GSI2SK: sort,
    ...(flag.departmentId ? { GSI3PK: departmentFlagsPartition(flag.departmentId, flag.status), GSI3SK: sort } : {}),
  };
};
