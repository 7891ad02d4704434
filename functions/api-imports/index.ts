import { exportActuals } from '#shared/api/exports.ts';
import { postImport } from '#shared/api/imports.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { importsRoutes } from '#shared/http/routes/imports.ts';
import { tasksRoutes } from '#shared/http/routes/tasks.ts';
import { exportTasks } from '#shared/api/task-imports.ts';

/** Bulk actuals: imports (CSV or JSON, up to 10,000 rows, longer timeout) and the CSV exports (actuals, task reports) they round-trip with. */
export const handler = apiFunction('api-imports', [importsRoutes, tasksRoutes], {
  postImport,
  exportActuals,
  exportTasks,
});
