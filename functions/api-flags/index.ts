import { getFlagJobRun, listFlags } from '#shared/api/flags.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { flagsRoutes } from '#shared/http/routes/flags.ts';

/** The public read of flags: read-only table access. */
export const handler = apiFunction('api-flags', [flagsRoutes], {
  listFlags,
  getFlagJobRun,
});
