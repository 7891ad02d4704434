import { isRecurring, type TaskDue } from '#shared/domain/task.ts';

/**
 * The dates a task's status is judged by. Dates are 'YYYY-MM-DD' strings, compared as strings
 * (which orders them correctly) and counted in whole days on the UTC calendar, so no time zone or
 * summer time can shift a day.
 */

const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Refuses a malformed date loudly: the routes validate `?asOf=`, so this is a caller's bug. */
export const checkDate = (date: string, what: string): string => {
  const match = ISO_DATE.exec(date);
  const [, y, m, d] = match ?? [];
  const parsed = match ? new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))) : undefined;
  if (!parsed || parsed.getUTCDate() !== Number(d))
    throw new RangeError(`${what} must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return date;
};

const dayNumber = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

export const yearOf = (date: string): number => Number(date.slice(0, 4));

/**
 * Whether a task is reported under this year: a one-off task under its due year only, recurring
 * work under any year.
 */
export const reportYearFits = (due: TaskDue, year: number): boolean => isRecurring(due) || yearOf(due.date) === year;

/** The day the year's work is due: the one-off date, or Y-MM-DD for recurring work. */
export const taskDueDate = (due: TaskDue, year: number): string =>
  isRecurring(due) ? `${String(year).padStart(4, '0')}-${due.deadline}` : due.date;

/**
 * The years a task is to be reported for: its due year, or every year of the plan period for
 * recurring work. A one-off due outside the period still counts: the text's date wins.
 */
export const taskYears = (due: TaskDue, period: { startYear: number; endYear: number }): number[] => {
  if (!isRecurring(due)) return [yearOf(due.date)];
  const years: number[] = [];
  for (let y = period.startYear; y <= period.endYear; y++) years.push(y);
  return years;
};

/**
 * The year a status "as of" a date speaks about: the one-off's due year; for recurring work the
 * asOf year, kept inside the plan period (before the period its first year, after it the last).
 */
export const taskYearAsOf = (due: TaskDue, asOf: string, period: { startYear: number; endYear: number }): number => {
  if (!isRecurring(due)) return yearOf(due.date);
  return Math.min(period.endYear, Math.max(period.startYear, yearOf(checkDate(asOf, 'asOf'))));
};
