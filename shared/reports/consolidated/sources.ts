import type { Department } from '#shared/domain/department.ts';
import type { PlanDossier, Store } from '#shared/storage/port.ts';
import { yearsOf } from './build.ts';
import { leadingUnits, yearReporting } from './expected-units.ts';
import type { ConsolidatedSources, ReportSpan, TaskSource, UnitReportSource, YearReportingSource } from './input.ts';

/**
 * Reads that replace what the plan's partition brings: tasks, the units' yearly reports, a year's
 * completeness from a store of their own. Without a reader the partition's records are used; when
 * it holds none, the report says so (no tasks annex rows; each unit judged from no report).
 */
export interface ReportReaders {
  tasks?(store: Store, planId: string): Promise<TaskSource[]>;
  unitReports?(store: Store, planId: string, span: ReportSpan): Promise<UnitReportSource[]>;
  reporting?(store: Store, planId: string, year: number, asOf: string): Promise<YearReportingSource>;
}

/** The readers this deployment has: the one place a new store of tasks or unit reports is plugged in. */
export const reportReaders: ReportReaders = {};

/**
 * What else the plan's partition holds once the store keeps tasks and unit reports there: the one
 * dossier Query then brings them along, and no reader is needed.
 */
type HeldInPartition = PlanDossier & {
  tasks?: readonly TaskSource['task'][];
  taskReports?: readonly (TaskSource['reports'][number] & { taskId: string })[];
  reports?: readonly UnitReportSource[];
};

/** The partition's tasks, each with its own yearly reports. */
export const tasksOf = (held: HeldInPartition): TaskSource[] | undefined =>
  held.tasks?.map((task) => ({
    task,
    reports: (held.taskReports ?? []).filter((report) => report.taskId === task.id),
  }));

const departmentPage = 200;
/** A province has a few dozen units; the bound keeps a runaway table from becoming unbounded work. */
const departmentPagesAtMost = 20;

const allDepartments = async (store: Store): Promise<Department[]> => {
  const departments: Department[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < departmentPagesAtMost; pages++) {
    const page = await store.listDepartments({ limit: departmentPage, ...(cursor ? { cursor } : {}) });
    departments.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return departments;
};

/** Everything the report is built from: the plan's partition, the departments, then tasks and unit reports. */
export const readConsolidatedSources = async (
  store: Store,
  planId: string,
  span: ReportSpan,
  asOf: string,
  readers: ReportReaders = reportReaders,
): Promise<ConsolidatedSources | undefined> => {
  const [dossier, departments, readTasks, readReports] = await Promise.all([
    store.getPlanDossier(planId),
    allDepartments(store),
    readers.tasks?.(store, planId),
    readers.unitReports?.(store, planId, span),
  ]);
  if (!dossier) return undefined;
  const held: HeldInPartition = dossier;
  const tasks = readTasks ?? tasksOf(held);
  const unitReports =
    readReports ?? held.reports?.filter((report) => report.year >= span.from && report.year <= span.to);
  const expected = leadingUnits(dossier.indicators, tasks);
  const reporting = await Promise.all(
    yearsOf(span).map((year) =>
      readers.reporting
        ? readers.reporting(store, planId, year, asOf)
        : Promise.resolve(yearReporting(dossier.plan.reporting, year, expected, unitReports ?? [], asOf)),
    ),
  );
  return {
    plan: dossier.plan,
    indicators: dossier.indicators,
    actuals: dossier.actuals,
    departments,
    ...(tasks ? { tasks } : {}),
    ...(unitReports ? { unitReports } : {}),
    reporting: reporting.filter((entry) => entry !== undefined),
  };
};
