import { putActual } from '#shared/api/actuals.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { actualsRoutes } from '#shared/http/routes/actuals.ts';

/** Departments' yearly values: the one write path that departments themselves use. */
export const handler = apiFunction('api-actuals', [actualsRoutes], {
  putActual,
});
