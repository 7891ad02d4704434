import type { Operation } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import type { targetsRoutes } from '#shared/http/routes/targets.ts';
import { targetHistory } from '#shared/targets/versions.ts';
import { findIndicator } from './indicators.ts';

/** Two reads: the indicator with its actuals and superseded targets (GSI2), then its plan (GetItem). */
export const listTargetVersions: Operation<typeof targetsRoutes.listTargetVersions> = async (request) => {
  const { indicator, targetVersions } = await findIndicator(request);
  const plan = await request.store.getPlan(indicator.planId);
  if (!plan) throw new HttpProblem(404, `Kế hoạch / plan '${indicator.planId}' không tồn tại / does not exist`);
  return {
    status: 200,
    body: { indicatorId: indicator.id, items: targetHistory(indicator, plan, targetVersions ?? []) },
  };
};
