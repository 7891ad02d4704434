import { putUnitReport, reviewUnitReport } from '#shared/api/reports.ts';
import { succeedDepartment } from '#shared/api/succession.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { reportsRoutes } from '#shared/http/routes/reports.ts';

/** The reporting cycle's writes: a unit's report, its review, a unit's succession. */
export const handler = apiFunction('api-reports', [reportsRoutes], {
  putUnitReport,
  reviewUnitReport,
  succeedDepartment,
});
