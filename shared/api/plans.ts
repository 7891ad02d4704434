import type { Plan } from '#shared/domain/plan.ts';
import type { Operation } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import type { catalogRoutes } from '#shared/http/routes/catalog.ts';
import { nowIso, splitPatch } from './changes.ts';
import { refuseUnknownReportingUnits } from './departments.ts';

export const createPlan: Operation<typeof catalogRoutes.createPlan> = async ({ body, store }) => {
  await refuseUnknownReportingUnits(store, body.reporting);
  const now = nowIso();
  const plan: Plan = { ...body, createdAt: now, updatedAt: now };
  await store.createPlan(plan);
  return { status: 201, body: plan, headers: { location: `/plans/${plan.id}` } };
};

export const listPlans: Operation<typeof catalogRoutes.listPlans> = async ({ query, store }) => ({
  status: 200,
  body: await store.listPlans(query),
});

export const getPlan: Operation<typeof catalogRoutes.getPlan> = async ({ params, store }) => {
  const plan = await store.getPlan(params.planId);
  if (!plan) throw new HttpProblem(404, `Kế hoạch / plan '${params.planId}' không tồn tại / does not exist`);
  return { status: 200, body: plan };
};

export const patchPlan: Operation<typeof catalogRoutes.patchPlan> = async ({ params, body, store }) => {
  await refuseUnknownReportingUnits(store, body.reporting ?? undefined);
  const { changes, removals } = splitPatch<Plan>(body);
  const plan = await store.updatePlan(params.planId, { ...changes, updatedAt: nowIso() }, removals);
  return { status: 200, body: plan };
};
