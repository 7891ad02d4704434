import type { Actual, Revision } from '#shared/domain/actual.ts';
import type { Department } from '#shared/domain/department.ts';
import type { OpenFlag, ResolvedFlag } from '#shared/domain/flag.ts';
import type { Indicator } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';

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
  /** The last resolved flag of each slot, which its slot keeps for a re-opening (shared/domain/flag.ts reopenWindowMs). */
  resolvedFlags?: ResolvedFlag[];
}

export interface IndicatorWithActuals {
  indicator: Indicator;
  actuals: Actual[];
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

  createIndicator(indicator: Indicator): Promise<void>;
  getIndicator(indicatorId: string): Promise<IndicatorWithActuals | undefined>;
  listPlanIndicators(planId: string, page: PageRequest): Promise<Page<Indicator>>;
  listDepartmentIndicators(departmentId: string, page: PageRequest): Promise<Page<Indicator>>;
  updateIndicator(indicator: Indicator, changes: Partial<Indicator>, removals: (keyof Indicator)[]): Promise<Indicator>;

  putActual(write: ActualWrite): Promise<Actual>;
  listRevisions(indicatorId: string, year: number, page: PageRequest): Promise<Page<Revision>>;
}
