import { listFlags } from '#shared/api/flags.ts';
import { apiFunction } from '#shared/http/api-function.ts';

/** The public read of flags: read-only table access. */
export const handler = apiFunction('api-flags', {
  'GET /flags': listFlags,
});
