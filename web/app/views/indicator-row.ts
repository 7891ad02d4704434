/** One indicator in the plan page: status, latest value against target, and a sparkline. */
import { sparkline } from '../charts.ts';
import { h } from '../dom.ts';
import { formatTarget, formatValue, formatYear } from '../../src/format.ts';
import { t } from '../../src/i18n.ts';
import { chartSeries, latestActual, type ChartSeries } from '../../src/series.ts';
import { departmentName } from '../../src/shape.ts';
import { statusBadge } from '../status.ts';
import type { Department, Lang, ProgressEntry } from '../../src/types.ts';
import { illustrativeTag, type ViewContext } from './common.ts';

export const targetText = (entry: Pick<ProgressEntry, 'target' | 'unit' | 'accumulation'>, lang: Lang): string => {
  const words = t(lang);
  const notes = [
    entry.target.maintain ? words.maintain : null,
    entry.accumulation === 'cumulative' ? words.cumulative : null,
    entry.accumulation === 'average' ? words.average : null,
    entry.target.due ? entry.target.due : null,
  ].filter(Boolean);
  return `${formatTarget(entry.target, entry.unit, lang)} (${formatYear(entry.target.year)}${notes.length ? `, ${notes.join(', ')}` : ''})`;
};

/** The sparkline's words for screen readers: every point, in order. */
const sparkLabel = (entry: ProgressEntry, series: ChartSeries, lang: Lang): string => {
  const points = series.actual.map(
    (p) =>
      `${formatYear(p.x)}: ${formatValue(p.y, entry.unit, lang)}${p.illustrative ? ` (${t(lang).illustrative})` : ''}`,
  );
  return `${t(lang).trend(entry.name[lang])}. ${points.join('; ')}`;
};

export interface RowParts {
  element: HTMLElement;
  /** Draws the sparkline once the row is in the document. */
  draw?: () => void;
}

export const indicatorRow = (
  ctx: ViewContext,
  entry: ProgressEntry,
  departments: Map<string, Department>,
  startYear: number,
): RowParts => {
  const { lang } = ctx;
  const words = t(lang);
  const latest = latestActual(entry);
  const series = chartSeries(entry, entry, [], startYear);
  const headingId = `ind-${entry.indicatorId}`;

  let latestLine: HTMLElement;
  if (!latest) latestLine = h('span', { class: 'muted' }, words.noData);
  else {
    const shown = entry.accumulation === 'cumulative' && latest.total !== undefined ? latest.total : latest.value;
    latestLine = h(
      'span',
      {},
      h('span', { class: 'label' }, `${entry.accumulation === 'cumulative' ? words.total : words.latest}: `),
      h('strong', { class: 'value' }, formatValue(shown, entry.unit, lang)),
      ` (${formatYear(latest.year)})`,
      latest.illustrative || entry.illustrative ? [' ', illustrativeTag(lang)] : null,
    );
  }

  let canvas: HTMLCanvasElement | undefined;
  if (series.actual.length > 0) {
    canvas = h('canvas', {
      class: 'sparkline',
      width: 140,
      height: 40,
      role: 'img',
      'aria-label': sparkLabel(entry, series, lang),
    });
  }

  const element = h(
    'li',
    { class: 'card indicator-row', 'data-indicator': entry.indicatorId, 'data-status': entry.status },
    h(
      'article',
      { 'aria-labelledby': headingId },
      h(
        'div',
        { class: 'row-head' },
        h(
          'h3',
          { id: headingId },
          h('span', { class: 'code' }, entry.code),
          ' ',
          h('a', { href: ctx.href({ view: 'indicator', indicatorId: entry.indicatorId }) }, entry.name[lang]),
        ),
        statusBadge(entry.status, lang),
      ),
      h(
        'div',
        { class: 'row-body' },
        h(
          'p',
          { class: 'figures' },
          latestLine,
          h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '),
          h('span', {}, h('span', { class: 'label' }, `${words.target}: `), h('strong', {}, targetText(entry, lang))),
        ),
        canvas ?? null,
      ),
      h(
        'p',
        { class: 'department muted' },
        entry.departmentId
          ? departmentName(departments.get(entry.departmentId), lang, entry.departmentId)
          : words.noDepartment,
      ),
    ),
  );
  return { element, ...(canvas ? { draw: () => void sparkline(canvas, series) } : {}) };
};
