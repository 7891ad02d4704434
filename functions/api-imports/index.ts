import { exportActuals } from '#shared/api/exports.ts';
import { postImport } from '#shared/api/imports.ts';
import { reportTemplate } from '#shared/api/workbooks.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { importsRoutes } from '#shared/http/routes/imports.ts';
import { workbooksRoutes } from '#shared/http/routes/workbooks.ts';
import { tasksRoutes } from '#shared/http/routes/tasks.ts';
import { exportTasks } from '#shared/api/task-imports.ts';

/** Bulk work: imports (CSV, .xlsx or JSON, up to 10,000 rows, longer timeout), the CSV exports (actuals, task reports) and the workbook they round-trip with. */
export const handler = apiFunction('api-imports', [importsRoutes, workbooksRoutes, tasksRoutes], {
  postImport,
  exportActuals,
  exportTasks,
  reportTemplate,
});
