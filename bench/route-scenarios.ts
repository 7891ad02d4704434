import type { ApiRequest } from './lib/api-call.ts';
import type { PlanFixture } from './lib/plan-fixture.ts';

/**
 * One successful request per route of the table, on the measured plan, for counting DynamoDB calls.
 * A route without a scenario here is reported as such (a new route shows up, it is not skipped silently).
 */
export interface ScenarioContext {
  fixture: PlanFixture;
  /** A department that owns some of the plan's indicators. */
  departmentId: string;
  /** A fresh id each call: creations must not collide. */
  fresh(prefix: string): string;
}

/** What the scenario says about the count, when it depends on the data (shown next to the number). */
export interface Scenario {
  request(): ApiRequest;
  note?: string;
}

const admin = { role: 'admin' } as const;
let nextYear = 2026;

const plan = (id: string) => ({
  id,
  number: '99/KH-UBND',
  type: 'ke-hoach',
  title: 'Kế hoạch đo hiệu năng / benchmark plan',
  issuer: 'UBND tỉnh Thanh Hóa',
  area: 'Thanh Hóa',
  signedDate: '2024-03-08',
  period: { startYear: 2024, endYear: 2030 },
  implements: [],
  reporting: { deadline: '12-10', yearOffset: 0, to: 'Sở Tài chính' },
});

const indicator = (id: string, departmentId: string) => ({
  id,
  code: 'B.1',
  name: { vi: 'Tỷ lệ dân số tham gia bảo hiểm y tế', en: 'Health insurance coverage' },
  unit: '%',
  domain: 'health',
  departmentId,
  target: { comparator: '>', value: 95, year: 2030 },
  source: { section: 'II.2', quote: 'tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 95%' },
});

const get = (path: string): Scenario => ({ request: () => ({ method: 'GET', path }) });

export const scenarios = (c: ScenarioContext): Record<string, Scenario> => {
  const planId = c.fixture.planId;
  const indicatorId = c.fixture.numericIds[0]!;
  const year = c.fixture.lastYear;
  const asOf = `?asOf=${year}-12-31`;
  return {
    'GET /health': get('/health'),
    'GET /openapi.json': get('/openapi.json'),
    'GET /plans': get('/plans'),
    'POST /plans': {
      request: () => ({ method: 'POST', path: '/plans', body: plan(c.fresh('bench-plan')), as: admin }),
    },
    'GET /plans/{planId}': get(`/plans/${planId}`),
    'PATCH /plans/{planId}': {
      request: () => ({
        method: 'PATCH',
        path: `/plans/${planId}`,
        body: { title: 'Kế hoạch (đã sửa) / changed' },
        as: admin,
      }),
    },
    'GET /plans/{planId}/indicators': get(`/plans/${planId}/indicators`),
    'POST /plans/{planId}/indicators': {
      request: () => ({
        method: 'POST',
        path: `/plans/${planId}/indicators`,
        body: indicator(c.fresh('bench-ind'), c.departmentId),
        as: admin,
      }),
    },
    'GET /departments': get('/departments'),
    'POST /departments': {
      request: () => ({
        method: 'POST',
        path: '/departments',
        body: { id: c.fresh('bench-dept'), name: 'Sở Đo lường', area: 'Thanh Hóa' },
        as: admin,
      }),
    },
    'GET /indicators/{indicatorId}': get(`/indicators/${indicatorId}`),
    'PATCH /indicators/{indicatorId}': {
      request: () => ({
        method: 'PATCH',
        path: `/indicators/${indicatorId}`,
        body: { note: 'đo hiệu năng' },
        as: admin,
      }),
    },
    'GET /indicators/{indicatorId}/actuals': get(`/indicators/${indicatorId}/actuals`),
    'GET /indicators/{indicatorId}/actuals/{year}': get(`/indicators/${indicatorId}/actuals/${year}`),
    'PUT /indicators/{indicatorId}/actuals/{year}': {
      request: () => ({
        method: 'PUT',
        path: `/indicators/${indicatorId}/actuals/${nextYear++}`,
        body: { value: 91.5 },
        as: admin,
      }),
      note: 'a new year (201)',
    },
    'GET /indicators/{indicatorId}/actuals/{year}/history': get(`/indicators/${indicatorId}/actuals/${year}/history`),
    'GET /indicators/{indicatorId}/progress': get(`/indicators/${indicatorId}/progress${asOf}`),
    'GET /plans/{planId}/progress': get(`/plans/${planId}/progress${asOf}`),
    'GET /departments/{departmentId}/progress': {
      request: () => ({ method: 'GET', path: `/departments/${c.departmentId}/progress${asOf}` }),
      note: '2 + one per plan the department has indicators in',
    },
    'POST /imports': {
      request: () => ({
        method: 'POST',
        path: '/imports',
        body: {
          rows: c.fixture.numericIds.slice(1, 11).map((indicatorId) => ({ indicatorId, year: 2030, value: 90 })),
        },
        as: admin,
      }),
      note: '10 new values of 10 indicators of one plan',
    },
    'GET /plans/{planId}/actuals.csv': get(`/plans/${planId}/actuals.csv`),
    'GET /flags': get('/flags'),
    'POST /jobs/flag-lagging': {
      request: () => ({ method: 'POST', path: '/jobs/flag-lagging', body: { asOf: `${year}-12-31` }, as: admin }),
      note: 'records the run (one PutItem) and starts it in the background: the run itself grows with the plans and indicators in the table (see flagJob)',
    },
  };
};
