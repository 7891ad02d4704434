import * as z from 'zod';
import { TaskStatus, TaskStatusReason } from '#shared/tasks/status.ts';
import { TaskState, TaskTitle } from './task.ts';
import { IsoDate } from './text.ts';

/**
 * What the flag job saw when it flagged a task overdue (docs/flags.md): the task as it read then
 * and the status that decided, so that the flag explains itself later.
 */
export const TaskFlagDetail = z
  .object({
    code: z.string(),
    title: TaskTitle,
    taskStatus: TaskStatus,
    reason: TaskStatusReason,
    state: TaskState.nullable(),
    /** The date the job judged the task as of. */
    asOf: IsoDate,
    /** The day the year's work was due. */
    dueDate: IsoDate,
    explanation: z.object({ vi: z.string(), en: z.string() }),
  })
  .meta({ id: 'TaskFlagDetail' });
export type TaskFlagDetail = z.infer<typeof TaskFlagDetail>;

/** One open overdue flag per (task, year). */
export const taskFlagSlot = (flag: { taskId?: string; year: number }): string =>
  `${flag.taskId ?? ''}#overdue_task#${flag.year}`;
