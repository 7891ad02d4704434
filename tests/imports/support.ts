import type { LocalApi } from '../support/local-api.ts';
import * as fixtures from '../support/fixtures.ts';

/**
 * A department, a plan and `count` indicators it owns (`<prefix>-1` … ), plus a milestone and an
 * indicator of another department, through the API. Plan years 2024–2030 (rows may be 2014–2030) unless
 * `planExtra` says otherwise.
 */
export const seedImportPlan = async (
  api: LocalApi,
  prefix: string,
  count = 3,
  planExtra: Record<string, unknown> = {},
) => {
  const admin = await api.token({ role: 'admin' });
  const departmentId = `${prefix}-dept`;
  const otherDepartmentId = `${prefix}-other`;
  const planId = `${prefix}-plan`;
  const ok = async (what: string, call: Promise<{ status: number; text: string }>) => {
    const response = await call;
    if (response.status !== 201) throw new Error(`seeding ${what}: ${response.status} ${response.text}`);
  };
  await ok('department', api.call('POST', '/departments', { token: admin, body: fixtures.department(departmentId) }));
  await ok(
    'other department',
    api.call('POST', '/departments', {
      token: admin,
      body: fixtures.department(otherDepartmentId, { name: 'Sở Xây dựng' }),
    }),
  );
  await ok('plan', api.call('POST', '/plans', { token: admin, body: fixtures.plan(planId, planExtra) }));
  const indicatorIds = Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
  for (let start = 0; start < count; start += 8) {
    await Promise.all(
      indicatorIds.slice(start, start + 8).map((id, i) =>
        ok(
          id,
          api.call('POST', `/plans/${planId}/indicators`, {
            token: admin,
            body: fixtures.indicator(id, {
              departmentId,
              code: `C.${start + i + 1}`,
              unit: 'căn',
              target: { comparator: '>=', value: 13787, year: 2030 },
            }),
          }),
        ),
      ),
    );
  }
  const percentId = `${prefix}-pct`;
  await ok(
    percentId,
    api.call('POST', `/plans/${planId}/indicators`, {
      token: admin,
      body: fixtures.indicator(percentId, { departmentId, code: 'P.1' }),
    }),
  );
  const milestoneId = `${prefix}-ms`;
  await ok(
    milestoneId,
    api.call('POST', `/plans/${planId}/indicators`, {
      token: admin,
      body: fixtures.milestone(milestoneId, { departmentId, code: 'M.1' }),
    }),
  );
  const foreignId = `${prefix}-foreign`;
  await ok(
    foreignId,
    api.call('POST', `/plans/${planId}/indicators`, {
      token: admin,
      body: fixtures.indicator(foreignId, { departmentId: otherDepartmentId, code: 'F.1' }),
    }),
  );
  const owner = await api.token({ role: 'department', departmentId });
  const other = await api.token({ role: 'department', departmentId: otherDepartmentId });
  return { admin, owner, other, departmentId, planId, indicatorIds, percentId, milestoneId, foreignId };
};

export const csv = (lines: string[], eol = '\n') => lines.join(eol) + eol;

export const postCsv = (api: LocalApi, token: string, text: string, query = '', headers: Record<string, string> = {}) =>
  api.call('POST', `/imports${query}`, {
    token,
    rawBody: text,
    headers: { 'content-type': 'text/csv; charset=utf-8', ...headers },
  });

export const postRows = (
  api: LocalApi,
  token: string,
  rows: unknown[],
  query = '',
  headers: Record<string, string> = {},
) => api.call('POST', `/imports${query}`, { token, body: { rows }, headers });
