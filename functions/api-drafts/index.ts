import { createIndicatorsBatch, draftTargetsFromText } from '#shared/api/drafts.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { draftsRoutes } from '#shared/http/routes/drafts.ts';

/** From a plan's text to its indicators: drafting (up to 2 MiB of text, pure) and the all-or-nothing batch create. */
export const handler = apiFunction('api-drafts', [draftsRoutes], {
  draftTargets: draftTargetsFromText,
  createIndicatorsBatch,
});
