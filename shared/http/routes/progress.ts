import * as c from '../contracts.ts';
import * as p from '../progress-contracts.ts';
import type { Route } from '../route.ts';

/** Progress as of a date (docs/methodology.md): one indicator, one plan, one department's indicators. */
export const progressRoutes: Route[] = [
  { method: 'GET', path: '/indicators/{indicatorId}/progress', function: 'api-progress', access: 'public', summary: "An indicator's progress: status, ratio, target line, explanation", params: c.IndicatorParams, query: p.IndicatorProgressQuery, success: { status: 200, schema: p.IndicatorProgressReport, description: 'the progress; 400 for an unknown method' }, tags: ['progress'] },
  { method: 'GET', path: '/plans/{planId}/progress', function: 'api-progress', access: 'public', summary: "A plan's progress: summary by status, indicators by domain (one read of the plan)", params: c.PlanParams, query: p.GroupProgressQuery, success: { status: 200, schema: p.PlanProgress, description: 'the progress; 400 for an unknown method' }, tags: ['progress'] },
  { method: 'GET', path: '/departments/{departmentId}/progress', function: 'api-progress', access: 'public', summary: "A department's indicators' progress, by plan then domain", params: c.DepartmentParams, query: p.GroupProgressQuery, success: { status: 200, schema: p.DepartmentProgress, description: 'the progress; 400 for an unknown method' }, tags: ['progress'] },
];
