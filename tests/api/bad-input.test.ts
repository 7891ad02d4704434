import { describe, expect, it } from 'vitest';
import * as fixtures from '../support/fixtures.ts';
import { useLocalApi, type CallOptions } from '../support/local-api.ts';
import { seedBasics } from '../support/seed-basics.ts';
import { tableSnapshot } from '../support/table-snapshot.ts';

const api = useLocalApi();

interface Case {
  name: string;
  method: string;
  path: string;
  options: CallOptions;
  status: number;
  /** A field the problem must name. */
  field?: string;
}

describe('bad input never gets a 5xx and never writes anything', () => {
  it('sweeps every write route with malformed, mistyped, incomplete, oversized and mislabelled requests', async () => {
    const { admin, planId, indicatorId } = await seedBasics(api, '-sweep');
    const token = admin;
    const writes: [string, string, unknown][] = [
      ['POST', '/plans', fixtures.plan('sweep-new')],
      ['PATCH', `/plans/${planId}`, { title: 'x' }],
      ['POST', '/departments', fixtures.department('sweep-dept')],
      ['POST', `/plans/${planId}/indicators`, fixtures.indicator('sweep-ind', { departmentId: 'so-y-te-sweep' })],
      ['PATCH', `/indicators/${indicatorId}`, { unit: '%' }],
      ['PUT', `/indicators/${indicatorId}/actuals/2024`, { value: 50 }],
    ];
    const cases: Case[] = [];
    for (const [method, path, good] of writes) {
      const at = `${method} ${path}`;
      cases.push(
        {
          name: `${at} malformed JSON`,
          method,
          path,
          options: { token, rawBody: '{"value": 5,', headers: { 'content-type': 'application/json' } },
          status: 400,
        },
        {
          name: `${at} empty body`,
          method,
          path,
          options: { token, rawBody: '', headers: { 'content-type': 'application/json' } },
          status: 400,
        },
        { name: `${at} JSON array`, method, path, options: { token, body: [good] }, status: 422 },
        {
          name: `${at} JSON null`,
          method,
          path,
          options: { token, rawBody: 'null', headers: { 'content-type': 'application/json' } },
          status: 422,
        },
        {
          name: `${at} unknown field`,
          method,
          path,
          options: { token, body: { ...(good as object), surprise: 1 } },
          status: 422,
          field: 'surprise',
        },
        {
          name: `${at} wrong content type`,
          method,
          path,
          options: { token, rawBody: JSON.stringify(good), headers: { 'content-type': 'text/plain' } },
          status: 415,
          field: 'content-type',
        },
        { name: `${at} no content type`, method, path, options: { token, rawBody: JSON.stringify(good) }, status: 415 },
        {
          name: `${at} over 1 MB`,
          method,
          path,
          options: {
            token,
            rawBody: JSON.stringify({ ...(good as object), note: 'x'.repeat(1_100_000) }),
            headers: { 'content-type': 'application/json' },
          },
          status: 413,
        },
        {
          name: `${at} over 10 MB`,
          method,
          path,
          options: { token, rawBody: Buffer.alloc(10_500_000, 32), headers: { 'content-type': 'application/json' } },
          status: 413,
        },
      );
    }
    cases.push(
      {
        name: 'plan missing fields',
        method: 'POST',
        path: '/plans',
        options: { token, body: { id: 'sweep-x' } },
        status: 422,
        field: 'number',
      },
      {
        name: 'plan wrong types',
        method: 'POST',
        path: '/plans',
        options: { token, body: fixtures.plan('sweep-y', { period: { startYear: '2024', endYear: 2030 } }) },
        status: 422,
        field: 'period.startYear',
      },
      {
        name: 'plan id not a slug',
        method: 'POST',
        path: '/plans',
        options: { token, body: fixtures.plan('Kế hoạch 68') },
        status: 422,
        field: 'id',
      },
      {
        name: 'plan bad date',
        method: 'POST',
        path: '/plans',
        options: { token, body: fixtures.plan('sweep-z', { signedDate: '08/03/2024' }) },
        status: 422,
        field: 'signedDate',
      },
      {
        name: 'plan title too long',
        method: 'POST',
        path: '/plans',
        options: { token, body: fixtures.plan('sweep-w', { title: 'ê'.repeat(1001) }) },
        status: 422,
        field: 'title',
      },
      {
        name: 'plan deadline not MM-DD',
        method: 'POST',
        path: '/plans',
        options: { token, body: fixtures.plan('sweep-v', { reporting: { deadline: '10/12', yearOffset: 0 } }) },
        status: 422,
        field: 'reporting.deadline',
      },
      {
        name: 'indicator bad comparator',
        method: 'POST',
        path: `/plans/${planId}/indicators`,
        options: { token, body: fixtures.indicator('sweep-c', { target: { comparator: '=>', value: 1, year: 2030 } }) },
        status: 422,
        field: 'target.comparator',
      },
      {
        name: 'indicator missing source',
        method: 'POST',
        path: `/plans/${planId}/indicators`,
        options: { token, body: { ...fixtures.indicator('sweep-s'), source: undefined } },
        status: 422,
        field: 'source',
      },
      {
        name: 'actual string value',
        method: 'PUT',
        path: `/indicators/${indicatorId}/actuals/2024`,
        options: { token, body: { value: '50' } },
        status: 422,
        field: 'value',
      },
      {
        name: 'actual missing value',
        method: 'PUT',
        path: `/indicators/${indicatorId}/actuals/2024`,
        options: { token, body: { note: 'x' } },
        status: 422,
        field: 'value',
      },
      {
        name: 'actual bad status',
        method: 'PUT',
        path: `/indicators/${indicatorId}/actuals/2024`,
        options: { token, body: { value: 5, status: 'draft' } },
        status: 422,
        field: 'status',
      },
      {
        name: 'actual non-numeric year',
        method: 'PUT',
        path: `/indicators/${indicatorId}/actuals/2024abc`,
        options: { token, body: { value: 5 } },
        status: 422,
        field: 'year',
      },
      {
        name: 'actual fractional year',
        method: 'PUT',
        path: `/indicators/${indicatorId}/actuals/2024.5`,
        options: { token, body: { value: 5 } },
        status: 422,
        field: 'year',
      },
      {
        name: 'actual unknown indicator',
        method: 'PUT',
        path: '/indicators/khong-co/actuals/2024',
        options: { token, body: { value: 5 } },
        status: 404,
      },
      {
        name: 'bad path id',
        method: 'PATCH',
        path: '/plans/KHONG%20CO',
        options: { token, body: { title: 'x' } },
        status: 422,
        field: 'planId',
      },
      { name: 'bad query limit', method: 'GET', path: '/plans?limit=0', options: {}, status: 422, field: 'limit' },
      {
        name: 'unknown query parameter',
        method: 'GET',
        path: '/plans?sort=desc',
        options: {},
        status: 422,
        field: 'sort',
      },
    );

    const before = await tableSnapshot();
    const failures: string[] = [];
    for (const c of cases) {
      const response = await api.call(c.method, c.path, c.options);
      const problem = response.headers.get('content-type')?.startsWith('application/problem+json');
      const named = !c.field || JSON.stringify(response.body?.errors ?? []).includes(c.field);
      if (response.status !== c.status || !problem || !named) {
        failures.push(`${c.name}: ${response.status} ${response.text.slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await tableSnapshot()).toBe(before);
  });
});
