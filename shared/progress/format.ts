import type { Comparator } from '#shared/domain/indicator.ts';
import { comparatorSign } from './comparator.ts';

export type Lang = 'vi' | 'en';

/**
 * Numbers as each language writes them (15,33 and 13.787 in Vietnamese; 15.33 and 13,787 in
 * English), to two decimals at most. Rounding happens here, for reading, and nowhere in the logic.
 */
const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };
/** Built on first use, not at import: the first Intl object of a process costs ~15 ms (ICU), at cold start. */
const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

export const formatNumber = (n: number, lang: Lang): string =>
  (numberFormats[lang] ??= new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 })).format(n);

/** '%' sticks to the number; any other unit follows it after a space. */
export const formatValue = (n: number, unit: string, lang: Lang): string => {
  const u = unit.trim();
  if (u === '%') return `${formatNumber(n, lang)}%`;
  return u ? `${formatNumber(n, lang)} ${u}` : formatNumber(n, lang);
};

/** A yearly growth rate as a percentage. */
export const formatRate = (rate: number, lang: Lang): string =>
  lang === 'vi' ? `${formatNumber(rate * 100, lang)}%/năm` : `${formatNumber(rate * 100, lang)}% a year`;

export const formatTarget = (
  comparator: Comparator,
  value: number,
  unit: string,
  lang: Lang,
  upper?: number,
): string =>
  comparator === 'between'
    ? lang === 'vi'
      ? `từ ${formatValue(value, unit, lang)} đến ${formatValue(upper ?? value, unit, lang)}`
      : `between ${formatValue(value, unit, lang)} and ${formatValue(upper ?? value, unit, lang)}`
    : `${comparatorSign[comparator]} ${formatValue(value, unit, lang)}`;

/** A change in the unit: percentage points for '%' (a rate falling from 10 % to 6 % fell by 4 points, not 40 %). */
export const formatChange = (n: number, unit: string, lang: Lang): string =>
  unit.trim() === '%'
    ? `${formatNumber(n, lang)} ${lang === 'vi' ? 'điểm phần trăm' : n === 1 ? 'percentage point' : 'percentage points'}`
    : formatValue(n, unit, lang);

/** "4–5 percentage points" for a range of yearly changes, "4 percentage points" for one. */
export const formatChangeRange = (value: number, upper: number | undefined, unit: string, lang: Lang): string =>
  upper === undefined || upper === value
    ? formatChange(value, unit, lang)
    : `${formatNumber(value, lang)}–${formatChange(upper, unit, lang)}`;

/** 30/9/2025 as Vietnamese write a date, 2025-09-30 in English. */
export const formatDate = (iso: string, lang: Lang): string => {
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

/** Year spans with an en dash, as both languages print them. */
export const span = (from: number, to: number): string => (from === to ? String(from) : `${from}–${to}`);
