import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Indicator } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';
import { runFlagJob, type FlagJobDeps } from '#shared/flags/job.ts';
import type { Notifier } from '#shared/flags/notifier.ts';
import { OutboxNotifier } from '#shared/flags/outbox-notifier.ts';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';
import { DynamoFlagStore } from '#shared/storage/dynamodb/flag-store.ts';
import { DynamoReportStore } from '#shared/storage/dynamodb/report-store.ts';
import { DynamoStore } from '#shared/storage/dynamodb/store.ts';
import { AlreadyExists } from '#shared/storage/errors.ts';
import type { Store } from '#shared/storage/port.ts';
import type { LocalApi } from '../support/local-api.ts';
import { ensureTable } from '../../infra/local/dynamodb-local.ts';
import * as fixtures from '../support/fixtures.ts';

const created = '2024-01-01T00:00:00.000Z';

/** A table of its own for one test, so that a job run (which reads every plan) sees only that test's plans. */
export const freshTable = async () => {
  const settings = { ...settingsFromEnv(), tableName: `flags-${randomUUID().slice(0, 8)}` };
  await ensureTable(settings.endpoint!, settings.tableName);
  const client = createDocumentClient(settings);
  return {
    store: new DynamoStore(client, settings.tableName),
    flags: new DynamoFlagStore(client, settings.tableName),
    reports: new DynamoReportStore(client, settings.tableName),
    tableName: settings.tableName,
  };
};

/** A real outbox file in a temporary directory. */
export const tempOutbox = () => path.join(mkdtempSync(path.join(tmpdir(), 'chitieu-outbox-')), 'outbox.jsonl');

export const readOutbox = (file: string): any[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];

export const outboxNotifier = (file: string) => new OutboxNotifier(file, () => undefined);

export const seedPlan = async (
  store: Store,
  planId: string,
  extra: Omit<Partial<Plan>, 'reporting'> & { reporting?: Plan['reporting'] | null } = {},
) => {
  try {
    await store.createDepartment({ ...fixtures.department('so-y-te'), createdAt: created });
  } catch (error) {
    if (!(error instanceof AlreadyExists)) throw error;
  }
  const { reporting, ...rest } = extra;
  const plan = { ...(fixtures.plan(planId) as Plan), ...rest, createdAt: created, updatedAt: created };
  if (reporting === null) delete plan.reporting;
  else if (reporting) plan.reporting = reporting;
  await store.createPlan(plan);
  return plan;
};

/** Health-insurance-like target: > 95 % by 2030 from 80 % in 2023, so 2024's expected value is 82.14 %. */
export const seedIndicator = async (store: Store, planId: string, id: string, extra: Partial<Indicator> = {}) => {
  const indicator = {
    ...(fixtures.indicator(id) as Indicator),
    baseline: { year: 2023, value: 80 },
    accumulation: 'level',
    kind: 'numeric',
    ...extra,
    planId,
    createdAt: created,
    updatedAt: created,
  } as Indicator;
  await store.createIndicator(indicator);
  return indicator;
};

/** Posts (or replaces) a year's value as the API would: a new version with its revision. */
export const postActual = async (
  store: Store,
  planId: string,
  indicatorId: string,
  year: number,
  value: number | boolean,
) => {
  const current = (await store.getIndicator(indicatorId))?.actuals.find((a) => a.year === year);
  const version = (current?.version ?? 0) + 1;
  const actual = {
    indicatorId,
    year,
    value,
    status: 'final' as const,
    reportedBy: 'test',
    reportedAt: new Date().toISOString(),
    version,
  };
  await store.putActual({ planId, actual, expectedVersion: current ? current.version : null });
};

export const jobRunner =
  (deps: { store: Store; flags: DynamoFlagStore; notifier: Notifier } & Partial<FlagJobDeps>) => (asOf: string) =>
    runFlagJob(deps, { asOf });

/** Every flag of a plan, open and resolved, newest first. */
export const planFlags = async (flags: DynamoFlagStore, planId: string) => {
  const open = await flags.listFlags({ status: 'open', planId, limit: 200 });
  const resolved = await flags.listFlags({ status: 'resolved', planId, limit: 200 });
  return { open: open.items, resolved: resolved.items };
};

/**
 * A unit's report for a year, written as the API writes it: submitted (at `submittedAt`, by default
 * early in the year, before any run of these tests judges it) unless told otherwise. The job judges
 * as of its asOf, so a submission dated after it has not arrived yet.
 */
export const submitReport = async (
  reports: DynamoReportStore,
  ref: { planId: string; year: number; departmentId?: string },
  submittedAt = `${ref.year}-01-02T00:00:00.000Z`,
  state: 'draft' | 'submitted' = 'submitted',
) => {
  const current = await reports.getReport({ departmentId: 'so-y-te', ...ref });
  await reports.putReport({
    report: {
      departmentId: 'so-y-te',
      ...ref,
      state,
      sections: { results: 'Kết quả thực hiện' },
      ...(state === 'submitted' ? { submittedAt: current?.submittedAt ?? submittedAt } : {}),
      updatedBy: 'test',
      updatedAt: submittedAt,
      version: (current?.version ?? 0) + 1,
    },
    change: 'write',
    expectedVersion: current?.version ?? null,
  });
};

/** POST /jobs/flag-lagging (202 and a run to poll), then the run's record once it is no longer running. */
export const runJobOverHttp = async (api: LocalApi, token: string, body?: unknown) => {
  const started = await api.call('POST', '/jobs/flag-lagging', { token, ...(body === undefined ? {} : { body }) });
  if (started.status !== 202) throw new Error(`POST /jobs/flag-lagging: ${started.status} ${started.text}`);
  const location = started.headers.get('location')!;
  for (let i = 0; i < 600; i++) {
    const run = await api.call('GET', location);
    if (run.status !== 200) throw new Error(`GET ${location}: ${run.status} ${run.text}`);
    if (run.body.status !== 'running') return { started, run: run.body };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${location} still running after 30 s`);
};
