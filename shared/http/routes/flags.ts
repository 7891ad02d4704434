import * as f from '../flag-contracts.ts';
import type { Route } from '../route.ts';

/**
 * Flags (docs/design.md §5): a public read, and the admin's "run the job now". Two functions, so that
 * the public read keeps a read-only role and only the job may write flags and publish to SNS.
 */
export const flagsRoutes: Route[] = [
  { method: 'GET', path: '/flags', function: 'api-flags', access: 'public', summary: 'Flags, newest first: open (default) or resolved, by plan, department, type', query: f.FlagQuery, success: { status: 200, schema: f.FlagPage, description: 'a page of flags' }, tags: ['flags'] },
  { method: 'POST', path: '/jobs/flag-lagging', function: 'api-flags-job', access: 'admin', summary: 'Run the flag job now (it also runs daily at 01:00 Asia/Ho_Chi_Minh)', body: f.FlagJobRequest, bodyOptional: true, success: { status: 200, schema: f.FlagJobSummary, description: 'what the run did' }, tags: ['flags'] },
];
