import { exportActuals } from '#shared/api/exports.ts';
import { postImport } from '#shared/api/imports.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { importsRoutes } from '#shared/http/routes/imports.ts';

/** Bulk actuals: imports (CSV or JSON, up to 10,000 rows, longer timeout) and the CSV export they round-trip with. */
export const handler = apiFunction('api-imports', [importsRoutes], {
  postImport,
  exportActuals,
});
