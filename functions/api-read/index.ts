import { getActual, listActuals, listHistory } from '#shared/api/actuals.ts';
import { listDepartments } from '#shared/api/departments.ts';
import { getIndicator, listPlanIndicators } from '#shared/api/indicators.ts';
import { getPlan, listPlans } from '#shared/api/plans.ts';
import { getTask, getTaskReport, listPlanTasks, listTaskHistory } from '#shared/api/tasks.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { catalogRoutes } from '#shared/http/routes/catalog.ts';
import { actualsRoutes } from '#shared/http/routes/actuals.ts';
import { tasksRoutes } from '#shared/http/routes/tasks.ts';
import { listTargetVersions } from '#shared/api/targets.ts';
import { targetsRoutes } from '#shared/http/routes/targets.ts';

/** Every public read of plans, departments, indicators, target versions, actuals and tasks: read-only table access. */
export const handler = apiFunction('api-read', [catalogRoutes, actualsRoutes, tasksRoutes, targetsRoutes], {
  listPlans,
  getPlan,
  listPlanIndicators,
  listDepartments,
  getIndicator,
  listActuals,
  getActual,
  listHistory,
  listPlanTasks,
  getTask,
  getTaskReport,
  listTaskHistory,
  listTargetVersions,
});
