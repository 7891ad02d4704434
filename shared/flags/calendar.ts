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

/**
 * Years of the period whose report is overdue as of `asOf` and was not posted. A target due on a
 * day inside its year (`target.due`, a quarter's last day) wants its year's report by that day when
 * it comes before the plan's yearly reporting day, with or without a reporting rule.
 */
export const overdueYears = (
  period: { startYear: number; endYear: number },
  rule: ReportingRule | undefined,
  reported: ReadonlySet<number>,
  asOf: string,
  target?: { year: number; due?: string },
): { year: number; due: string }[] => {
  const early = target?.due;
  if (!rule) {
    return early && target && deadlinePassed(early, asOf) && !reported.has(target.year)
      ? [{ year: target.year, due: early }]
      : [];
  }
  const overdue: { year: number; due: string }[] = [];
  for (let year = period.startYear; year <= period.endYear; year++) {
    const yearly = dueDate(rule, year);
    const due = early && year === target?.year && early < yearly ? early : yearly;
    if (deadlinePassed(due, asOf) && !reported.has(year)) overdue.push({ year, due });
  }
  return overdue;
};
