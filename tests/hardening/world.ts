import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { defaultFlagRunStore } from '#shared/storage/default-store.ts';
import * as fixtures from '../support/fixtures.ts';
import type { LocalApi } from '../support/local-api.ts';

/**
 * What the hardening tests act on: two departments, a plan (the owner consolidates its reports), an
 * indicator A owns with one actual, a milestone, and the other department's submitted report.
 */
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
  /** A yearly task the owner leads, with a report for `year` (version 1). */
  taskId: string;
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
    taskId: `${prefix}-nv-1.2`,
    runId: randomUUID(),
  };
  const steps: [string, unknown][] = [
    ['/departments', fixtures.department(world.ownerDepartment)],
    ['/departments', fixtures.department(world.otherDepartment, { name: 'Sở Xây dựng' })],
    [
      '/plans',
      fixtures.plan(world.planId, {
        reporting: {
          deadline: '12-10',
          yearOffset: 0,
          toDepartmentId: world.ownerDepartment,
          units: [world.ownerDepartment, world.otherDepartment],
        },
      }),
    ],
    [
      `/plans/${world.planId}/indicators`,
      fixtures.indicator(world.indicatorId, { departmentId: world.ownerDepartment }),
    ],
    [
      `/plans/${world.planId}/indicators`,
      fixtures.milestone(world.milestoneId, { departmentId: world.ownerDepartment }),
    ],
    [`/plans/${world.planId}/tasks`, fixtures.recurringTask(world.taskId, { leadDepartmentId: world.ownerDepartment })],
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
  const report = await api.call('PUT', `/tasks/${world.taskId}/reports/${world.year}`, {
    token: admin,
    body: { state: 'in_progress' },
  });
  if (report.status !== 201) throw new Error(`seeding the task report: ${report.status} ${report.text}`);
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
  // The other department's report for the year, submitted: the owner (the consolidating department) reviews it.
  const unitReport = await api.call('PUT', `/plans/${world.planId}/reports/${world.year}/${world.otherDepartment}`, {
    token: world.other,
    body: { state: 'submitted', sections: { results: 'Kết quả thực hiện năm 2024' } },
  });
  if (unitReport.status !== 201) throw new Error(`seeding the report: ${unitReport.status} ${unitReport.text}`);
  return world;
};

/** POST /jobs/flag-lagging notifies through the local outbox, which lives in the data directory. */
export const useLocalOutbox = () => {
  process.env.CHITIEU_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'chitieu-hardening-'));
};
