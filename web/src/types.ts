/**
 * What the dashboard reads from the public API. The catalog shapes are the domain's own types
 * (type-only imports: nothing of the server is bundled); progress and flags are written down here
 * as the routes answer them, and `normalize.ts` turns their answers into these.
 */
import type { Actual } from '../../shared/domain/actual.ts';
import type { Department } from '../../shared/domain/department.ts';
import type { Comparator, Indicator } from '../../shared/domain/indicator.ts';
import type { Plan } from '../../shared/domain/plan.ts';
import type { Completeness, UnitStanding } from '../../shared/reporting/completeness.ts';
import type { ProgressMethod, ProgressResult, ProgressStatus } from '../../shared/progress/types.ts';
import type { Task, TaskReport } from '../../shared/domain/task.ts';
import type { TaskStatus } from '../../shared/tasks/status.ts';

export type { Actual, Comparator, Department, Indicator, Plan, ProgressMethod, ProgressResult, ProgressStatus };

export type Lang = 'vi' | 'en';

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export type IndicatorDetail = Indicator & { actuals: Actual[] };

export type StatusCounts = Record<ProgressStatus, number>;

/** The indicator fields a plan or department progress answer repeats beside each result. */
export type IndicatorBasics = Pick<
  Indicator,
  'planId' | 'code' | 'name' | 'unit' | 'domain' | 'departmentId' | 'kind' | 'accumulation' | 'target' | 'baseline'
>;

/**
 * One indicator's progress as GET /plans/{id}/progress lists it (trajectory with detail=full);
 * `illustrative` when any actual behind it is a demo figure.
 */
export type ProgressEntry = IndicatorBasics &
  Omit<ProgressResult, 'trajectory'> & { trajectory?: ProgressResult['trajectory']; illustrative?: true };

export type PlanHeader = Pick<Plan, 'id' | 'number' | 'type' | 'title' | 'issuer' | 'area' | 'period' | 'reporting'>;

/** GET /indicators/{id}/progress. */
export type IndicatorProgressReport = ProgressEntry & {
  asOf: string;
  trajectory: ProgressResult['trajectory'];
  plan: PlanHeader;
};

/** GET /plans/{planId}/progress, flattened: the page regroups the entries after filtering. */
export interface PlanProgress {
  plan: PlanHeader;
  asOf?: string;
  summary: StatusCounts;
  entries: ProgressEntry[];
  illustrative: boolean;
}

export type FlagType = 'lagging' | 'missing_report' | 'overdue_task';

export interface Flag {
  id: string;
  type: FlagType;
  /** An indicator's flag names its indicator, a task's flag (overdue_task) its task; a unit's flag (a missing yearly report) neither: departmentId is the unit. */
  indicatorId?: string;
  taskId?: string;
  planId: string;
  departmentId?: string;
  year: number;
  status: 'open' | 'resolved';
  openedAt: string;
  resolvedAt?: string;
  /** Free text, or a sentence in each language, or machine fields: shown as the API gives it. */
  detail?: unknown;
}

export type ReportStateWord = UnitStanding['state'];
export type TimelinessWord = UnitStanding['timeliness'];

/** GET /plans/{planId}/reports/{year}: each unit's standing and the plan's reporting rate. */
export type ReportingStatus = Completeness & { planId: string; year: number; asOf: string };

export type { Task, TaskReport, TaskStatus };

/** A task with its status as of today, as GET /plans/{id}/tasks lists it (reports only there). */
export type TaskItem = Pick<
  Task,
  'planId' | 'code' | 'section' | 'title' | 'leadDepartmentId' | 'supportingDepartmentIds' | 'due' | 'output'
> & {
  id: string;
  status: TaskStatus;
  statusReason: { year: number; dueDate: string; explanation: Record<Lang, string> };
  reports?: TaskReport[];
};

/** GET /departments/{id}/progress, the part the department page shows. */
export interface DepartmentTasks {
  department: { id: string; name: string; nameEn?: string };
  tasks: {
    summary: Record<TaskStatus, number>;
    lead: (Omit<TaskItem, 'id'> & { taskId: string })[];
    supporting: (Omit<TaskItem, 'id'> & { taskId: string })[];
  };
}
