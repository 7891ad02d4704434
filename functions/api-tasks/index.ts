import { createTask, patchTask, putTaskReport } from '#shared/api/tasks.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { tasksRoutes } from '#shared/http/routes/tasks.ts';

/** Writes on tasks: the planning office's tasks, the lead departments' yearly reports on them. */
export const handler = apiFunction('api-tasks', [tasksRoutes], {
  createTask,
  patchTask,
  putTaskReport,
});
