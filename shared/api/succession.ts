import { invalidFields, RuleViolation } from '#shared/domain/errors.ts';
import type { Indicator } from '#shared/domain/indicator.ts';
import type { Operation } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import type { reportsRoutes } from '#shared/http/routes/reports.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';
import { formerLead, planMoves, successorIssues } from '#shared/reporting/succession.ts';
import type { Store } from '#shared/storage/port.ts';
import { nowIso } from './changes.ts';
import { existingDepartments } from './departments.ts';

/** The most records one succession moves in a request: beyond it the work is no longer bounded by a request. */
export const maxSuccessionMoves = 2000;

const ledIndicators = async (store: Store, departmentId: string): Promise<Indicator[]> => {
  const indicators: Indicator[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listDepartmentIndicators(departmentId, { limit: 200, ...(cursor ? { cursor } : {}) });
    indicators.push(...page.items);
    cursor = page.nextCursor;
    if (indicators.length > maxSuccessionMoves)
      throw new RuleViolation('too-large', `Quá / more than ${maxSuccessionMoves} chỉ tiêu / indicators to move`, {
        members: { limit: maxSuccessionMoves },
      });
  } while (cursor);
  return indicators;
};

/**
 * POST /departments/{departmentId}/succession: records the successors and the last day, then moves
 * each indicator the unit leads to its successor, keeping the unit among its former leads. Every
 * check comes before the first write; a run cut short is finished by the same request again (the
 * moved indicators are no longer the unit's, the rest still are).
 */
export const succeedDepartment: Operation<typeof reportsRoutes.succeedDepartment> = async ({ params, body, store }) => {
  const unit = await store.getDepartment(params.departmentId);
  if (!unit) throw new HttpProblem(404, `Đơn vị / department '${params.departmentId}' không tồn tại / does not exist`);
  const issues = successorIssues(unit.id, body.successorIds, await existingDepartments(store, body.successorIds));
  const indicators = await ledIndicators(store, unit.id);
  const planned = planMoves(
    body,
    indicators.map((indicator) => ({ kind: 'indicator' as const, id: indicator.id, planId: indicator.planId })),
  );
  if (issues.length || planned.issues.length) throw invalidFields([...issues, ...planned.issues]);
  const now = nowIso();
  const department = await store.updateDepartment(unit.id, { successorIds: body.successorIds, validTo: body.validTo });
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  await mapLimit(planned.moves, 4, async (move) => {
    const indicator = byId.get(move.id)!;
    await store.updateIndicator(
      indicator,
      {
        departmentId: move.to,
        formerLeads: [...(indicator.formerLeads ?? []), formerLead(unit, body.validTo, now)],
        updatedAt: now,
      },
      [],
    );
  });
  return { status: 200, body: { department, moved: planned.moves } };
};
