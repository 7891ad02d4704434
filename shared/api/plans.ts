import type { Plan, PlanInput, PlanPatch } from '#shared/domain/plan.ts';
import type { Operation } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import { nowIso, splitPatch } from './changes.ts';

export const createPlan: Operation = async ({ body, store }) => {
  const input = body as PlanInput;
  const now = nowIso();
  const plan: Plan = { ...input, createdAt: now, updatedAt: now };
  await store.createPlan(plan);
  return { status: 201, body: plan, headers: { location: `/plans/${plan.id}` } };
};

export const listPlans: Operation = async ({ query, store }) => ({ status: 200, body: await store.listPlans(query) });

export const getPlan: Operation = async ({ params, store }) => {
  const plan = await store.getPlan(params.planId);
  if (!plan) throw new HttpProblem(404, `Kế hoạch / plan '${params.planId}' không tồn tại / does not exist`);
  return { status: 200, body: plan };
};

export const patchPlan: Operation = async ({ params, body, store }) => {
  const { changes, removals } = splitPatch<Plan>(body as PlanPatch);
  const plan = await store.updatePlan(params.planId, { ...changes, updatedAt: nowIso() }, removals);
  return { status: 200, body: plan };
};
