import { putActual } from '#shared/api/actuals.ts';
import { apiFunction } from '#shared/http/api-function.ts';

/** Departments' yearly values: the one write path that departments themselves use. */
export const handler = apiFunction('api-actuals', {
  'PUT /indicators/{indicatorId}/actuals/{year}': putActual,
});
