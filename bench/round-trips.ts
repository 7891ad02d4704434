import { routeKey, routes } from '#shared/http/route-table.ts';
import { invokeOk } from './lib/api-call.ts';
import { countDynamoCalls } from './lib/call-counter.ts';
import type { PlanFixture } from './lib/plan-fixture.ts';
import { scenarios } from './route-scenarios.ts';

/**
 * DynamoDB calls per request, counted by an SDK middleware on every DynamoDB client of the process
 * (bench/lib/call-counter.ts): the plan-progress request (goal: 1) and every other route of the table.
 */
export interface RoundTrips {
  planProgressRequests: number;
  /** route key → calls of one successful request (null: no scenario for that route yet). */
  routes: Record<string, { calls: number | null; commands: string[]; note?: string }>;
}

export const measureRoundTrips = async (fixture: PlanFixture, departmentId: string): Promise<RoundTrips> => {
  const log = countDynamoCalls();
  let serial = 0;
  const byRoute = scenarios({ fixture, departmentId, fresh: (prefix) => `${prefix}-${process.pid}-${++serial}` });
  const result: RoundTrips['routes'] = {};
  for (const route of routes) {
    const key = routeKey(route);
    const scenario = byRoute[key];
    if (!scenario) {
      result[key] = { calls: null, commands: [], note: 'no scenario in bench/route-scenarios.ts' };
      continue;
    }
    const request = scenario.request();
    log.reset();
    await invokeOk(request);
    const commands = [...log.calls];
    result[key] = {
      calls: commands.length,
      commands: commands.map((c) => c.replace(/Command$/, '')),
      ...(scenario.note ? { note: scenario.note } : {}),
    };
  }
  const progress = result['GET /plans/{planId}/progress'];
  if (!progress || progress.calls === null) throw new Error('no plan-progress route to count');
  return { planProgressRequests: progress.calls, routes: result };
};
