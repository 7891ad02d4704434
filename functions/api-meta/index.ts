import { health, openApi } from '#shared/api/meta.ts';
import { apiFunction } from '#shared/http/api-function.ts';

export const handler = apiFunction('api-meta', {
  'GET /health': health,
  'GET /openapi.json': openApi,
});
