import { departmentProgress, indicatorProgress, planProgress } from '#shared/api/progress/operations.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { progressRoutes } from '#shared/http/routes/progress.ts';

/** Progress as of a date, computed on read from the stored targets and actuals: read-only table access. */
export const handler = apiFunction('api-progress', [progressRoutes], {
  indicatorProgress,
  planProgress,
  departmentProgress,
});
