import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { defaultFlagRunStore } from '#shared/storage/default-store.ts';
import * as fixtures from '../support/fixtures.ts';
import type { LocalApi } from '../support/local-api.ts';

/** What the hardening tests act on: two departments, a plan, an indicator A owns with one actual, a milestone. */
export interface World {
  admin: string;
  owner: string;
  other: string;
  ownerDepartment: string;
  otherDepartment: string;
  planId: string;
  indicatorId: string;
  milestoneId: string;
  /** A year with an actual (version 1). */
  year: number;
  /** A finished run of the flag job, as POST /jobs/flag-lagging records one. */
  runId: string;
}

export const seedWorld = async (api: LocalApi, prefix = 'hw'): Promise<World> => {
  const admin = await api.token({ role: 'admin' });
  const world: World = {
    admin,
    owner: '',
    other: '',
    ownerDepartment: `${prefix}-so-y-te`,
    otherDepartment: `${prefix}-so-xay-dung`,
    planId: `${prefix}-plan`,
    indicatorId: `${prefix}-bhyt`,
    milestoneId: `${prefix}-sot-ret`,
    year: 2024,
    runId: randomUUID(),
  };
  const steps: [string, unknown][] = [
    ['/departments', fixtures.department(world.ownerDepartment)],
    ['/departments', fixtures.department(world.otherDepartment, { name: 'Sở Xây dựng' })],
    ['/plans', fixtures.plan(world.planId)],
    [
      `/plans/${world.planId}/indicators`,
      fixtures.indicator(world.indicatorId, { departmentId: world.ownerDepartment }),
    ],
    [
      `/plans/${world.planId}/indicators`,
      fixtures.milestone(world.milestoneId, { departmentId: world.ownerDepartment }),
    ],
  ];
  for (const [path, body] of steps) {
    const response = await api.call('POST', path, { token: admin, body });
    if (response.status !== 201) throw new Error(`seeding ${path}: ${response.status} ${response.text}`);
  }
  const put = await api.call('PUT', `/indicators/${world.indicatorId}/actuals/${world.year}`, {
    token: admin,
    body: { value: 90 },
  });
  if (put.status !== 201) throw new Error(`seeding the actual: ${put.status}`);
  // Written as the job records a run, without running one: a background run would write while tests compare the table.
  const requestedAt = new Date().toISOString();
  await defaultFlagRunStore().createRun({
    runId: world.runId,
    status: 'done',
    asOf: requestedAt.slice(0, 10),
    requestedAt,
    finishedAt: requestedAt,
  });
  world.owner = await api.token({ role: 'department', departmentId: world.ownerDepartment });
  world.other = await api.token({ role: 'department', departmentId: world.otherDepartment });
  return world;
};

/** POST /jobs/flag-lagging notifies through the local outbox, which lives in the data directory. */
export const useLocalOutbox = () => {
  process.env.CHITIEU_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'chitieu-hardening-'));
};
