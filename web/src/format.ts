/**
 * Numbers, dates and targets as each language writes them: 13.787 and 95,5 % in Vietnamese
 * (Intl 'vi-VN'), 13,787 and 95.5% in English. Rounding is for reading only (two decimals at most).
 */
import type { Comparator, Lang } from './types.ts';

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The non-breaking space Vietnamese puts between a number and its unit, so "95,5 %" never wraps. */
export const NBSP = '\u00a0';

const numberFormats = new Map<string, Intl.NumberFormat>();
const numberFormat = (lang: Lang, digits: number) => {
  const key = `${lang}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format;
};

export const formatNumber = (n: number, lang: Lang, digits = 2): string => numberFormat(lang, digits).format(n);

/** A percentage given in percent units (95.5 → "95,5 %" / "95.5%"). */
export const formatPercent = (n: number, lang: Lang, digits = 2): string =>
  lang === 'vi' ? `${formatNumber(n, lang, digits)}${NBSP}%` : `${formatNumber(n, lang, digits)}%`;

/** A ratio (0.955 → "95,5 %"). */
export const formatRatio = (ratio: number, lang: Lang): string => formatPercent(ratio * 100, lang, 1);

const yesNo: Record<Lang, [string, string]> = { vi: ['đã đạt', 'chưa đạt'], en: ['done', 'not done'] };

/** A value in its unit: "%" follows the percent rule, other units come after a space. */
export const formatValue = (value: number | boolean, unit: string, lang: Lang): string => {
  if (typeof value === 'boolean') return value ? yesNo[lang][0] : yesNo[lang][1];
  const u = unit.trim();
  if (u === '%') return formatPercent(value, lang);
  if (u === '' || u === 'có/không') return formatNumber(value, lang);
  return `${formatNumber(value, lang)}${NBSP}${u}`;
};

export const comparatorSigns: Record<Comparator, string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
  '~': '≈',
  between: '∈',
};

/** "≥ 80 %", "< 3 %", "≈ 2,1 con/phụ nữ"; a milestone's goal reads "đạt" / "done". */
export const formatTarget = (
  target: { comparator: Comparator; value: number | boolean; upper?: number; change?: 'decrease' | 'increase' },
  unit: string,
  lang: Lang,
): string => {
  if (typeof target.value === 'boolean') return formatValue(target.value, unit, lang);
  // A range reads "4–5 %"; a change per year is in points for '%' ("giảm 4–5 điểm % mỗi năm").
  const amount =
    target.comparator === 'between' && target.upper !== undefined
      ? `${formatNumber(target.value, lang)}–${formatValue(target.upper, unit, lang)}`
      : formatValue(target.value, unit, lang);
  if (target.change) {
    const points = unit.trim() === '%' ? amount.replace(/\s?%$/, lang === 'vi' ? `${NBSP}điểm %` : ' points') : amount;
    const lead = target.comparator === 'between' ? '' : `${comparatorSigns[target.comparator]}${NBSP}`;
    if (lang === 'vi') return `${target.change === 'decrease' ? 'giảm' : 'tăng'} ${lead}${points} mỗi năm`;
    return `${target.change === 'decrease' ? 'a fall of' : 'a rise of'} ${lead}${points} a year`;
  }
  if (target.comparator === 'between') return amount;
  return `${comparatorSigns[target.comparator]}${NBSP}${amount}`;
};

/** Years are labels, never numbers with a thousands separator ("2030", not "2.030"). */
export const formatYear = (year: number): string => String(Math.trunc(year));

export const formatPeriod = (period: { startYear: number; endYear: number }): string =>
  period.startYear === period.endYear ? formatYear(period.startYear) : `${period.startYear}–${period.endYear}`;

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** "08/03/2024" / "8 Mar 2024" from an ISO date or date-time; the input itself when unreadable. */
export const formatDate = (iso: string, lang: Lang): string => {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormats[lang].format(date);
};

/** A reporting deadline "MM-DD" as a day of the year: "10/12" / "10 Dec". */
export const formatDeadline = (deadline: string, lang: Lang): string => {
  const [month, day] = deadline.split('-').map(Number);
  if (!month || !day) return deadline;
  if (lang === 'vi') return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`;
  const name = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
  return `${day} ${name}`;
};
