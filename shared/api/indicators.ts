import type { Indicator, IndicatorInput } from '#shared/domain/indicator.ts';
import { IndicatorInput as IndicatorRules } from '#shared/domain/indicator.ts';
import type { Operation } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import type { catalogRoutes } from '#shared/http/routes/catalog.ts';
import { parsePart } from '#shared/http/validation.ts';
import { NotFound } from '#shared/storage/errors.ts';
import type { IndicatorWithActuals, Store } from '#shared/storage/port.ts';
import { supersededBy } from '#shared/targets/versions.ts';
import { nowIso, splitPatch } from './changes.ts';

const unknownDepartment = (departmentId: string) =>
  new HttpProblem(422, `Sở/ngành / department '${departmentId}' không tồn tại / does not exist`, {
    errors: [{ in: 'body', field: 'departmentId', pointer: '/departmentId', message: 'unknown department' }],
  });

/** Every route under /indicators/{indicatorId} starts here. */
export const findIndicator = async ({
  params,
  store,
}: {
  params: { indicatorId: string };
  store: Store;
}): Promise<IndicatorWithActuals> => {
  const found = await store.getIndicator(params.indicatorId);
  if (!found) throw new HttpProblem(404, `Chỉ tiêu / indicator '${params.indicatorId}' không tồn tại / does not exist`);
  return found;
};

export const byYear = <T extends { year: number }>(items: T[]) => [...items].sort((a, b) => a.year - b.year);

/**
 * Indicators as the body gives them (validated by IndicatorInput), stored in one transaction: the one
 * path of POST /plans/{planId}/indicators and of its batch (shared/api/drafts.ts).
 */
export const createIndicatorsOf = async (
  store: Store,
  planId: string,
  inputs: IndicatorInput[],
): Promise<Indicator[]> => {
  const now = nowIso();
  const indicators: Indicator[] = inputs.map((input) => ({ ...input, planId, createdAt: now, updatedAt: now }));
  try {
    if (indicators.length === 1) await store.createIndicator(indicators[0]!);
    else await store.createIndicators(planId, indicators);
  } catch (error) {
    if (error instanceof NotFound && error.entity === 'department') throw unknownDepartment(error.id);
    throw error;
  }
  return indicators;
};

export const createIndicator: Operation<typeof catalogRoutes.createIndicator> = async ({ params, body, store }) => {
  const [indicator] = await createIndicatorsOf(store, params.planId, [body]);
  return { status: 201, body: indicator, headers: { location: `/indicators/${indicator!.id}` } };
};

export const listPlanIndicators: Operation<typeof catalogRoutes.listPlanIndicators> = async ({
  params,
  query,
  store,
}) => {
  const page = await store.listPlanIndicators(params.planId, query);
  // An empty first page may mean the plan does not exist; only then is the extra read worth it.
  if (page.items.length === 0 && !query.cursor && !(await store.getPlan(params.planId))) {
    throw new HttpProblem(404, `Kế hoạch / plan '${params.planId}' không tồn tại / does not exist`);
  }
  return { status: 200, body: page };
};

export const getIndicator: Operation<typeof catalogRoutes.getIndicator> = async (request) => {
  const { indicator, actuals } = await findIndicator(request);
  return { status: 200, body: { ...indicator, actuals: byYear(actuals) } };
};

/**
 * A new target carries its amendment (the schema says so): the indicator keeps the amendment in
 * force, and the target it replaces is stored as a version in the same transaction, so the old
 * target is never lost and progress as of an earlier day still uses it (shared/targets/versions.ts).
 */
export const patchIndicator: Operation<typeof catalogRoutes.patchIndicator> = async (request) => {
  const { indicator, targetVersions } = await findIndicator(request);
  const { changes, removals } = splitPatch<Indicator>(request.body);
  // The merged indicator must still obey the cross-field rules (a milestone's target is boolean, …).
  const merged: Record<string, unknown> = { ...indicator, ...changes };
  for (const field of removals) delete merged[field];
  const { planId: _p, createdAt: _c, updatedAt: _u, amendment: _a, ...candidate } = merged;
  parsePart(IndicatorRules, candidate, 'body');
  if (changes.departmentId && !(await request.store.getDepartment(changes.departmentId))) {
    throw unknownDepartment(changes.departmentId);
  }
  const now = nowIso();
  if (changes.target && changes.amendment) {
    const plan = await request.store.getPlan(indicator.planId);
    if (!plan) throw new HttpProblem(404, `Kế hoạch / plan '${indicator.planId}' không tồn tại / does not exist`);
    const superseded = supersededBy(indicator, plan, targetVersions ?? [], changes.amendment, now);
    const amended = await request.store.amendIndicator(indicator, { ...changes, updatedAt: now }, removals, superseded);
    return { status: 200, body: amended };
  }
  const updated = await request.store.updateIndicator(indicator, { ...changes, updatedAt: now }, removals);
  return { status: 200, body: updated };
};
