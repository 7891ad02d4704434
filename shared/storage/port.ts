import type { Actual, Revision } from '#shared/domain/actual.ts';
import type { Department } from '#shared/domain/department.ts';
import type { OpenFlag, ResolvedFlag } from '#shared/domain/flag.ts';
import type { Indicator, TargetVersion } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';
import type { Task, TaskReport } from '#shared/domain/task.ts';
import type { UnitReport } from '#shared/domain/report.ts';
import type { ReminderRef } from './report-port.ts';

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface PageRequest {
  limit?: number;
  cursor?: string;
}

/** Everything a dashboard needs about one plan, read in one request. */
export interface PlanDossier {
  plan: Plan;
  indicators: Indicator[];
  actuals: Actual[];
  /** The plan's open flags, which live in its partition (shared/storage/dynamodb/flag-keys.ts). */
  openFlags?: OpenFlag[];
  /** The plan's tasks and the current report of each of their years (shared/storage/dynamodb/task-keys.ts). */
  tasks?: Task[];
  taskReports?: TaskReport[];
  /** The superseded targets of its indicators (shared/targets/versions.ts), in the same partition. */
  targetVersions?: TargetVersion[];
  /** The units' yearly reports and the reminders sent, which live there too (shared/storage/dynamodb/report-keys.ts). */
  reports?: UnitReport[];
  reminders?: ReminderRef[];
  /** The last resolved flag of each slot, which its slot keeps for a re-opening (shared/domain/flag.ts reopenWindowMs). */
  resolvedFlags?: ResolvedFlag[];
}

export interface IndicatorWithActuals {
  indicator: Indicator;
  actuals: Actual[];
  /** Its superseded targets, oldest first; the one in force is indicator.target. */
  targetVersions?: TargetVersion[];
}

/**
 * A write of one year's value. `expectedVersion` null means "create; none may exist yet",
 * a number means "replace exactly that version". The revision is written with it, atomically.
 */
export interface ActualWrite {
  planId: string;
  actual: Actual;
  expectedVersion: number | null;
}

/** The storage port: the product's words in, the product's words out. */
export interface Store {
  /** A cheap read proving the store answers (health checks). */
  ping(): Promise<void>;

  createPlan(plan: Plan): Promise<void>;
  getPlan(planId: string): Promise<Plan | undefined>;
  listPlans(page: PageRequest): Promise<Page<Plan>>;
  updatePlan(planId: string, changes: Partial<Plan>, removals: (keyof Plan)[]): Promise<Plan>;
  getPlanDossier(planId: string): Promise<PlanDossier | undefined>;

  createDepartment(department: Department): Promise<void>;
  getDepartment(departmentId: string): Promise<Department | undefined>;
  listDepartments(page: PageRequest): Promise<Page<Department>>;
  updateDepartment(departmentId: string, changes: Partial<Department>): Promise<Department>;

  createIndicator(indicator: Indicator): Promise<void>;
  /** All or none, in one transaction of indicatorBatchItems(…) items (at most maxTransactionItems). */
  createIndicators(planId: string, indicators: Indicator[]): Promise<void>;
  getIndicator(indicatorId: string): Promise<IndicatorWithActuals | undefined>;
  listPlanIndicators(planId: string, page: PageRequest): Promise<Page<Indicator>>;
  listDepartmentIndicators(departmentId: string, page: PageRequest): Promise<Page<Indicator>>;
  updateIndicator(indicator: Indicator, changes: Partial<Indicator>, removals: (keyof Indicator)[]): Promise<Indicator>;
  /**
   * updateIndicator and the superseded target kept as a version, in one transaction; a version
   * already written (a concurrent amendment) is AlreadyExists and nothing is written.
   */
  amendIndicator(
    indicator: Indicator,
    changes: Partial<Indicator>,
    removals: (keyof Indicator)[],
    superseded: TargetVersion,
  ): Promise<Indicator>;

  putActual(write: ActualWrite): Promise<Actual>;
  listRevisions(indicatorId: string, year: number, page: PageRequest): Promise<Page<Revision>>;
}

/** The most items one DynamoDB transaction takes: a batch beyond it could not be all-or-nothing. */
export const maxTransactionItems = 100;

/** The items creating indicators takes: the plan's check, a guard and an item each, a check per department. */
export const indicatorBatchItems = (indicators: number, departments: number) => 1 + 2 * indicators + departments;
