import { ExportQuery, ImportJson, ImportQuery, ImportResult } from '#shared/imports/contracts.ts';
import * as c from '../contracts.ts';
import type { Route } from '../route.ts';

/**
 * 10,000 rows with notes do not fit in 1 MiB. Lambda takes 6 MB per invocation, including the event
 * around the body, and a body API Gateway passes base64-encoded grows by a third: 4 MiB stays below.
 */
export const importMaxBodyBytes = 4 * 1024 * 1024;

/** Bulk import and CSV export of actuals (docs/imports.md). */
export const importsRoutes: Route[] = [
  { method: 'POST', path: '/imports', function: 'api-imports', access: 'owner', summary: 'Import actuals: CSV (indicatorId|planId+code, year, value, status, note) or JSON {rows}; ?dryRun=true checks only', query: ImportQuery, body: ImportJson, consumes: ['application/json', 'text/csv'], maxBodyBytes: importMaxBodyBytes, idempotent: true, throttle: { rateLimit: 5, burstLimit: 10 }, success: { status: 200, schema: ImportResult, description: 'counts of created, replaced and unchanged values' }, tags: ['actuals'] },
  { method: 'GET', path: '/plans/{planId}/actuals.csv', function: 'api-imports', access: 'public', summary: "A plan's actuals as CSV that imports back unchanged (?locale=vi: semicolons, decimal comma)", params: c.PlanParams, query: ExportQuery, success: { status: 200, description: 'text/csv', mediaType: 'text/csv' }, tags: ['actuals'] },
];
