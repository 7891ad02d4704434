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
      'The scheduled run, started now in the background: opens and resolves flags as of asOf (today or earlier) and notifies departments once per flag. ' +
      'Answers 202 at once with the run, whose Location GET /jobs/flag-lagging/{runId} reads until its status is done (with the summary) or failed; ' +
      '503 with Retry-After when the run could not be started. The body may be absent (as {}).',
    body: f.FlagJobRequest,
    bodyOptional: true,
    success: { status: 202, schema: f.FlagJobRun, description: 'the run, started' },
    tags: ['flags'],
  },
  getFlagJobRun: {
    method: 'GET',
    path: '/jobs/flag-lagging/{runId}',
    function: 'api-flags',
    access: 'public',
    summary: 'A run of the flag job started with POST /jobs/flag-lagging: running, done (with its summary) or failed',
    description:
      'The record of one run started over HTTP: running until it finishes, then done with what it did (opened, resolved, notified, errors, failedPlans) or failed with the error. Kept for a week.',
    params: f.FlagJobRunParams,
    success: { status: 200, schema: f.FlagJobRun, description: 'the run' },
    tags: ['flags'],
  },
});
