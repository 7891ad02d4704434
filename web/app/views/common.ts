/** Pieces every page uses: the view contract, loading and error states, tags, the status bar. */
import type { Api } from '../../src/api.ts';
import { ApiError } from '../../src/api.ts';
import { h, type Child } from '../dom.ts';
import { formatNumber } from '../../src/format.ts';
import { statusWord, t } from '../../src/i18n.ts';
import type { Route } from '../../src/route.ts';
import { segments, statusOrder, totalOf } from '../../src/shape.ts';
import { statusColours, statusIcon } from '../status.ts';
import type { Lang, StatusCounts } from '../../src/types.ts';

export interface ViewContext {
  api: Api;
  lang: Lang;
  /** The href of a route in the current language. */
  href: (route: Route) => string;
  /** Go to a route (replacing the history entry when only filters change). */
  navigate: (route: Route, replace?: boolean) => void;
}

/** A rendered page: its title, its content, and work to do once it is in the document (charts). */
export interface View {
  title: string;
  content: Child;
  mounted?: () => void;
}

export const loadingView = (lang: Lang): HTMLElement =>
  h(
    'div',
    { class: 'state loading', role: 'status', 'aria-live': 'polite' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    t(lang).loading,
  );

export const errorView = (error: unknown, lang: Lang, retry: () => void): HTMLElement => {
  const words = t(lang);
  const detail =
    error instanceof ApiError
      ? `${error.status ? `${error.status} · ` : ''}${error.path}: ${error.message}`
      : String(error);
  return h(
    'div',
    { class: 'state error', role: 'alert' },
    h('h2', {}, words.errorTitle),
    h('p', { class: 'detail' }, detail),
    h('button', { type: 'button', class: 'button', onclick: () => retry() }, words.retry),
  );
};

/** The visible "Illustrative" label for demo values. */
export const illustrativeTag = (lang: Lang): HTMLElement =>
  h('span', { class: 'tag tag-illustrative', title: t(lang).illustrativeNote }, t(lang).illustrative);

export const illustrativeBanner = (lang: Lang): HTMLElement =>
  h('p', { class: 'banner banner-illustrative', role: 'note' }, illustrativeTag(lang), ' ', t(lang).illustrativeNote);

/**
 * Counts per status: a proportional bar (decoration, hidden from screen readers) above a legend
 * that says the same in words and numbers, each with its status icon.
 */
export const statusBar = (counts: Partial<StatusCounts>, lang: Lang): HTMLElement => {
  const parts = segments(counts);
  const total = totalOf(counts);
  const bar = h(
    'div',
    { class: 'status-bar', 'aria-hidden': 'true' },
    parts.map((part) => {
      const segment = h('span', {
        class: `segment segment-${part.status}`,
        title: `${statusWord(part.status, lang)}: ${part.count}`,
      });
      // Set through the CSSOM, which a strict Content-Security-Policy (no inline styles) allows.
      segment.style.width = `${(part.share * 100).toFixed(3)}%`;
      segment.style.background = statusColours[part.status];
      return segment;
    }),
  );
  const legend = h(
    'ul',
    { class: 'status-legend', 'aria-label': `${t(lang).statusSummary} (${t(lang).indicatorsCount(total)})` },
    statusOrder
      .filter((status) => (counts[status] ?? 0) > 0)
      .map((status) =>
        h(
          'li',
          { class: `status status-${status}`, 'data-status': status },
          statusIcon(status),
          h('span', {}, statusWord(status, lang)),
          h('strong', { class: 'count' }, formatNumber(counts[status] ?? 0, lang)),
        ),
      ),
  );
  return h('div', { class: 'status-summary' }, bar, legend);
};

export const backLink = (ctx: ViewContext, route: Route, label: string): HTMLElement =>
  h('a', { class: 'back', href: ctx.href(route) }, h('span', { 'aria-hidden': 'true' }, '← '), label);
