import { health, openApi } from '#shared/api/meta.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { metaRoutes } from '#shared/http/routes/meta.ts';

export const handler = apiFunction('api-meta', [metaRoutes], {
  health,
  openApi,
});
