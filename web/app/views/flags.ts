/** Open flags by department, newest first; `?department=` and `?plan=` narrow them. */
import { h, replaceChildren } from '../dom.ts';
import { t } from '../../src/i18n.ts';
import type { Route } from '../../src/route.ts';
import { departmentName, flagsByDepartment } from '../../src/shape.ts';
import type { Department, Flag, Indicator, Page, Plan } from '../../src/types.ts';
import { backLink, type View, type ViewContext } from './common.ts';
import { flagList } from './flag-list.ts';

type FlagsRoute = Extract<Route, { view: 'flags' }>;

const select = (
  id: string,
  label: string,
  value: string | undefined,
  options: { value: string; label: string }[],
  all: string,
  onChange: (value: string) => void,
) =>
  h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, onchange: (event: Event) => onChange((event.target as HTMLSelectElement).value) },
      h('option', { value: '' }, all),
      options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)),
    ),
  );

/** Flags per page: the first page shows at once, "load more" reads the next with the API's cursor. */
export const flagsPageSize = 50;

export const flagsView = async (ctx: ViewContext, route: FlagsRoute): Promise<View> => {
  const { lang } = ctx;
  const words = t(lang);
  const filter = { status: 'open', departmentId: route.department, planId: route.plan };
  const [first, departmentList, plans] = await Promise.all([
    ctx.api.get<Page<Flag>>('/flags', { ...filter, limit: String(flagsPageSize) }),
    ctx.api.all<Department>('/departments').catch(() => [] as Department[]),
    ctx.api.all<Plan>('/plans').catch(() => [] as Plan[]),
  ]);
  const flags = [...first.items];
  let cursor = first.nextCursor;
  // Indicator names, for the plans that have open flags only, read once per plan as pages arrive.
  const indicatorNames = new Map<string, string>();
  const namedPlans = new Set<string>();
  const nameIndicators = async (page: Flag[]) => {
    const planIds = [...new Set(page.map((f) => f.planId))].filter((id) => !namedPlans.has(id));
    for (const id of planIds) namedPlans.add(id);
    const lists = await Promise.all(
      planIds.map((planId) =>
        ctx.api.all<Indicator>(`/plans/${encodeURIComponent(planId)}/indicators`).catch(() => [] as Indicator[]),
      ),
    );
    for (const i of lists.flat()) indicatorNames.set(i.id, `${i.code} ${i.name[lang]}`);
  };
  await nameIndicators(flags);
  const departments = new Map(departmentList.map((d) => [d.id, d]));
  const planNumbers = new Map(plans.map((p) => [p.id, p.number]));
  const refilter = (change: Partial<FlagsRoute>) => {
    const next: FlagsRoute = { ...route, ...change };
    if (!next.department) delete next.department;
    if (!next.plan) delete next.plan;
    ctx.navigate(next, true);
  };

  const shown = h('p', { class: 'muted', role: 'status', 'aria-live': 'polite' });
  const list = h('div', { class: 'flag-groups' });
  const more = h('button', { type: 'button', class: 'button', id: 'flags-more' }, words.loadMore);
  const draw = () => {
    const groups = flagsByDepartment(flags);
    shown.textContent = words.flagsShown(flags.length);
    replaceChildren(
      list,
      groups.length === 0 ? h('p', { class: 'state' }, words.noOpenFlags) : null,
      groups.map((group, i) =>
        h(
          'section',
          { class: 'panel', 'aria-labelledby': `flag-group-${i}` },
          h(
            'h2',
            { id: `flag-group-${i}` },
            group.departmentId
              ? departmentName(departments.get(group.departmentId), lang, group.departmentId)
              : words.noDepartment,
            h('span', { class: 'count-badge' }, String(group.flags.length)),
          ),
          flagList(ctx, group.flags, { indicatorNames, departments, planNumbers }),
        ),
      ),
    );
    more.hidden = !cursor;
  };
  more.addEventListener('click', async () => {
    if (!cursor) return;
    more.setAttribute('aria-busy', 'true');
    const page = await ctx.api.get<Page<Flag>>('/flags', { ...filter, limit: String(flagsPageSize), cursor });
    await nameIndicators(page.items);
    flags.push(...page.items);
    cursor = page.nextCursor;
    more.removeAttribute('aria-busy');
    draw();
    more.focus();
  });
  draw();

  return {
    title: words.flagsTitle,
    content: [
      backLink(
        ctx,
        route.plan ? { view: 'plan', planId: route.plan } : { view: 'plans' },
        route.plan ? `${words.plan} ${planNumbers.get(route.plan) ?? route.plan}` : words.backToPlans,
      ),
      h('h1', {}, words.flagsTitle),
      h('p', { class: 'lead' }, words.flagsIntro),
      h(
        'form',
        { class: 'filters', 'aria-label': words.filters, onsubmit: (event: Event) => event.preventDefault() },
        select(
          'flag-plan',
          words.plan,
          route.plan,
          plans.map((p) => ({ value: p.id, label: p.number })),
          words.all,
          (plan) => refilter({ plan }),
        ),
        select(
          'flag-department',
          words.department,
          route.department,
          departmentList
            .map((d) => ({ value: d.id, label: departmentName(d, lang, d.id) }))
            .sort((a, b) => a.label.localeCompare(b.label, lang)),
          words.all,
          (department) => refilter({ department }),
        ),
        shown,
      ),
      list,
      h('p', {}, more),
    ],
  };
};
