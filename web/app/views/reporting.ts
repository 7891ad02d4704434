/**
 * A plan's reporting page: per year, each unit that must report with its report's state and
 * timeliness, how many of its targets have a value, the reporting rate, and the consolidated report
 * files (.docx, .xlsx) the API writes from the same data.
 */
import { h } from '../dom.ts';
import { formatDate, formatRatio } from '../../src/format.ts';
import { reportStateWords, t, timelinessWords } from '../../src/i18n.ts';
import { ofTotal, reportYears, unitsByUrgency } from '../../src/reporting.ts';
import type { Route } from '../../src/route.ts';
import { departmentName } from '../../src/shape.ts';
import type { Department, Plan, ReportingStatus } from '../../src/types.ts';
import { backLink, type View, type ViewContext } from './common.ts';

type ReportingRoute = Extract<Route, { view: 'reporting' }>;

/** Today in Hà Nội, as the API's default asOf. */
const provinceToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

const rate = (value: number | null, lang: ViewContext['lang']) => (value === null ? '–' : formatRatio(value, lang));

const yearSection = (
  ctx: ViewContext,
  planId: string,
  status: ReportingStatus,
  departments: Map<string, Department>,
): HTMLElement => {
  const { lang } = ctx;
  const words = t(lang);
  const id = `report-year-${status.year}`;
  const file = (extension: string) =>
    ctx.api.url(`/plans/${encodeURIComponent(planId)}/reports/${status.year}.${extension}`);
  return h(
    'section',
    { class: 'panel report-year', 'aria-labelledby': id, 'data-year': status.year },
    h(
      'h2',
      { id },
      words.reportYear(status.year),
      status.due ? h('span', { class: 'muted' }, ` · ${words.reportDue(formatDate(status.due, lang))}`) : null,
    ),
    h(
      'p',
      { class: 'report-rates' },
      `${words.reportingRate}: `,
      h('strong', { 'data-rate': 'reporting' }, rate(status.summary.reportingRate, lang)),
      ` · ${words.timelyRate}: `,
      h('strong', { 'data-rate': 'timely' }, rate(status.summary.timelyRate, lang)),
      ` · ${timelinessWords.on_time[lang]} ${status.summary.onTime}, ${timelinessWords.late[lang]} ${status.summary.late}, ` +
        `${timelinessWords.missing[lang]} ${status.summary.missing}, ${timelinessWords.not_due[lang]} ${status.summary.notDue}`,
    ),
    h(
      'p',
      { class: 'report-files' },
      h('a', { href: file('docx'), download: '' }, words.downloadDocx),
      ' · ',
      h('a', { href: file('xlsx'), download: '' }, words.downloadXlsx),
    ),
    status.units.length === 0
      ? h('p', { class: 'muted' }, words.noUnits)
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'report-units' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                [
                  words.unit,
                  words.reportState,
                  words.timeliness,
                  words.submittedOn,
                  words.valuesReported,
                  words.tasksReported,
                ].map((label) => h('th', { scope: 'col' }, label)),
              ),
            ),
            h(
              'tbody',
              {},
              unitsByUrgency(status.units).map((unit) =>
                h(
                  'tr',
                  { 'data-unit': unit.departmentId, 'data-timeliness': unit.timeliness },
                  h(
                    'th',
                    { scope: 'row' },
                    departmentName(departments.get(unit.departmentId), lang, unit.departmentId),
                  ),
                  h('td', {}, reportStateWords[unit.state][lang]),
                  h(
                    'td',
                    {},
                    h('span', { class: `tag tag-${unit.timeliness}` }, timelinessWords[unit.timeliness][lang]),
                  ),
                  h('td', {}, unit.submittedAt ? formatDate(unit.submittedAt, lang) : '–'),
                  h('td', {}, ofTotal(unit.values)),
                  h('td', {}, ofTotal(unit.tasks)),
                ),
              ),
            ),
          ),
        ),
  );
};

export const reportingView = async (ctx: ViewContext, route: ReportingRoute): Promise<View> => {
  const words = t(ctx.lang);
  const id = encodeURIComponent(route.planId);
  const [plan, departmentList] = await Promise.all([
    ctx.api.get<Plan>(`/plans/${id}`),
    ctx.api.all<Department>('/departments').catch(() => [] as Department[]),
  ]);
  const years = reportYears(plan.period, provinceToday());
  const statuses = await Promise.all(years.map((year) => ctx.api.get<ReportingStatus>(`/plans/${id}/reports/${year}`)));
  const departments = new Map(departmentList.map((d) => [d.id, d]));
  return {
    title: `${words.reportingTitle} · ${plan.number}`,
    content: [
      backLink(ctx, { view: 'plan', planId: plan.id }, `${words.plan} ${plan.number}`),
      h('h1', {}, words.reportingTitle),
      h('p', { class: 'plan-title', lang: 'vi' }, `${plan.number}: ${plan.title}`),
      h('p', { class: 'lead' }, words.reportingIntro),
      plan.reporting ? null : h('p', { class: 'state' }, words.noReportingRule),
      statuses.map((status) => yearSection(ctx, plan.id, status, departments)),
    ],
  };
};
