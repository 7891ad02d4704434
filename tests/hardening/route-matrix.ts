import type { Access, OperationId } from '#shared/http/route-table.ts';
import * as fixtures from '../support/fixtures.ts';
import type { World } from './world.ts';

/** Who calls: no token, a token that is not one, an expired one, the owning department, another department, the planning office. */
export const callers = ['anonymous', 'garbage', 'expired', 'owner', 'other', 'admin'] as const;
export type Caller = (typeof callers)[number];

export interface SampleRequest {
  path: string;
  body?: unknown;
}

export interface MatrixRow {
  /** A request that succeeds for whoever may make it; `n` is fresh per call, for new ids. */
  request: (world: World, caller: Caller, n: number) => SampleRequest;
  expected: Record<Caller, number>;
}

/** Public reads ignore whatever token comes along: API Gateway has no authorizer on them. */
const open = (status = 200): Record<Caller, number> => ({
  anonymous: status,
  garbage: status,
  expired: status,
  owner: status,
  other: status,
  admin: status,
});
const adminOnly = (status: number): Record<Caller, number> => ({
  anonymous: 401,
  garbage: 401,
  expired: 401,
  owner: 403,
  other: 403,
  admin: status,
});
const ownerOrAdmin = (status: number): Record<Caller, number> => ({
  anonymous: 401,
  garbage: 401,
  expired: 401,
  owner: status,
  other: 403,
  admin: status,
});

/** What each access class implies, to catch a row (or a route) whose access changed without the other. */
export const impliedBy: Record<Access, (row: Record<Caller, number>) => boolean> = {
  public: (e) => callers.every((c) => e[c] < 300),
  admin: (e) =>
    e.anonymous === 401 &&
    e.garbage === 401 &&
    e.expired === 401 &&
    e.owner === 403 &&
    e.other === 403 &&
    e.admin < 300,
  owner: (e) =>
    e.anonymous === 401 && e.garbage === 401 && e.expired === 401 && e.owner < 300 && e.other === 403 && e.admin < 300,
};

const get = (path: (w: World) => string): MatrixRow => ({ request: (w) => ({ path: path(w) }), expected: open() });

/**
 * Every route of the route table, by its operationId: a route added without a row here does not
 * compile (and fails access-matrix.test.ts). Requests that create things use fresh ids, so each
 * caller's request is judged on its rights alone.
 */
const rows = {
  health: get(() => '/health'),
  openApi: get(() => '/openapi.json'),
  listPlans: get(() => '/plans'),
  createPlan: {
    request: (_w, _c, n) => ({ path: '/plans', body: fixtures.plan(`matrix-plan-${n}`) }),
    expected: adminOnly(201),
  },
  getPlan: get((w) => `/plans/${w.planId}`),
  patchPlan: {
    request: (w, _c, n) => ({ path: `/plans/${w.planId}`, body: { title: `Kế hoạch ${n}` } }),
    expected: adminOnly(200),
  },
  listPlanIndicators: get((w) => `/plans/${w.planId}/indicators`),
  createIndicator: {
    request: (w, _c, n) => ({
      path: `/plans/${w.planId}/indicators`,
      body: fixtures.indicator(`matrix-ind-${n}`, { departmentId: w.ownerDepartment }),
    }),
    expected: adminOnly(201),
  },
  listDepartments: get(() => '/departments'),
  createDepartment: {
    request: (_w, _c, n) => ({ path: '/departments', body: fixtures.department(`matrix-dept-${n}`) }),
    expected: adminOnly(201),
  },
  getIndicator: get((w) => `/indicators/${w.indicatorId}`),
  patchIndicator: {
    request: (w, _c, n) => ({ path: `/indicators/${w.indicatorId}`, body: { note: `ghi chú ${n}` } }),
    expected: adminOnly(200),
  },
  listActuals: get((w) => `/indicators/${w.indicatorId}/actuals`),
  getActual: get((w) => `/indicators/${w.indicatorId}/actuals/${w.year}`),
  putActual: {
    // A year of its own per call: each caller creates, none needs If-Match.
    request: (w, _c, n) => ({
      path: `/indicators/${w.indicatorId}/actuals/${2014 + (n % 17)}`,
      body: { value: 50 + (n % 40) },
    }),
    expected: ownerOrAdmin(201),
  },
  listHistory: get((w) => `/indicators/${w.indicatorId}/actuals/${w.year}/history`),
  indicatorProgress: get((w) => `/indicators/${w.indicatorId}/progress`),
  planProgress: get((w) => `/plans/${w.planId}/progress`),
  departmentProgress: get((w) => `/departments/${w.ownerDepartment}/progress`),
  listFlags: get(() => '/flags'),
  runFlagJobNow: { request: () => ({ path: '/jobs/flag-lagging', body: {} }), expected: adminOnly(202) },
  getFlagJobRun: get((w) => `/jobs/flag-lagging/${w.runId}`),
  postImport: {
    request: (w, _c, n) => ({
      path: '/imports',
      body: { rows: [{ indicatorId: w.indicatorId, year: 2014 + (n % 17), value: n % 100 }] },
    }),
    expected: ownerOrAdmin(200),
  },
  exportActuals: get((w) => `/plans/${w.planId}/actuals.csv`),
  createTask: {
    request: (w, _c, n) => ({
      path: `/plans/${w.planId}/tasks`,
      body: fixtures.task(`matrix-nv-${n}`, { leadDepartmentId: w.ownerDepartment }),
    }),
    expected: adminOnly(201),
  },
  patchTask: {
    request: (w, _c, n) => ({ path: `/tasks/${w.taskId}`, body: { note: `ghi chú ${n}` } }),
    expected: adminOnly(200),
  },
  listPlanTasks: get((w) => `/plans/${w.planId}/tasks?asOf=2025-12-31`),
  getTask: get((w) => `/tasks/${w.taskId}`),
  getTaskReport: get((w) => `/tasks/${w.taskId}/reports/${w.year}`),
  putTaskReport: {
    // A year of its own per call (2025–2030, the world's year 2024 has a report): each caller creates.
    request: (w, _c, n) => ({ path: `/tasks/${w.taskId}/reports/${2025 + (n % 6)}`, body: { state: 'in_progress' } }),
    expected: ownerOrAdmin(201),
  },
  listTaskHistory: get((w) => `/tasks/${w.taskId}/reports/${w.year}/history`),
  listTargetVersions: get((w) => `/indicators/${w.indicatorId}/targets`),
  draftTargets: {
    request: () => ({ path: '/target-drafts', body: { text: 'Tỷ lệ thất nghiệp chung dưới 3% đến năm 2030.' } }),
    expected: adminOnly(200),
  },
  createIndicatorsBatch: {
    request: (w, _c, n) => ({
      path: `/plans/${w.planId}/indicators:batch`,
      body: {
        indicators: [
          fixtures.indicator(`matrix-batch-${n}-a`, { departmentId: w.ownerDepartment }),
          fixtures.indicator(`matrix-batch-${n}-b`, { departmentId: undefined }),
        ],
      },
    }),
    expected: adminOnly(201),
  },
  getReportingStatus: get((w) => `/plans/${w.planId}/reports/${w.year}`),
  getUnitReport: get((w) => `/plans/${w.planId}/reports/${w.year}/${w.otherDepartment}`),
  listUnitReportHistory: get((w) => `/plans/${w.planId}/reports/${w.year}/${w.otherDepartment}/history`),
  putUnitReport: {
    // The owner's own report, a year of its own per call (the plan runs 2024–2030): each caller creates.
    request: (w, _c, n) => ({
      path: `/plans/${w.planId}/reports/${2024 + (n % 7)}/${w.ownerDepartment}`,
      body: { state: 'draft', sections: { results: `Kết quả ${n}` } },
    }),
    expected: ownerOrAdmin(201),
  },
  reviewUnitReport: {
    // The owner consolidates; accepting an accepted report again is a 200 that writes nothing.
    request: (w) => ({
      path: `/plans/${w.planId}/reports/${w.year}/${w.otherDepartment}/review`,
      body: { decision: 'accept' },
    }),
    expected: ownerOrAdmin(200),
  },
  succeedDepartment: {
    // The other department (it leads nothing) is succeeded by the owner, from a day far ahead: repeatable.
    request: (w) => ({
      path: `/departments/${w.otherDepartment}/succession`,
      body: { successorIds: [w.ownerDepartment], validTo: '2099-12-31' },
    }),
    expected: adminOnly(200),
  },
  consolidatedReportDocx: get((w) => `/plans/${w.planId}/reports/${w.year}.docx`),
  consolidatedReportXlsx: get((w) => `/plans/${w.planId}/reports/${w.year}-${w.year + 2}.xlsx`),
  reportTemplate: get((w) => `/plans/${w.planId}/template.xlsx?year=${w.year}&departmentId=${w.ownerDepartment}`),
  exportTasks: get((w) => `/plans/${w.planId}/tasks.csv`),
} satisfies Record<OperationId, MatrixRow>;

export const routeMatrix: Readonly<Record<string, MatrixRow>> = rows;
