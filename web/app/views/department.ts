/** One department: the tasks it leads (counted by status) and those it supports, across the plans. */
import { h } from '../dom.ts';
import { formatNumber } from '../../src/format.ts';
import { t } from '../../src/i18n.ts';
import type { Route } from '../../src/route.ts';
import { departmentName } from '../../src/shape.ts';
import { taskStatusOrder, taskStatusWord, taskWords } from '../../src/task-words.ts';
import type { Department, DepartmentTasks, Plan, TaskItem } from '../../src/types.ts';
import { backLink, type View, type ViewContext } from './common.ts';
import { taskList } from './task-list.ts';

type DepartmentRoute = Extract<Route, { view: 'department' }>;

const asItems = (entries: DepartmentTasks['tasks']['lead']): TaskItem[] =>
  entries.map(({ taskId, ...rest }) => ({ ...rest, id: taskId }));

export const departmentView = async (ctx: ViewContext, route: DepartmentRoute): Promise<View> => {
  const { lang } = ctx;
  const words = taskWords(lang);
  const id = encodeURIComponent(route.departmentId);
  const [answer, departmentList, plans] = await Promise.all([
    ctx.api.get<DepartmentTasks>(`/departments/${id}/progress`),
    ctx.api.all<Department>('/departments').catch(() => [] as Department[]),
    ctx.api.all<Plan>('/plans').catch(() => [] as Plan[]),
  ]);
  const departments = new Map(departmentList.map((d) => [d.id, d]));
  const planNumbers = new Map(plans.map((p) => [p.id, p.number]));
  const title = departmentName(departments.get(answer.department.id), lang, answer.department.name);
  const lead = asItems(answer.tasks.lead);
  const supporting = asItems(answer.tasks.supporting);
  const counts = taskStatusOrder
    .filter((status) => answer.tasks.summary[status] > 0)
    .map((status) => `${taskStatusWord(status, lang)}: ${formatNumber(answer.tasks.summary[status], lang)}`);
  const part = (headingId: string, heading: string, tasks: TaskItem[]) =>
    h(
      'section',
      { class: 'tasks', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, heading, h('span', { class: 'count-badge' }, String(tasks.length))),
      tasks.length
        ? taskList(ctx, tasks, departments, { showPlan: planNumbers })
        : h('p', { class: 'muted' }, words.noTasks),
    );
  return {
    title,
    content: [
      backLink(ctx, { view: 'plans' }, t(lang).backToPlans),
      h('h1', {}, title),
      counts.length ? h('p', { class: 'task-counts', 'aria-label': words.taskCounts }, counts.join(' · ')) : null,
      part('leads-heading', words.leads, lead),
      part('supports-heading', words.supports, supporting),
    ],
  };
};
