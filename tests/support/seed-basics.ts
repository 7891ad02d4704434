import type { LocalApi } from './local-api.ts';
import * as fixtures from './fixtures.ts';

/** A department, a plan and an indicator owned by that department, created through the API. */
export const seedBasics = async (api: LocalApi, suffix = '') => {
  const admin = await api.token({ role: 'admin' });
  const departmentId = `so-y-te${suffix}`;
  const planId = `th-68${suffix}`;
  const indicatorId = `th68-bhyt${suffix}`;
  const expectOk = (status: number, what: string) => {
    if (status !== 201) throw new Error(`seeding ${what} answered ${status}`);
  };
  expectOk(
    (await api.call('POST', '/departments', { token: admin, body: fixtures.department(departmentId) })).status,
    'department',
  );
  expectOk((await api.call('POST', '/plans', { token: admin, body: fixtures.plan(planId) })).status, 'plan');
  expectOk(
    (
      await api.call('POST', `/plans/${planId}/indicators`, {
        token: admin,
        body: fixtures.indicator(indicatorId, { departmentId }),
      })
    ).status,
    'indicator',
  );
  return { admin, departmentId, planId, indicatorId };
};
