/** The indicator page's method explanation and revision history. */
import { h } from '../dom.ts';
import { formatDate, formatRatio, formatValue, formatYear } from '../../src/format.ts';
import { methodInfo, t } from '../../src/i18n.ts';
import type { Route } from '../../src/route.ts';
import type { Actual, IndicatorDetail, IndicatorProgressReport, Page, ProgressMethod } from '../../src/types.ts';
import { illustrativeTag, type ViewContext } from './common.ts';

type IndicatorRoute = Extract<Route, { view: 'indicator' }>;

const methods = Object.keys(methodInfo) as ProgressMethod[];

export const methodSection = (
  ctx: ViewContext,
  route: IndicatorRoute,
  progress: IndicatorProgressReport,
  indicator: IndicatorDetail,
): HTMLElement => {
  const { lang } = ctx;
  const words = t(lang);
  const info = methodInfo[progress.method]?.[lang];
  const figures: [string, string][] = [];
  if (progress.latest) {
    figures.push([
      words.latest,
      `${formatValue(progress.latest.value, indicator.unit, lang)} (${formatYear(progress.latest.year)})`,
    ]);
  }
  if (progress.total !== undefined) figures.push([words.total, formatValue(progress.total, indicator.unit, lang)]);
  if (progress.expected !== null) figures.push([words.expected, formatValue(progress.expected, indicator.unit, lang)]);
  if (progress.ratio !== null) figures.push([words.ratio, formatRatio(progress.ratio, lang)]);
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'method-heading' },
    h('h2', { id: 'method-heading' }, words.method),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'method' }, words.chooseMethod),
      h(
        'select',
        {
          id: 'method',
          onchange: (event: Event) => {
            const method = (event.target as HTMLSelectElement).value;
            ctx.navigate(
              method === 'linear-trajectory'
                ? { view: 'indicator', indicatorId: route.indicatorId }
                : { ...route, method },
              true,
            );
          },
        },
        methods.map((m) =>
          h('option', { value: m, selected: m === (route.method ?? 'linear-trajectory') }, methodInfo[m][lang].name),
        ),
      ),
    ),
    info ? h('p', { class: 'method-about' }, h('strong', {}, `${info.name}. `), info.about) : null,
    h('p', { class: 'explanation' }, h('strong', {}, `${words.methodExplanation}: `), progress.explanation[lang]),
    figures.length
      ? h(
          'dl',
          { class: 'facts' },
          figures.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
        )
      : null,
    h('p', { class: 'muted' }, `${words.asOfToday}: ${formatDate(progress.asOf, lang)}`),
  );
};

/** Every revision of every reported year, newest year first, newest version first. */
export const historySection = async (ctx: ViewContext, indicator: IndicatorDetail): Promise<HTMLElement> => {
  const { lang } = ctx;
  const words = t(lang);
  const years = [...new Set(indicator.actuals.map((a) => a.year))].sort((a, b) => b - a);
  const pages = await Promise.all(
    years.map((year) =>
      ctx.api
        .get<Page<Actual>>(`/indicators/${encodeURIComponent(indicator.id)}/actuals/${year}/history`)
        .then((page) => page.items)
        .catch(() => indicator.actuals.filter((a) => a.year === year)),
    ),
  );
  const revisions = pages.flat();
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'history-heading' },
    h('h2', { id: 'history-heading' }, words.history),
    revisions.length === 0
      ? h('p', { class: 'muted' }, words.noHistory)
      : h(
          'div',
          { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': 'history-heading' },
          h(
            'table',
            {},
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                [words.year, words.version, words.value, words.reportedBy, words.reportedAt, words.note].map((c) =>
                  h('th', { scope: 'col' }, c),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              revisions.map((r) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, formatYear(r.year)),
                  h('td', {}, `v${r.version}`),
                  h(
                    'td',
                    {},
                    formatValue(r.value, indicator.unit, lang),
                    r.status === 'provisional' ? ` (${words.provisional})` : '',
                    r.illustrative ? [' ', illustrativeTag(lang)] : null,
                  ),
                  h('td', {}, r.reportedBy),
                  h('td', {}, formatDate(r.reportedAt, lang)),
                  h('td', {}, r.note ?? ''),
                ),
              ),
            ),
          ),
        ),
  );
};
