/** A list of flags, in the order given: type in words, the indicator, the year, when it opened and why. */
import { h } from '../dom.ts';
import { formatDate, formatYear } from '../../src/format.ts';
import { flagTypeWord, t } from '../../src/i18n.ts';
import { departmentName, flagDetail, flagDueDate, taskFlagName } from '../../src/shape.ts';
import type { Department, Flag } from '../../src/types.ts';
import type { ViewContext } from './common.ts';

export interface FlagListOptions {
  /** "II.2.1.a.2 Tỷ lệ thất nghiệp chung" by indicator id; the id itself when unknown. */
  indicatorNames: Map<string, string>;
  departments: Map<string, Department>;
  /** Plan numbers by id, to say which plan a flag belongs to (flags page). */
  planNumbers?: Map<string, string>;
  /** Show the department on each flag (when the list is not already grouped by it). */
  showDepartment?: boolean;
  /** Leave out each flag's explanation (the plan page's brief list). */
  compact?: boolean;
}

export const flagList = (ctx: ViewContext, flags: Flag[], options: FlagListOptions): HTMLElement => {
  const { lang } = ctx;
  const words = t(lang);
  return h(
    'ul',
    { class: 'flag-list' },
    flags.map((flag) => {
      const detail = flagDetail(flag.detail, lang);
      const department = flag.departmentId
        ? departmentName(options.departments.get(flag.departmentId), lang, flag.departmentId)
        : words.noDepartment;
      return h(
        'li',
        { class: `flag flag-${flag.type}`, 'data-flag': flag.id },
        h(
          'p',
          { class: 'flag-head' },
          h('span', { class: `tag tag-flag tag-${flag.type}` }, flagTypeWord(flag.type, lang)),
          ' ',
          flag.indicatorId
            ? h(
                'a',
                { href: ctx.href({ view: 'indicator', indicatorId: flag.indicatorId }) },
                options.indicatorNames.get(flag.indicatorId) ?? flag.indicatorId,
              )
            : flag.taskId
              ? h('a', { href: ctx.href({ view: 'plan', planId: flag.planId }) }, taskFlagName(flag, lang))
              : // A unit's flag (its yearly report): the unit, and its plan's reporting page.
                h(
                  'a',
                  { href: ctx.href({ view: 'reporting', planId: flag.planId }) },
                  `${department} · ${words.unitReport(flag.year)}`,
                ),
        ),
        h(
          'p',
          { class: 'flag-meta muted' },
          `${words.year} ${formatYear(flag.year)}`,
          flagDueDate(flag.detail) ? ` · ${words.due} ${formatDate(flagDueDate(flag.detail)!, lang)}` : '',
          ` · ${words.flagOpened} ${formatDate(flag.openedAt, lang)}`,
          options.planNumbers ? ` · ${words.plan} ${options.planNumbers.get(flag.planId) ?? flag.planId}` : '',
          options.showDepartment ? ` · ${department}` : '',
        ),
        detail && !options.compact ? h('p', { class: 'flag-detail' }, detail) : null,
      );
    }),
  );
};
