/**
 * One plan: its reporting rule and open flags, then its indicators grouped by domain, filtered by
 * department and status (the filters live in the URL, so a filtered view can be shared).
 */
import { h, type Child } from '../dom.ts';
import { formatDate, formatDeadline, formatNumber, formatPeriod } from '../../src/format.ts';
import { domainLabel, flagTypeWord, statusWord, t } from '../../src/i18n.ts';
import { normalizePlanProgress } from '../../src/normalize.ts';
import type { Route } from '../../src/route.ts';
import {
  countFlagTypes,
  departmentOptions,
  filterRows,
  flagPreview,
  groupByDomain,
  statusOrder,
} from '../../src/shape.ts';
import type { Department, Flag, Plan, PlanProgress, ProgressStatus, TaskItem } from '../../src/types.ts';
import { backLink, illustrativeBanner, statusBar, type View, type ViewContext } from './common.ts';
import { flagList } from './flag-list.ts';
import { indicatorRow } from './indicator-row.ts';
import { planTasks } from './plan-tasks.ts';

type PlanRoute = Extract<Route, { view: 'plan' }>;

const reportingRule = (ctx: ViewContext, plan: PlanProgress['plan']): HTMLElement => {
  const words = t(ctx.lang);
  const rule = plan.reporting;
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'reporting-heading' },
    h('h2', { id: 'reporting-heading' }, words.reportingRule),
    h(
      'p',
      {},
      rule
        ? words.reportingDue(formatDeadline(rule.deadline, ctx.lang), rule.yearOffset, rule.to)
        : words.noReportingRule,
    ),
    rule ? h('p', {}, h('a', { href: ctx.href({ view: 'reporting', planId: plan.id }) }, words.reportingLink)) : null,
  );
};

/** The plan's open flags in brief: how many of each type, the most pressing few, a link to them all. */
const openFlags = (
  ctx: ViewContext,
  flags: Flag[] | Error,
  progress: PlanProgress,
  departments: Map<string, Department>,
): HTMLElement => {
  const words = t(ctx.lang);
  const names = new Map(progress.entries.map((e) => [e.indicatorId, `${e.code} ${e.name[ctx.lang]}`]));
  let body: Child;
  if (flags instanceof Error) body = h('p', { class: 'muted' }, `${words.errorTitle}: ${flags.message}`);
  else if (flags.length === 0) body = h('p', { class: 'muted' }, words.noOpenFlags);
  else {
    const counts = [...countFlagTypes(flags)]
      .sort(([a], [b]) => (a === 'lagging' ? -1 : b === 'lagging' ? 1 : 0))
      .map(([type, n]) => `${flagTypeWord(type, ctx.lang)}: ${formatNumber(n, ctx.lang)}`);
    body = [
      h('p', { class: 'flag-counts' }, counts.join(' · ')),
      flagList(ctx, flagPreview(flags, 4), { indicatorNames: names, departments, showDepartment: true, compact: true }),
      h(
        'p',
        {},
        h('a', { href: ctx.href({ view: 'flags', plan: progress.plan.id }) }, words.allPlanFlags(flags.length)),
      ),
    ];
  }
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'flags-heading' },
    h(
      'h2',
      { id: 'flags-heading' },
      words.openFlags,
      flags instanceof Error ? null : h('span', { class: 'count-badge' }, String(flags.length)),
    ),
    body,
  );
};

const select = (
  id: string,
  label: string,
  value: string | undefined,
  options: { value: string; label: string }[],
  onChange: (value: string) => void,
) =>
  h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, name: id, onchange: (event: Event) => onChange((event.target as HTMLSelectElement).value) },
      options.map((option) =>
        h('option', { value: option.value, selected: option.value === (value ?? '') }, option.label),
      ),
    ),
  );

export const planView = async (ctx: ViewContext, route: PlanRoute): Promise<View> => {
  const { lang } = ctx;
  const words = t(lang);
  const id = encodeURIComponent(route.planId);
  const [plan, answer, departmentList, flags, tasks] = await Promise.all([
    ctx.api.get<Plan>(`/plans/${id}`),
    ctx.api.get<Parameters<typeof normalizePlanProgress>[0]>(`/plans/${id}/progress`, { detail: 'full' }),
    ctx.api.all<Department>('/departments').catch(() => [] as Department[]),
    ctx.api
      .all<Flag>('/flags', { status: 'open', planId: route.planId })
      .catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))),
    ctx.api.all<TaskItem>(`/plans/${id}/tasks`).catch(() => [] as TaskItem[]),
  ]);
  const progress = normalizePlanProgress(answer);
  const departments = new Map(departmentList.map((d) => [d.id, d]));
  const rows = filterRows(progress.entries, route);
  const startYear = plan.period.startYear;
  const parts = groupByDomain(rows).map((group) => ({
    group,
    rows: group.rows.map((entry) => indicatorRow(ctx, entry, departments, startYear)),
  }));

  const refilter = (change: Partial<PlanRoute>) => {
    const next: PlanRoute = { ...route, ...change };
    if (!next.department) delete next.department;
    if (!next.status) delete next.status;
    ctx.navigate(next, true);
  };
  const statusOptions = statusOrder
    .filter((status) => progress.summary[status] > 0 || status === route.status)
    .map((status) => ({ value: status, label: `${statusWord(status, lang)} (${progress.summary[status]})` }));

  return {
    title: plan.number,
    content: [
      backLink(ctx, { view: 'plans' }, words.backToPlans),
      h('h1', {}, plan.number),
      h('p', { class: 'plan-title', lang: 'vi' }, plan.title),
      h(
        'dl',
        { class: 'facts' },
        h('div', {}, h('dt', {}, words.issuer), h('dd', {}, plan.issuer)),
        h('div', {}, h('dt', {}, words.signed), h('dd', {}, formatDate(plan.signedDate, lang))),
        h('div', {}, h('dt', {}, words.period), h('dd', {}, formatPeriod(plan.period))),
      ),
      progress.entries.length ? statusBar(progress.summary, lang) : h('p', { class: 'muted' }, words.noTargets),
      progress.illustrative ? illustrativeBanner(lang) : null,
      h('div', { class: 'panels' }, reportingRule(ctx, progress.plan), openFlags(ctx, flags, progress, departments)),
      progress.entries.length
        ? h(
            'form',
            { class: 'filters', 'aria-label': words.filters, onsubmit: (event: Event) => event.preventDefault() },
            select(
              'department',
              words.department,
              route.department,
              [
                { value: '', label: words.all },
                ...departmentOptions(progress.entries, departmentList, lang).map((d) => ({
                  value: d.id,
                  label: d.name,
                })),
              ],
              (value) => refilter({ department: value }),
            ),
            select('status', words.status, route.status, [{ value: '', label: words.all }, ...statusOptions], (value) =>
              refilter({ status: (value || undefined) as ProgressStatus | undefined }),
            ),
            h(
              'p',
              { class: 'muted', role: 'status', 'aria-live': 'polite' },
              words.shown(rows.length, progress.entries.length),
            ),
          )
        : null,
      progress.entries.length && rows.length === 0 ? h('p', { class: 'state' }, words.noMatch) : null,
      parts.map(({ group, rows: groupRows }) =>
        h(
          'section',
          { class: 'domain', 'aria-labelledby': `domain-${group.domain}` },
          h(
            'h2',
            { id: `domain-${group.domain}` },
            domainLabel(group.domain, lang),
            h('span', { class: 'count-badge' }, String(group.rows.length)),
          ),
          h(
            'ul',
            { class: 'indicator-list' },
            groupRows.map((row) => row.element),
          ),
        ),
      ),
      tasks.length ? planTasks(ctx, tasks, departments) : null,
    ],
    mounted: () => {
      for (const part of parts) for (const row of part.rows) row.draw?.();
    },
  };
};
