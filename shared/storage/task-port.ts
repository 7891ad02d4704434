import type { Task, TaskReport } from '#shared/domain/task.ts';
import type { Page, PageRequest } from './port.ts';

export interface TaskWithReports {
  task: Task;
  /** The current report of each year reported so far. */
  reports: TaskReport[];
}

/**
 * A write of one year's report on a task, as for actuals: `expectedVersion` null means "create;
 * none may exist yet", a number "replace exactly that version". The revision is written with it.
 */
export interface TaskReportWrite {
  planId: string;
  report: TaskReport;
  expectedVersion: number | null;
}

/** Tasks' storage port (docs/data-model.md); a plan's tasks also come with its dossier (port.ts). */
export interface TaskStore {
  /** NotFound('plan' | 'department') when the plan or the lead is missing; AlreadyExists('task') for a taken id. */
  createTask(task: Task): Promise<void>;
  getTask(taskId: string): Promise<TaskWithReports | undefined>;
  /** A page of the plan's tasks in id order, each with its reports (two Queries per page). */
  listPlanTasks(planId: string, page: PageRequest): Promise<Page<TaskWithReports>>;
  /** Sets `changes`, clears `removals`; moves the department index entries when lead or supporters change. */
  updateTask(task: Task, changes: Partial<Task>, removals: (keyof Task)[]): Promise<Task>;
  /** VersionConflict when the current report is not the version the write replaces. */
  putTaskReport(write: TaskReportWrite): Promise<TaskReport>;
  /** Every version of a year's report, newest first. */
  listTaskRevisions(taskId: string, year: number, page: PageRequest): Promise<Page<TaskReport>>;
  /** A plan's tasks and current reports, read strongly consistently (imports decide on them). */
  readPlanTasks(planId: string): Promise<{ tasks: Task[]; reports: TaskReport[] }>;
  /** Reports and their revisions in one transaction, each conditioned on its version: all or nothing (VersionConflict). */
  writeTaskReports(writes: readonly TaskReportWrite[]): Promise<void>;
  /** The plans in which the department leads or supports a task (an index: the plan's tasks decide). */
  departmentTaskPlans(departmentId: string): Promise<string[]>;
}
