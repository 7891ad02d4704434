import * as c from '../contracts.ts';
import type { Route } from '../route.ts';

/** Plans, departments and indicators: public reads, admin writes. */
export const catalogRoutes: Route[] = [
  { method: 'GET', path: '/plans', function: 'api-read', access: 'public', summary: 'List plans', query: c.PageQuery, success: { status: 200, schema: c.PlanPage, description: 'a page of plans' }, tags: ['plans'] },
  { method: 'POST', path: '/plans', function: 'api-catalog', access: 'admin', idempotent: true, summary: 'Create a plan', body: c.PlanInput, success: { status: 201, schema: c.Plan, description: 'created' }, tags: ['plans'] },
  { method: 'GET', path: '/plans/{planId}', function: 'api-read', access: 'public', summary: 'One plan', params: c.PlanParams, success: { status: 200, schema: c.Plan, description: 'the plan' }, tags: ['plans'] },
  { method: 'PATCH', path: '/plans/{planId}', function: 'api-catalog', access: 'admin', summary: 'Change a plan', params: c.PlanParams, body: c.PlanPatch, success: { status: 200, schema: c.Plan, description: 'the changed plan' }, tags: ['plans'] },
  { method: 'GET', path: '/plans/{planId}/indicators', function: 'api-read', access: 'public', summary: "A plan's indicators", params: c.PlanParams, query: c.PageQuery, success: { status: 200, schema: c.IndicatorPage, description: 'a page of indicators' }, tags: ['indicators'] },
  { method: 'POST', path: '/plans/{planId}/indicators', function: 'api-catalog', access: 'admin', idempotent: true, summary: 'Add an indicator (a target) to a plan', params: c.PlanParams, body: c.IndicatorInput, success: { status: 201, schema: c.Indicator, description: 'created' }, tags: ['indicators'] },
  { method: 'GET', path: '/departments', function: 'api-read', access: 'public', summary: 'List departments', query: c.PageQuery, success: { status: 200, schema: c.DepartmentPage, description: 'a page of departments' }, tags: ['departments'] },
  { method: 'POST', path: '/departments', function: 'api-catalog', access: 'admin', idempotent: true, summary: 'Create a department', body: c.DepartmentInput, success: { status: 201, schema: c.Department, description: 'created' }, tags: ['departments'] },
  { method: 'GET', path: '/indicators/{indicatorId}', function: 'api-read', access: 'public', summary: 'One indicator with its actuals', params: c.IndicatorParams, success: { status: 200, schema: c.IndicatorDetail, description: 'the indicator' }, tags: ['indicators'] },
  { method: 'PATCH', path: '/indicators/{indicatorId}', function: 'api-catalog', access: 'admin', summary: 'Change an indicator', params: c.IndicatorParams, body: c.IndicatorPatch, success: { status: 200, schema: c.Indicator, description: 'the changed indicator' }, tags: ['indicators'] },
];
