/**
 * The dashboard: reads the hash route and the language, draws the header, then the page, with a
 * loading state first and an error state (with retry) when the API fails.
 */
import { Api, loadApiBase } from '../src/api.ts';
import { destroyCharts } from './charts.ts';
import { h, replaceChildren, type Child } from './dom.ts';
import { t } from '../src/i18n.ts';
import { browserStore, otherLang, rememberLang, resolveLang } from '../src/lang.ts';
import { buildHash, parseHash, type Route } from '../src/route.ts';
import type { Lang } from '../src/types.ts';
import { errorView, loadingView, type View, type ViewContext } from './views/common.ts';
import { departmentView } from './views/department.ts';
import { flagsView } from './views/flags.ts';
import { indicatorView } from './views/indicator.ts';
import { planView } from './views/plan.ts';
import { plansView } from './views/plans.ts';
import { reportingView } from './views/reporting.ts';

const header = document.getElementById('site-header')!;
const main = document.getElementById('main')!;
const footer = document.getElementById('site-footer')!;

let api: Api;
let apiBase = '';
let renderCount = 0;
/**
 * Set when the page stays the same and only a filter or the language changed: keep the content
 * while loading, no scroll, and the focus back on the control that was used.
 */
let stay: { focusId: string | undefined } | undefined;

const viewFor = (ctx: ViewContext, route: Route): Promise<View> => {
  switch (route.view) {
    case 'plans':
      return plansView(ctx);
    case 'plan':
      return planView(ctx, route);
    case 'reporting':
      return reportingView(ctx, route);
    case 'indicator':
      return indicatorView(ctx, route);
    case 'flags':
      return flagsView(ctx, route);
    case 'department':
      return departmentView(ctx, route);
    case 'not-found':
      return Promise.resolve({
        title: '404',
        content: [
          h('h1', {}, '404'),
          h('p', {}, t(ctx.lang).notFound),
          h('p', {}, h('a', { href: ctx.href({ view: 'plans' }) }, t(ctx.lang).backToPlans)),
        ],
      });
  }
};

const drawChrome = (route: Route, lang: Lang) => {
  const words = t(lang);
  const link = (target: Route, label: string, current: boolean) =>
    h('a', { href: buildHash(target, lang), 'aria-current': current ? 'page' : undefined }, label);
  replaceChildren(
    header,
    h(
      'div',
      { class: 'inner' },
      h(
        'a',
        { class: 'skip', href: '#main', onclick: (event: Event) => (event.preventDefault(), main.focus()) },
        words.skipToContent,
      ),
      h(
        'a',
        { class: 'brand', href: buildHash({ view: 'plans' }, lang) },
        h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'CT'),
        h('span', {}, words.appName),
      ),
      h(
        'nav',
        { 'aria-label': words.appName },
        h(
          'ul',
          {},
          h(
            'li',
            {},
            link(
              { view: 'plans' },
              words.navPlans,
              route.view === 'plans' || route.view === 'plan' || route.view === 'reporting',
            ),
          ),
          h('li', {}, link({ view: 'flags' }, words.navFlags, route.view === 'flags')),
        ),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'lang-toggle',
          class: 'lang-toggle',
          lang: otherLang(lang),
          'aria-label': words.langToggleLabel,
          onclick: () => {
            rememberLang(otherLang(lang), browserStore());
            stay = { focusId: 'lang-toggle' };
            location.hash = buildHash(route, otherLang(lang));
          },
        },
        words.langToggle,
      ),
    ),
  );
  replaceChildren(footer, h('p', {}, words.appTagline, ' · ', h('a', { href: `${apiBase}/openapi.json` }, 'OpenAPI')));
};

const render = async () => {
  const run = ++renderCount;
  const location = parseHash(window.location.hash);
  const lang = resolveLang(location.lang, browserStore());
  rememberLang(lang, browserStore());
  const canonical = buildHash(location.route, lang);
  if (window.location.hash !== canonical) history.replaceState(null, '', canonical);
  document.documentElement.lang = lang;

  const staying = stay;
  stay = undefined;
  drawChrome(location.route, lang);
  const ctx: ViewContext = {
    api,
    lang,
    href: (route) => buildHash(route, lang),
    navigate: (route, replace = false) => {
      const hash = buildHash(route, lang);
      if (replace) {
        stay = { focusId: document.activeElement?.id || undefined };
        history.replaceState(null, '', hash);
        void render();
      } else window.location.hash = hash;
    },
  };

  // The previous page's charts go with the content they belong to.
  const show = (content: Child) => {
    destroyCharts();
    replaceChildren(main, content);
  };
  main.setAttribute('aria-busy', 'true');
  if (!staying) show(loadingView(lang));
  try {
    const view = await viewFor(ctx, location.route);
    if (run !== renderCount) return;
    show(view.content);
    document.title = `${view.title} · ${t(lang).appName}`;
    view.mounted?.();
  } catch (error) {
    if (run !== renderCount) return;
    show(errorView(error, lang, () => void render()));
    document.title = `${t(lang).errorTitle} · ${t(lang).appName}`;
  } finally {
    if (run === renderCount) main.removeAttribute('aria-busy');
  }
  if (run !== renderCount) return;
  if (staying) {
    if (staying.focusId) document.getElementById(staying.focusId)?.focus();
  } else {
    window.scrollTo(0, 0);
    main.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
    if (renderCount > 1) main.querySelector<HTMLElement>('h1')?.focus();
  }
};

const start = async () => {
  apiBase = await loadApiBase();
  api = new Api(apiBase);
  window.addEventListener('hashchange', () => void render());
  await render();
};

void start();
