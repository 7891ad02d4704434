import * as z from 'zod';
import { Task, TaskState } from '#shared/domain/task.ts';
import { TaskStatus, TaskStatusReason } from '#shared/tasks/status.ts';
import { YearParam } from './contracts.ts';

/** A task's status as of a date in the answers that carry it: the task reads and the progress answers. */

/** Why the status is what it is: the year judged, its due date, the report's state, the days, one sentence each language. */
export const TaskStatusExplained = z
  .object({
    reason: TaskStatusReason,
    year: YearParam,
    dueDate: z.iso.date(),
    asOf: z.iso.date(),
    state: TaskState.nullable(),
    completedOn: z.iso.date().optional(),
    daysToDue: z.number().int(),
    daysLate: z.number().int().optional(),
    explanation: z.object({ vi: z.string(), en: z.string() }),
  })
  .meta({ id: 'TaskStatusReason' });

/** How many tasks have each status; every status is present, 0 when none. */
export const TaskSummary = z
  .record(TaskStatus, z.number().int().nonnegative())
  .meta({ id: 'TaskSummary', description: 'task count per status; every status present' });

/** One task as progress answers list it. */
export const TaskProgressEntry = Task.pick({
  planId: true,
  code: true,
  section: true,
  title: true,
  leadDepartmentId: true,
  supportingDepartmentIds: true,
  due: true,
  output: true,
})
  .extend({ taskId: Task.shape.id, status: TaskStatus, statusReason: TaskStatusExplained })
  .meta({ id: 'TaskProgressEntry' });
export type TaskProgressEntry = z.infer<typeof TaskProgressEntry>;

/** A plan's tasks in its progress answer: the count per status (the entries are at GET /plans/{planId}/tasks). */
export const PlanTasksProgress = z.object({ summary: TaskSummary }).meta({ id: 'PlanTasksProgress' });

/** A department's tasks: those it leads (counted in the summary) and those it supports. */
export const DepartmentTasksProgress = z
  .object({ summary: TaskSummary, lead: z.array(TaskProgressEntry), supporting: z.array(TaskProgressEntry) })
  .meta({ id: 'DepartmentTasksProgress' });
