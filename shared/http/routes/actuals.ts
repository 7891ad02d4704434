import * as c from '../contracts.ts';
import { routeArea } from '../route.ts';

/** Yearly actuals and their revision history. */
export const actualsRoutes = routeArea({
  listActuals: {
    method: 'GET',
    path: '/indicators/{indicatorId}/actuals',
    function: 'api-read',
    access: 'public',
    summary: "An indicator's yearly actuals",
    description: 'The current value of every year reported so far, oldest year first.',
    params: c.IndicatorParams,
    success: { status: 200, schema: c.ActualList, description: 'actuals by year' },
    tags: ['actuals'],
  },
  getActual: {
    method: 'GET',
    path: '/indicators/{indicatorId}/actuals/{year}',
    function: 'api-read',
    access: 'public',
    summary: "One year's actual, with its ETag for If-Match",
    description:
      'The current value of one year; its ETag is what a correction sends as If-Match. 404 when the year has no value.',
    params: c.ActualParams,
    success: { status: 200, schema: c.Actual, description: 'the actual; ETag header' },
    tags: ['actuals'],
  },
  putActual: {
    method: 'PUT',
    path: '/indicators/{indicatorId}/actuals/{year}',
    function: 'api-actuals',
    access: 'owner',
    summary: "Post or correct a year's actual (If-Match to replace)",
    description:
      'Rules that need the indicator and its plan (422 naming the field): the year lies within [plan start − 10, plan end]; ' +
      "a milestone's value is true or false, a numeric indicator's a number within its min and max (0–100 for %). " +
      'A first value needs no If-Match (201); replacing one needs If-Match with its ETag (428 without, 412 when stale; 200). ' +
      'Only the owning department or the planning office may write (403).',
    params: c.ActualParams,
    body: c.ActualInput,
    success: { status: 201, schema: c.Actual, description: 'created (200 when replaced); ETag header' },
    tags: ['actuals'],
  },
  listHistory: {
    method: 'GET',
    path: '/indicators/{indicatorId}/actuals/{year}/history',
    function: 'api-read',
    access: 'public',
    summary: "Every revision of a year's actual, newest first",
    description: 'Every version written for the year, newest first, paged with limit and cursor.',
    params: c.ActualParams,
    query: c.PageQuery,
    success: { status: 200, schema: c.RevisionPage, description: 'revisions' },
    tags: ['actuals'],
  },
});
