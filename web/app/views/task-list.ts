/** Tasks as the plan and department pages list them: code and title, status in words, lead, due date, evidence. */
import { h } from '../dom.ts';
import { formatDate, formatDeadline } from '../../src/format.ts';
import { t } from '../../src/i18n.ts';
import { departmentName } from '../../src/shape.ts';
import { taskStatusWord, taskWords } from '../../src/task-words.ts';
import type { Department, Lang, TaskItem, TaskReport } from '../../src/types.ts';
import type { ViewContext } from './common.ts';

/** The latest document a task produced, from its newest report that names one. */
const latestEvidence = (reports: TaskReport[] | undefined): TaskReport['evidence'] =>
  [...(reports ?? [])].sort((a, b) => b.year - a.year).find((r) => r.evidence)?.evidence;

const dueText = (task: TaskItem, lang: Lang) =>
  'every' in task.due
    ? taskWords(lang).everyYear(formatDeadline(task.due.deadline, lang))
    : formatDate(task.due.date, lang);

export const taskList = (
  ctx: ViewContext,
  tasks: TaskItem[],
  departments: Map<string, Department>,
  options: { showPlan?: Map<string, string> } = {},
): HTMLElement => {
  const { lang } = ctx;
  const words = taskWords(lang);
  const name = (id: string) => departmentName(departments.get(id), lang, id);
  const link = (id: string) => h('a', { href: ctx.href({ view: 'department', departmentId: id }) }, name(id));
  return h(
    'ul',
    { class: 'task-list' },
    tasks.map((task) => {
      const evidence = latestEvidence(task.reports);
      return h(
        'li',
        { class: `task task-${task.status}`, 'data-task': task.id, 'data-status': task.status },
        h(
          'p',
          { class: 'row-head' },
          h('span', { class: `tag tag-task tag-${task.status}` }, taskStatusWord(task.status, lang)),
          ' ',
          h('strong', {}, task.code),
          ' ',
          h(
            'span',
            lang === 'en' && task.title.en ? {} : { lang: 'vi' },
            lang === 'en' ? (task.title.en ?? task.title.vi) : task.title.vi,
          ),
        ),
        h(
          'dl',
          { class: 'facts task-facts' },
          options.showPlan
            ? h('div', {}, h('dt', {}, t(lang).plan), h('dd', {}, options.showPlan.get(task.planId) ?? task.planId))
            : null,
          h('div', {}, h('dt', {}, words.lead), h('dd', { class: 'task-lead' }, link(task.leadDepartmentId))),
          task.supportingDepartmentIds.length
            ? h(
                'div',
                {},
                h('dt', {}, words.supporting),
                h(
                  'dd',
                  {},
                  task.supportingDepartmentIds.map((id, i) => [i ? ', ' : '', link(id)]),
                ),
              )
            : null,
          h('div', {}, h('dt', {}, words.due), h('dd', {}, dueText(task, lang))),
          task.reports
            ? h(
                'div',
                {},
                h('dt', {}, words.evidence),
                h(
                  'dd',
                  { class: 'task-evidence' },
                  evidence
                    ? [
                        evidence.url
                          ? h('a', { href: evidence.url, rel: 'noopener' }, evidence.document)
                          : evidence.document,
                        ` (${formatDate(evidence.date, lang)})`,
                      ]
                    : h('span', { class: 'muted' }, words.noEvidence),
                ),
              )
            : null,
        ),
        h('p', { class: 'task-why muted' }, task.statusReason.explanation[lang]),
      );
    }),
  );
};

/** Tasks grouped by the plan's sections, in the order the sections first appear. */
export const tasksBySection = (tasks: TaskItem[]): { section: string; tasks: TaskItem[] }[] => {
  const groups = new Map<string, TaskItem[]>();
  for (const task of tasks) groups.set(task.section, [...(groups.get(task.section) ?? []), task]);
  return [...groups].map(([section, list]) => ({ section, tasks: list }));
};
