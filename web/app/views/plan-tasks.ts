/** A plan's tasks on its page, by section of the plan, each with its status, lead and evidence. */
import { h } from '../dom.ts';
import { taskWords } from '../../src/task-words.ts';
import type { Department, TaskItem } from '../../src/types.ts';
import type { ViewContext } from './common.ts';
import { taskList, tasksBySection } from './task-list.ts';

export const planTasks = (ctx: ViewContext, tasks: TaskItem[], departments: Map<string, Department>): HTMLElement => {
  const words = taskWords(ctx.lang);
  const byCode = new Intl.Collator('en', { numeric: true });
  const sorted = [...tasks].sort((a, b) => byCode.compare(a.code, b.code));
  return h(
    'section',
    { class: 'tasks', 'aria-labelledby': 'tasks-heading', 'data-testid': 'tasks' },
    h('h2', { id: 'tasks-heading' }, words.tasks, h('span', { class: 'count-badge' }, String(tasks.length))),
    h('p', { class: 'muted' }, words.tasksIntro),
    tasksBySection(sorted).map(({ section, tasks: list }) =>
      h('section', { class: 'task-section' }, h('h3', { lang: 'vi' }, section), taskList(ctx, list, departments)),
    ),
  );
};
