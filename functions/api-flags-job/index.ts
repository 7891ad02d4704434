import { runFlagJobNow } from '#shared/api/flags.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { flagsRoutes } from '#shared/http/routes/flags.ts';

/** The admin's "run the flag job now": records the run and starts it in the background (shared/flags/launcher.ts). */
export const handler = apiFunction('api-flags-job', [flagsRoutes], {
  runFlagJobNow,
});
