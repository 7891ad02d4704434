import { getReportingStatus, getUnitReport, listUnitReportHistory } from '#shared/api/reports.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { reportsRoutes } from '#shared/http/routes/reports.ts';

/** The reporting cycle's public reads: read-only table access. */
export const handler = apiFunction('api-reports-read', [reportsRoutes], {
  getReportingStatus,
  getUnitReport,
  listUnitReportHistory,
});
