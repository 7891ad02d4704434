import { defaultStore } from '#shared/storage/default-store.ts';
import * as fixtures from './fixtures.ts';
import type { LocalApi } from './local-api.ts';

/** Small writers for the progress tests: through the API, except illustrative actuals (the API refuses that field). */
export const progressSeeder = (api: LocalApi) => {
  const ok = async (what: string, call: Promise<{ status: number; text: string }>) => {
    const response = await call;
    if (response.status !== 201) throw new Error(`seeding ${what} answered ${response.status}: ${response.text}`);
  };
  const admin = () => api.token({ role: 'admin' });
  return {
    department: async (id: string) =>
      ok(id, api.call('POST', '/departments', { token: await admin(), body: fixtures.department(id) })),
    plan: async (id: string) => ok(id, api.call('POST', '/plans', { token: await admin(), body: fixtures.plan(id) })),
    indicator: async (planId: string, id: string, extra: Record<string, unknown> = {}) =>
      ok(
        id,
        api.call('POST', `/plans/${planId}/indicators`, { token: await admin(), body: fixtures.indicator(id, extra) }),
      ),
    milestone: async (planId: string, id: string, extra: Record<string, unknown> = {}) =>
      ok(
        id,
        api.call('POST', `/plans/${planId}/indicators`, { token: await admin(), body: fixtures.milestone(id, extra) }),
      ),
    actual: async (indicatorId: string, year: number, value: number | boolean) =>
      ok(
        `${indicatorId} ${year}`,
        api.call('PUT', `/indicators/${indicatorId}/actuals/${year}`, { token: await admin(), body: { value } }),
      ),
    illustrative: async (planId: string, indicatorId: string, year: number, value: number | boolean) => {
      const actual = {
        indicatorId,
        year,
        value,
        status: 'final' as const,
        reportedBy: 'seed',
        reportedAt: new Date().toISOString(),
        version: 1,
        illustrative: true,
      };
      await defaultStore().putActual({ planId, actual, expectedVersion: null });
    },
  };
};
