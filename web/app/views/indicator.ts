/**
 * One indicator: the chart (actuals, expected trajectory, target) with the same figures as a table,
 * how the method judged it, the revision history, and the plan's own sentence that sets the target.
 */
import { changeChart, indicatorChart } from '../charts.ts';
import { h } from '../dom.ts';
import { formatNumber, formatTarget, formatValue, formatYear } from '../../src/format.ts';
import { domainLabel, t } from '../../src/i18n.ts';
import type { Route } from '../../src/route.ts';
import { semanticSeries, type VersionLike } from '../../src/semantic-series.ts';
import { chartSeries, type ChartSeries } from '../../src/series.ts';
import { departmentName } from '../../src/shape.ts';
import { statusBadge } from '../status.ts';
import type { Actual, Department, IndicatorDetail, IndicatorProgressReport, Lang } from '../../src/types.ts';
import { backLink, illustrativeBanner, illustrativeTag, type View, type ViewContext } from './common.ts';
import { historySection, methodSection } from './indicator-sections.ts';
import { targetText } from './indicator-row.ts';

type IndicatorRoute = Extract<Route, { view: 'indicator' }>;

const chartLabel = (indicator: IndicatorDetail, series: ChartSeries, lang: Lang): string => {
  const words = t(lang);
  const points = series.actual.map(
    (p) =>
      `${formatYear(p.x)}: ${formatValue(p.y, indicator.unit, lang)}${p.illustrative ? ` (${words.illustrative})` : ''}`,
  );
  const target = series.target
    ? `${words.target} ${formatTarget(indicator.target, indicator.unit, lang)} (${formatYear(series.target.year)})`
    : '';
  return `${words.chartTitle}. ${points.join('; ')}. ${target}`;
};

/** The chart's figures as a table: every year with an actual or an expected value. */
const figuresTable = (indicator: IndicatorDetail, series: ChartSeries, actuals: Actual[], lang: Lang): HTMLElement => {
  const words = t(lang);
  const years = [...new Set([...series.actual.map((p) => p.x), ...series.expected.map((p) => p.x)])].sort(
    (a, b) => a - b,
  );
  const actualAt = new Map(series.actual.map((p) => [p.x, p]));
  const expectedAt = new Map(series.expected.map((p) => [p.x, p.y]));
  const noteAt = new Map(actuals.map((a) => [a.year, a.note]));
  return h(
    'div',
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': 'figures-caption' },
    h(
      'table',
      { class: 'figures-table' },
      h('caption', { id: 'figures-caption' }, words.dataTable),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [words.year, series.cumulative ? words.chartActualTotal : words.chartActual, words.expected, words.note].map(
            (c) => h('th', { scope: 'col' }, c),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        years.map((year) => {
          const actual = actualAt.get(year);
          const expected = expectedAt.get(year);
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, formatYear(year)),
            h(
              'td',
              {},
              actual ? formatValue(actual.y, indicator.unit, lang) : '—',
              actual?.illustrative ? [' ', illustrativeTag(lang)] : null,
              actual?.provisional ? ` (${words.provisional})` : '',
            ),
            h('td', {}, expected === undefined ? '—' : formatValue(expected, indicator.unit, lang)),
            h('td', {}, noteAt.get(year) ?? ''),
          );
        }),
      ),
    ),
  );
};

const milestoneReports = (indicator: IndicatorDetail, lang: Lang): HTMLElement => {
  const words = t(lang);
  const sorted = [...indicator.actuals].sort((a, b) => a.year - b.year);
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'milestone-heading' },
    h('h2', { id: 'milestone-heading' }, words.milestoneReports),
    sorted.length === 0
      ? h('p', { class: 'muted' }, words.noData)
      : h(
          'ul',
          { class: 'milestones' },
          sorted.map((a) =>
            h(
              'li',
              {},
              h('strong', {}, formatYear(a.year)),
              `: ${formatValue(a.value, indicator.unit, lang)}`,
              a.illustrative ? [' ', illustrativeTag(lang)] : null,
            ),
          ),
        ),
  );
};

type TargetVersionRow = VersionLike & { version: number; document: string };

/** The amendments, oldest first, when the target was ever amended. */
const versionsFact = (versions: TargetVersionRow[], indicator: IndicatorDetail, lang: Lang): HTMLElement | null => {
  if (versions.length < 2) return null;
  const words = t(lang);
  return h(
    'div',
    {},
    h('dt', {}, words.targetVersions),
    h(
      'dd',
      {},
      h(
        'ol',
        { class: 'target-versions' },
        versions.map((v) =>
          h(
            'li',
            {},
            `${formatTarget({ ...indicator.target, value: v.target.value }, indicator.unit, lang)} — ${v.document} (${v.validFrom})`,
          ),
        ),
      ),
    ),
  );
};

export const indicatorView = async (ctx: ViewContext, route: IndicatorRoute): Promise<View> => {
  const { lang } = ctx;
  const words = t(lang);
  const id = encodeURIComponent(route.indicatorId);
  const [indicator, report, departments, versions] = await Promise.all([
    ctx.api.get<IndicatorDetail>(`/indicators/${id}`),
    ctx.api.get<IndicatorProgressReport>(`/indicators/${id}/progress`, { method: route.method }),
    ctx.api.all<Department>('/departments').catch(() => [] as Department[]),
    // An older API without the route: the chart simply draws one target level.
    ctx.api
      .get<{ items: TargetVersionRow[] }>(`/indicators/${id}/targets`)
      .then((answer) => answer.items)
      .catch(() => [] as TargetVersionRow[]),
  ]);
  const progress = report;
  const plan = report.plan;
  const series = chartSeries(indicator, progress, indicator.actuals, plan.period.startYear);
  const semantic = semanticSeries(indicator, progress, series, versions);
  const changeCanvas =
    semantic.changes.length > 0
      ? h('canvas', {
          role: 'img',
          'aria-label': `${words.changeChartTitle}. ${semantic.changes
            .map((c) => `${formatYear(c.x)}: ${formatNumber(c.change, lang)} (${c.met ? '✓' : '✗'})`)
            .join('; ')}`,
        })
      : undefined;
  const illustrative = indicator.actuals.some((a) => a.illustrative === true);
  const department = departments.find((d) => d.id === indicator.departmentId);
  const numeric = indicator.kind === 'numeric';
  const canvas =
    numeric && series.actual.length + series.expected.length > 0
      ? h('canvas', { role: 'img', 'aria-label': chartLabel(indicator, series, lang) })
      : undefined;
  const history = await historySection(ctx, indicator);

  return {
    title: `${indicator.code} ${indicator.name[lang]}`,
    content: [
      backLink(ctx, { view: 'plan', planId: indicator.planId }, `${words.plan} ${plan.number}`),
      h(
        'p',
        { class: 'eyebrow' },
        h('span', { class: 'code' }, indicator.code),
        ' · ',
        domainLabel(indicator.domain, lang),
      ),
      h('h1', {}, indicator.name[lang]),
      lang === 'en' ? h('p', { class: 'muted', lang: 'vi' }, indicator.name.vi) : null,
      h(
        'div',
        { class: 'status-line' },
        statusBadge(progress.status, lang),
        illustrative ? illustrativeTag(lang) : null,
      ),
      h(
        'dl',
        { class: 'facts' },
        h('div', {}, h('dt', {}, words.target), h('dd', {}, targetText(indicator, lang))),
        h(
          'div',
          {},
          h('dt', {}, words.department),
          h(
            'dd',
            {},
            indicator.departmentId ? departmentName(department, lang, indicator.departmentId) : words.noDepartment,
          ),
        ),
        h(
          'div',
          {},
          h('dt', {}, words.plan),
          h('dd', {}, h('a', { href: ctx.href({ view: 'plan', planId: indicator.planId }) }, plan.number)),
        ),
        versionsFact(versions, indicator, lang),
      ),
      illustrative ? illustrativeBanner(lang) : null,
      numeric
        ? h(
            'section',
            { class: 'panel', 'aria-labelledby': 'chart-heading' },
            h('h2', { id: 'chart-heading' }, words.chartTitle),
            canvas ? h('div', { class: 'chart-box' }, canvas) : h('p', { class: 'muted' }, words.noData),
            series.actual.length + series.expected.length > 0
              ? figuresTable(indicator, series, indicator.actuals, lang)
              : null,
            changeCanvas
              ? [h('h3', {}, words.changeChartTitle), h('div', { class: 'chart-box chart-box-small' }, changeCanvas)]
              : null,
          )
        : milestoneReports(indicator, lang),
      methodSection(ctx, route, progress, indicator),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'source-heading' },
        h('h2', { id: 'source-heading' }, words.source),
        h(
          'figure',
          { class: 'source' },
          h('blockquote', { lang: 'vi' }, indicator.source.quote),
          h('figcaption', {}, `${words.section} ${indicator.source.section} — ${plan.number}`),
        ),
      ),
      history,
    ],
    mounted: () => {
      if (canvas)
        indicatorChart(canvas, series, {
          lang,
          unit: indicator.unit,
          targetLabel: formatTarget(indicator.target, indicator.unit, lang),
          illustrative,
          semantic,
        });
      if (changeCanvas) changeChart(changeCanvas, semantic, { lang, unit: indicator.unit });
    },
  };
};
