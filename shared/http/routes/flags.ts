import * as f from '../flag-contracts.ts';
import { routeArea } from '../route.ts';

/**
 * Flags (docs/design.md §5): a public read, and the admin's "run the job now". Two functions, so that
 * the public read keeps a read-only role and only the job may write flags and publish to SNS.
 */
export const flagsRoutes = routeArea({
  listFlags: {
    method: 'GET',
    path: '/flags',
    function: 'api-flags',
    access: 'public',
    summary: 'Flags, newest first: open (default) or resolved, by plan, department, type',
    description:
      'Open flags by default, resolved ones with status=resolved; narrowed by plan, department and type, paged with limit and cursor.',
    query: f.FlagQuery,
    success: { status: 200, schema: f.FlagPage, description: 'a page of flags' },
    tags: ['flags'],
  },
  runFlagJobNow: {
    method: 'POST',
    path: '/jobs/flag-lagging',
    function: 'api-flags-job',
    access: 'admin',
    summary: 'Run the flag job now (it also runs daily at 01:00 Asia/Ho_Chi_Minh)',
    description:
      'The scheduled run, now: opens and resolves flags as of asOf and notifies departments once per flag. The body may be absent (as {}).',
    body: f.FlagJobRequest,
    bodyOptional: true,
    success: { status: 200, schema: f.FlagJobSummary, description: 'what the run did' },
    tags: ['flags'],
  },
});
