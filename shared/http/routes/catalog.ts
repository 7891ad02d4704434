import * as c from '../contracts.ts';
import { routeArea } from '../route.ts';

/** Plans, departments and indicators: public reads, admin writes. */
export const catalogRoutes = routeArea({
  listPlans: {
    method: 'GET',
    path: '/plans',
    function: 'api-read',
    access: 'public',
    summary: 'List plans',
    description: 'Every plan, paged with limit and cursor.',
    query: c.PageQuery,
    success: { status: 200, schema: c.PlanPage, description: 'a page of plans' },
    tags: ['plans'],
  },
  createPlan: {
    method: 'POST',
    path: '/plans',
    function: 'api-catalog',
    access: 'admin',
    idempotent: true,
    summary: 'Create a plan',
    description:
      'The id is chosen by the client (409 when it exists). The period runs from startYear to endYear, startYear not after endYear. ' +
      "The reporting rule's toDepartmentId and units name departments that exist (422).",
    body: c.PlanInput,
    success: { status: 201, schema: c.Plan, description: 'created' },
    tags: ['plans'],
  },
  getPlan: {
    method: 'GET',
    path: '/plans/{planId}',
    function: 'api-read',
    access: 'public',
    summary: 'One plan',
    description: 'The plan document: number, type, issuer, period and reporting rule.',
    params: c.PlanParams,
    success: { status: 200, schema: c.Plan, description: 'the plan' },
    tags: ['plans'],
  },
  patchPlan: {
    method: 'PATCH',
    path: '/plans/{planId}',
    function: 'api-catalog',
    access: 'admin',
    summary: 'Change a plan',
    description:
      'At least one field; the fields sent replace the stored ones, null clears an optional field. The period keeps startYear not after endYear; ' +
      "the reporting rule's toDepartmentId and units name departments that exist (422).",
    params: c.PlanParams,
    body: c.PlanPatch,
    success: { status: 200, schema: c.Plan, description: 'the changed plan' },
    tags: ['plans'],
  },
  listPlanIndicators: {
    method: 'GET',
    path: '/plans/{planId}/indicators',
    function: 'api-read',
    access: 'public',
    summary: "A plan's indicators",
    description: "The plan's indicators, paged with limit and cursor; 404 when the plan does not exist.",
    params: c.PlanParams,
    query: c.PageQuery,
    success: { status: 200, schema: c.IndicatorPage, description: 'a page of indicators' },
    tags: ['indicators'],
  },
  createIndicator: {
    method: 'POST',
    path: '/plans/{planId}/indicators',
    function: 'api-catalog',
    access: 'admin',
    idempotent: true,
    summary: 'Add an indicator (a target) to a plan',
    description:
      'The id is chosen by the client (409 when it exists); the plan must exist (404) and the department too (422). ' +
      "A milestone's target is true with comparator '=', a numeric indicator's target a number; min is not above max.",
    params: c.PlanParams,
    body: c.IndicatorInput,
    success: { status: 201, schema: c.Indicator, description: 'created' },
    tags: ['indicators'],
  },
  listDepartments: {
    method: 'GET',
    path: '/departments',
    function: 'api-read',
    access: 'public',
    summary: 'List departments',
    description: 'Every department, paged with limit and cursor.',
    query: c.PageQuery,
    success: { status: 200, schema: c.DepartmentPage, description: 'a page of departments' },
    tags: ['departments'],
  },
  createDepartment: {
    method: 'POST',
    path: '/departments',
    function: 'api-catalog',
    access: 'admin',
    idempotent: true,
    summary: 'Create a department',
    description:
      'The id is chosen by the client (409 when it exists); kind is department (Sở), district (UBND huyện) or agency. ' +
      'successorIds (with validTo) name the units that succeeded it: each must exist and not be the unit itself (422); POST /departments/{departmentId}/succession moves its indicators.',
    body: c.DepartmentInput,
    success: { status: 201, schema: c.Department, description: 'created' },
    tags: ['departments'],
  },
  getIndicator: {
    method: 'GET',
    path: '/indicators/{indicatorId}',
    function: 'api-read',
    access: 'public',
    summary: 'One indicator with its actuals',
    description: 'The indicator, its target and source, with the current value of every reported year.',
    params: c.IndicatorParams,
    success: { status: 200, schema: c.IndicatorDetail, description: 'the indicator' },
    tags: ['indicators'],
  },
  patchIndicator: {
    method: 'PATCH',
    path: '/indicators/{indicatorId}',
    function: 'api-catalog',
    access: 'admin',
    summary: 'Change an indicator',
    description:
      'At least one field; the fields sent replace the stored ones, null clears an optional field. The indicator as changed must still obey ' +
      "the creation rules (a milestone's target true with '=', a numeric target a number, min not above max); a new departmentId must exist (422). " +
      'A new target must carry amendment {document, date} (422 without; 422 when its date is before the target in force came into force): ' +
      'the old target is kept as a version (GET /indicators/{indicatorId}/targets) and progress as of an earlier day still uses it.',
    params: c.IndicatorParams,
    body: c.IndicatorPatch,
    success: { status: 200, schema: c.Indicator, description: 'the changed indicator' },
    tags: ['indicators'],
  },
});
