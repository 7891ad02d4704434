import { ExportQuery } from '#shared/imports/contracts.ts';
import * as c from '../contracts.ts';
import * as t from '../task-contracts.ts';
import { routeArea } from '../route.ts';

const statusRule =
  'Each task carries its status as of asOf (a bare year means its 31 December, default today in Asia/Ho_Chi_Minh): ' +
  'done_on_time, done_late, in_progress, not_started, overdue (past due and not done) or not_due, with statusReason explaining it.';

/** Tasks (nhiệm vụ) of a plan, and the yearly reports their lead departments write on them. */
export const tasksRoutes = routeArea({
  createTask: {
    method: 'POST',
    path: '/plans/{planId}/tasks',
    function: 'api-tasks',
    access: 'admin',
    idempotent: true,
    summary: 'Add a task (nhiệm vụ) to a plan',
    description:
      'The id is chosen by the client (409 when it exists); the plan must exist (404), the lead and every supporting department too (422). ' +
      "The lead is not also a supporting department. due is a date ({date}) or yearly work ({every: 'year', deadline: 'MM-DD'}).",
    params: c.PlanParams,
    body: t.TaskInput,
    success: { status: 201, schema: t.Task, description: 'created' },
    tags: ['tasks'],
  },
  patchTask: {
    method: 'PATCH',
    path: '/tasks/{taskId}',
    function: 'api-tasks',
    access: 'admin',
    summary: 'Change a task',
    description:
      'At least one field; the fields sent replace the stored ones, null clears an optional field. A new lead or supporting department must exist (422); ' +
      'the lead is not also a supporting department.',
    params: t.TaskParams,
    body: t.TaskPatch,
    success: { status: 200, schema: t.Task, description: 'the changed task' },
    tags: ['tasks'],
  },
  listPlanTasks: {
    method: 'GET',
    path: '/plans/{planId}/tasks',
    function: 'api-read',
    access: 'public',
    summary: "A plan's tasks with their reports and status",
    description: `The plan's tasks in id order, paged with limit and cursor; 404 when the plan does not exist. ${statusRule}`,
    params: c.PlanParams,
    query: t.TaskListQuery,
    success: { status: 200, schema: t.TaskViewPage, description: 'a page of tasks' },
    tags: ['tasks'],
  },
  getTask: {
    method: 'GET',
    path: '/tasks/{taskId}',
    function: 'api-read',
    access: 'public',
    summary: 'One task with its reports and status',
    description: `The task, its source and due date, the current report of every year reported. ${statusRule}`,
    params: t.TaskParams,
    query: t.TaskQuery,
    success: { status: 200, schema: t.TaskView, description: 'the task' },
    tags: ['tasks'],
  },
  getTaskReport: {
    method: 'GET',
    path: '/tasks/{taskId}/reports/{year}',
    function: 'api-read',
    access: 'public',
    summary: "One year's report on a task, with its ETag for If-Match",
    description:
      'The current report of one year; its ETag is what a correction sends as If-Match. 404 when the year has no report.',
    params: t.TaskReportParams,
    success: { status: 200, schema: t.TaskReport, description: 'the report; ETag header' },
    tags: ['tasks'],
  },
  putTaskReport: {
    method: 'PUT',
    path: '/tasks/{taskId}/reports/{year}',
    function: 'api-tasks',
    access: 'owner',
    summary: "Report or correct a year's state of a task (If-Match to replace)",
    description:
      'A one-off task is reported under its due year only, yearly work under a year of the plan period (422 naming path.year). ' +
      'The lead department or the planning office writes the report; a supporting department may only change the note of an existing report, ' +
      'sending state, completedOn and evidence as they are (403 otherwise); any other department gets 403. ' +
      'A first report needs no If-Match (201); replacing one needs If-Match with its ETag (428 without, 412 when stale; 200). ' +
      "completedOn only with state 'done'; evidence names the document the task produced.",
    params: t.TaskReportParams,
    body: t.TaskReportInput,
    success: { status: 201, schema: t.TaskReport, description: 'created (200 when replaced); ETag header' },
    tags: ['tasks'],
  },
  exportTasks: {
    method: 'GET',
    path: '/plans/{planId}/tasks.csv',
    function: 'api-imports',
    access: 'public',
    summary: "A plan's task reports as CSV that imports back unchanged (?locale=vi: semicolons)",
    description:
      "Every current report of the plan's tasks, one row per (task, year), in the task import's columns " +
      '(taskId, year, state, completedOn, note, evidenceDocument, evidenceDate, evidenceUrl), so the file imports back unchanged through POST /imports.',
    params: c.PlanParams,
    query: ExportQuery,
    success: { status: 200, description: 'text/csv', mediaType: 'text/csv' },
    tags: ['tasks'],
  },
  listTaskHistory: {
    method: 'GET',
    path: '/tasks/{taskId}/reports/{year}/history',
    function: 'api-read',
    access: 'public',
    summary: "Every revision of a year's report on a task, newest first",
    description: 'Every version written for the year, newest first, paged with limit and cursor.',
    params: t.TaskReportParams,
    query: c.PageQuery,
    success: { status: 200, schema: t.TaskRevisionPage, description: 'revisions' },
    tags: ['tasks'],
  },
});
