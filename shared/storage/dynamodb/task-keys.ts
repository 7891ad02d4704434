import { planPartition } from './keys.ts';

/**
 * Where tasks live (docs/data-model.md). A task and the current report of each of its years sit in
 * the plan's partition beside the indicators, so a plan's dossier is still one Query; GSI2 finds a
 * task with its reports without knowing the plan; revisions have a partition per (task, year).
 */
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const taskKey = (planId: string, taskId: string) => ({ PK: planPartition(planId), SK: `TASK#${taskId}` });
export const taskLookupKey = (taskId: string) => ({ GSI2PK: `TASK#${taskId}`, GSI2SK: '#TASK' });
/** Task ids are global (`/tasks/{taskId}`): this guard makes a second task with the same id fail. */
export const taskIdGuardKey = (taskId: string) => ({ PK: `TASKID#${taskId}`, SK: '#ID' });

/** Reports sort after every task of the plan, by task then year. */
export const taskReportPrefix = 'TREP#';
export const taskReportKey = (planId: string, taskId: string, year: number) => ({
  PK: planPartition(planId),
  SK: `${taskReportPrefix}${taskId}#Y#${year}`,
});
export const taskReportLookupKey = (taskId: string, year: number) => ({
  GSI2PK: `TASK#${taskId}`,
  GSI2SK: `Y#${year}`,
});

export const taskRevisionPartition = (taskId: string, year: number) => `TREV#${taskId}#${year}`;
export const taskRevisionKey = (taskId: string, year: number, version: number) => ({
  PK: taskRevisionPartition(taskId, year),
  SK: `V#${pad(version, 8)}`,
});

/**
 * A department's part in a task (lead or supporting): an index entry under the department, so its
 * progress finds the plans where it has tasks. The task in the plan's partition is what decides.
 */
export const departmentTaskKey = (departmentId: string, taskId: string) => ({
  PK: `DEPT#${departmentId}`,
  SK: `TASK#${taskId}`,
});
