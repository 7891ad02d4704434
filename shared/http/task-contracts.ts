import * as z from 'zod';
import { Task, TaskInput, TaskPatch, TaskReport, TaskReportInput, TaskReportRevision } from '#shared/domain/task.ts';
import { Slug } from '#shared/domain/text.ts';
import { TaskStatus } from '#shared/tasks/status.ts';
import { PageQuery, YearParam } from './contracts.ts';
import { AsOfQuery } from './progress-contracts.ts';
import { TaskStatusExplained } from './task-status-contracts.ts';

/** Path, query and answer schemas of the task routes (shared/http/routes/tasks.ts). */
export const TaskParams = z.strictObject({ taskId: Slug });
export const TaskReportParams = z.strictObject({ taskId: Slug, year: YearParam });

const asOf = AsOfQuery.meta({
  description:
    'Judge the status as of this date (YYYY-MM-DD) or year (YYYY = its 31 December), 1900–2100; recurring work is judged for that year. Default: today in Asia/Ho_Chi_Minh.',
  example: '2025-12-31',
});
export const TaskQuery = z.strictObject({ asOf: asOf.optional() });
export const TaskListQuery = z.strictObject({ ...PageQuery.shape, asOf: asOf.optional() });

/** A task as the reads return it: the record, its current reports by year, and its status as of the date asked. */
export const TaskView = Task.extend({
  reports: z.array(TaskReport),
  status: TaskStatus,
  statusReason: TaskStatusExplained,
}).meta({ id: 'TaskView' });
export type TaskView = z.infer<typeof TaskView>;

export const TaskViewPage = z
  .object({ items: z.array(TaskView), nextCursor: z.string().optional() })
  .meta({ id: 'TaskViewPage' });
export const TaskRevisionPage = z
  .object({ items: z.array(TaskReportRevision), nextCursor: z.string().optional() })
  .meta({ id: 'TaskRevisionPage' });

export { Task, TaskInput, TaskPatch, TaskReport, TaskReportInput };
