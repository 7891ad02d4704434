import type { ReportingRule } from '#shared/domain/plan.ts';

/** The province's clock: deadlines and the daily run are read in Vietnam's time zone. */
export const provinceTimeZone = 'Asia/Ho_Chi_Minh';

/** Built on first use, not at import: the first Intl object of a process costs ~15 ms (ICU time zones), at cold start. */
let isoDayFormat: Intl.DateTimeFormat | undefined;
const isoDay = () =>
  (isoDayFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: provinceTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }));

/** Today's date in Asia/Ho_Chi_Minh as YYYY-MM-DD: at 23:30 UTC it is already tomorrow in Hà Nội. */
export const provinceToday = (now: Date = new Date()): string => isoDay().format(now);

/** docs/design.md §1: the value for year Y is due on (Y + yearOffset)-MM-DD. */
export const dueDate = (rule: ReportingRule, year: number): string => `${year + rule.yearOffset}-${rule.deadline}`;

/**
 * A deadline has passed once the due day itself is over: on 10 December a report "due by 10
 * December" is still on time, on 11 December it is late. Plain string order works for YYYY-MM-DD.
 */
export const deadlinePassed = (due: string, asOf: string): boolean => asOf > due;
