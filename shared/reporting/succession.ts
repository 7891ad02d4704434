import type { Department } from '#shared/domain/department.ts';
import type { FieldIssue } from '#shared/domain/errors.ts';
import type { FormerLead, SuccessionInput, SuccessionMove } from '#shared/domain/succession.ts';

/**
 * Succession (docs/reporting.md): the 2025 reorganisation merged departments and abolished
 * districts. A unit names its successors and its last day; each indicator (and task) it leads moves
 * to the successor named for it, keeping the unit among its former leads; after `validTo` the
 * unit's tokens stop writing (shared/reporting/write-guard.ts).
 */

/** A successor must exist and must not be the unit itself: every broken one named (422). */
export const successorIssues = (
  unitId: string,
  successorIds: readonly string[],
  exists: ReadonlySet<string>,
): FieldIssue[] =>
  successorIds.flatMap((id, i): FieldIssue[] => {
    const where = { in: 'body' as const, field: `successorIds.${i}`, pointer: `/successorIds/${i}` };
    if (id === unitId)
      return [{ ...where, message: 'a unit does not succeed itself', messageVi: 'đơn vị không kế nhiệm chính nó' }];
    if (!exists.has(id))
      return [{ ...where, message: `unknown department '${id}'`, messageVi: `không có đơn vị '${id}'` }];
    return [];
  });

/** What a unit leads, as far as succession needs it. */
export interface Led {
  kind: SuccessionMove['kind'];
  id: string;
  planId: string;
}

/**
 * Pure: who takes each record the unit leads. With one successor, that one; with several, the one
 * `assign` names, and every record must be named. An assignment to someone who is no successor, or
 * of a record the unit does not lead, is refused.
 */
export const planMoves = (
  input: Pick<SuccessionInput, 'successorIds' | 'assign'>,
  led: readonly Led[],
): { moves: SuccessionMove[]; issues: FieldIssue[] } => {
  const issues: FieldIssue[] = [];
  const assign = input.assign ?? {};
  const ledIds = new Set(led.map((record) => record.id));
  for (const [id, to] of Object.entries(assign)) {
    const where = { in: 'body' as const, field: `assign.${id}`, pointer: `/assign/${id}` };
    if (!ledIds.has(id))
      issues.push({
        ...where,
        message: `the unit leads no indicator or task '${id}'`,
        messageVi: `đơn vị không chủ trì '${id}'`,
      });
    else if (!input.successorIds.includes(to))
      issues.push({
        ...where,
        message: `'${to}' is not among successorIds`,
        messageVi: `'${to}' không thuộc successorIds`,
      });
  }
  const only = input.successorIds.length === 1 ? input.successorIds[0] : undefined;
  const unassigned = led.filter((record) => !assign[record.id] && !only);
  if (unassigned.length) {
    issues.push({
      in: 'body',
      field: 'assign',
      pointer: '/assign',
      message: `with several successors each record needs one: ${unassigned
        .slice(0, 20)
        .map((r) => r.id)
        .join(', ')}${unassigned.length > 20 ? ', …' : ''}`,
      messageVi: 'có nhiều đơn vị kế nhiệm: cần chỉ định đơn vị cho từng chỉ tiêu, nhiệm vụ',
    });
  }
  if (issues.length) return { moves: [], issues };
  return { moves: led.map((record) => ({ ...record, to: assign[record.id] ?? only! })), issues };
};

/** The former-lead entry a moved record gains. */
export const formerLead = (unit: Pick<Department, 'id'>, validTo: string, movedAt: string): FormerLead => ({
  departmentId: unit.id,
  until: validTo,
  movedAt,
});
