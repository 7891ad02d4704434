/** The plans page: every plan with its number, title, period and counts per status. */
import { h } from '../dom.ts';
import { formatPeriod } from '../../src/format.ts';
import { t } from '../../src/i18n.ts';
import { normalizePlanProgress } from '../../src/normalize.ts';
import { totalOf } from '../../src/shape.ts';
import type { Plan, PlanProgress } from '../../src/types.ts';
import { illustrativeBanner, illustrativeTag, statusBar, type View, type ViewContext } from './common.ts';

/** Newest plan first: the one most likely still running. */
const newestFirst = (a: Plan, b: Plan) => b.signedDate.localeCompare(a.signedDate) || a.number.localeCompare(b.number);

const planCard = (ctx: ViewContext, plan: Plan, progress: PlanProgress | Error): HTMLElement => {
  const words = t(ctx.lang);
  const headingId = `plan-${plan.id}`;
  let body: HTMLElement;
  if (progress instanceof Error) body = h('p', { class: 'muted' }, `${words.errorTitle}: ${progress.message}`);
  else if (totalOf(progress.summary) === 0) body = h('p', { class: 'muted' }, words.noTargets);
  else {
    body = h(
      'div',
      {},
      h(
        'p',
        { class: 'count-line' },
        words.indicatorsCount(totalOf(progress.summary)),
        progress.illustrative ? [' ', illustrativeTag(ctx.lang)] : null,
      ),
      statusBar(progress.summary, ctx.lang),
    );
  }
  return h(
    'li',
    { class: 'card plan-card' },
    h(
      'article',
      { 'aria-labelledby': headingId },
      h('h2', { id: headingId }, h('a', { href: ctx.href({ view: 'plan', planId: plan.id }) }, plan.number)),
      h('p', { class: 'plan-title', lang: 'vi' }, plan.title),
      h(
        'dl',
        { class: 'facts' },
        h('div', {}, h('dt', {}, words.area), h('dd', {}, plan.area)),
        h('div', {}, h('dt', {}, words.period), h('dd', {}, formatPeriod(plan.period))),
      ),
      body,
    ),
  );
};

export const plansView = async (ctx: ViewContext): Promise<View> => {
  const words = t(ctx.lang);
  const plans = (await ctx.api.all<Plan>('/plans')).sort(newestFirst);
  const progress = await Promise.all(
    plans.map((plan) =>
      ctx.api
        .get<Parameters<typeof normalizePlanProgress>[0]>(`/plans/${encodeURIComponent(plan.id)}/progress`)
        .then(normalizePlanProgress)
        .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
    ),
  );
  const anyIllustrative = progress.some((p) => !(p instanceof Error) && p.illustrative);
  return {
    title: words.plansTitle,
    content: [
      h('h1', {}, words.plansTitle),
      h('p', { class: 'lead' }, words.plansIntro),
      anyIllustrative ? illustrativeBanner(ctx.lang) : null,
      h(
        'ul',
        { class: 'cards', 'data-testid': 'plans' },
        plans.map((plan, i) => planCard(ctx, plan, progress[i]!)),
      ),
    ],
  };
};
