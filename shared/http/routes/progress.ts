import * as c from '../contracts.ts';
import * as p from '../progress-contracts.ts';
import { routeArea } from '../route.ts';

const asOfRule =
  'Only actuals of years up to asOf count; a bare year means its 31 December, no asOf means today in Asia/Ho_Chi_Minh.';

/** Progress as of a date (docs/methodology.md): one indicator, one plan, one department's indicators. */
export const progressRoutes = routeArea({
  indicatorProgress: {
    method: 'GET',
    path: '/indicators/{indicatorId}/progress',
    function: 'api-progress',
    access: 'public',
    summary: "An indicator's progress: status, ratio, target line, explanation",
    description: `The status the chosen method gives, the figures it used and an explanation in Vietnamese and English. ${asOfRule}`,
    params: c.IndicatorParams,
    query: p.IndicatorProgressQuery,
    success: { status: 200, schema: p.IndicatorProgressReport, description: 'the progress' },
    tags: ['progress'],
  },
  planProgress: {
    method: 'GET',
    path: '/plans/{planId}/progress',
    function: 'api-progress',
    access: 'public',
    summary: "A plan's progress: summary by status, indicators by domain (one read of the plan)",
    description: `How many indicators have each status, and each indicator's progress grouped by domain. ${asOfRule}`,
    params: c.PlanParams,
    query: p.GroupProgressQuery,
    success: { status: 200, schema: p.PlanProgress, description: 'the progress' },
    tags: ['progress'],
  },
  departmentProgress: {
    method: 'GET',
    path: '/departments/{departmentId}/progress',
    function: 'api-progress',
    access: 'public',
    summary: "A department's indicators' progress, by plan then domain",
    description: `The progress of the indicators the department owns, by plan then domain, with a summary by status. ${asOfRule}`,
    params: c.DepartmentParams,
    query: p.GroupProgressQuery,
    success: { status: 200, schema: p.DepartmentProgress, description: 'the progress' },
    tags: ['progress'],
  },
});
