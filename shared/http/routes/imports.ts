import { ExportQuery, ImportJson, ImportQuery, ImportResult } from '#shared/imports/contracts.ts';
import { xlsxMediaType } from '#shared/imports/xlsx-columns.ts';
import * as c from '../contracts.ts';
import { routeArea } from '../route.ts';

/**
 * 10,000 rows with notes do not fit in 1 MiB. Lambda takes 6 MB per invocation, including the event
 * around the body, and a body API Gateway passes base64-encoded grows by a third: 4 MiB stays below.
 */
export const importMaxBodyBytes = 4 * 1024 * 1024;

/** Bulk import and CSV export of actuals (docs/imports.md). */
export const importsRoutes = routeArea({
  postImport: {
    method: 'POST',
    path: '/imports',
    function: 'api-imports',
    access: 'owner',
    summary:
      'Import actuals: CSV (indicatorId|planId+code, year, value, status, note), the .xlsx template filled in, or JSON {rows}; ?dryRun=true checks only',
    description:
      'Every row is checked before anything is written, with the rules of PUT …/actuals/{year}; any bad row is a 422 listing every bad row, ' +
      "a row of another department's indicator a 403, and nothing is written. A row names its indicator by indicatorId, or by planId and code, " +
      'not both; an (indicator, year) appears once. At most 10,000 rows (413). CSV: UTF-8, Windows-1258 or UTF-16 with BOM (declared by charset or detected; ' +
      'another charset 415, bytes invalid in theirs 422), comma with decimal point, or semicolon or tab with decimal comma. ' +
      '.xlsx: the first sheet, columns by the field name in brackets in row 1 (GET /plans/{planId}/template.xlsx), rows without value, status or note skipped, ' +
      'errors naming sheet, row and cell; at most 24 MiB unpacked (docs/imports.md).',
    query: ImportQuery,
    body: ImportJson,
    consumes: ['application/json', 'text/csv', xlsxMediaType],
    maxBodyBytes: importMaxBodyBytes,
    idempotent: true,
    throttle: { rateLimit: 5, burstLimit: 10 },
    success: { status: 200, schema: ImportResult, description: 'counts of created, replaced and unchanged values' },
    tags: ['actuals'],
  },
  exportActuals: {
    method: 'GET',
    path: '/plans/{planId}/actuals.csv',
    function: 'api-imports',
    access: 'public',
    summary: "A plan's actuals as CSV that imports back unchanged (?locale=vi: semicolons, decimal comma)",
    description:
      "The plan's reported actuals (illustrative figures left out) in the import's own columns, so the file imports back unchanged.",
    params: c.PlanParams,
    query: ExportQuery,
    success: { status: 200, description: 'text/csv', mediaType: 'text/csv' },
    tags: ['actuals'],
  },
});
