import type { Principal } from '#shared/auth/principal.ts';
import { unitExpired } from '#shared/domain/department.ts';
import { RuleViolation } from '#shared/domain/errors.ts';
import { provinceToday } from '#shared/flags/calendar.ts';
import type { Store } from '#shared/storage/port.ts';
import type { ReportStore } from '#shared/storage/report-port.ts';
import { refuseLocked } from './lock.ts';

/**
 * What every path that writes a unit's figures asks before writing (PUT of an actual, the import, a
 * task report, the unit's own report): a succeeded unit's token stops writing after its validTo
 * (403), and an accepted report locks the unit's values for its year (409, shared/reporting/lock.ts).
 */
export const refuseExpiredWriter = async (
  store: Pick<Store, 'getDepartment'>,
  principal: Principal | undefined,
  today: string = provinceToday(),
): Promise<void> => {
  if (principal?.role !== 'department' || !principal.departmentId) return;
  const department = await store.getDepartment(principal.departmentId);
  if (unitExpired(department, today)) {
    throw new RuleViolation(
      'forbidden',
      `Đơn vị '${principal.departmentId}' đã được kế nhiệm sau ngày ${department!.validTo}: không ghi được nữa / ` +
        `unit '${principal.departmentId}' was succeeded after ${department!.validTo} and no longer writes`,
      { members: { successorIds: department!.successorIds ?? [] } },
    );
  }
};

export const guardValueWrites = async (
  deps: { store: Pick<Store, 'getDepartment'>; reports: Pick<ReportStore, 'getReport'> },
  principal: Principal | undefined,
  refs: Parameters<typeof refuseLocked>[1],
): Promise<void> => {
  await refuseExpiredWriter(deps.store, principal);
  await refuseLocked(deps.reports, refs);
};
