import { createDepartment } from '#shared/api/departments.ts';
import { createIndicator, patchIndicator } from '#shared/api/indicators.ts';
import { createPlan, patchPlan } from '#shared/api/plans.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { catalogRoutes } from '#shared/http/routes/catalog.ts';

/** The planning office's writes: plans, their indicators, departments. */
export const handler = apiFunction('api-catalog', [catalogRoutes], {
  createPlan,
  patchPlan,
  createIndicator,
  patchIndicator,
  createDepartment,
});
