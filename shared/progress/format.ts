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

export const formatTarget = (comparator: Comparator, value: number, unit: string, lang: Lang): string =>
  `${comparatorSign[comparator]} ${formatValue(value, unit, lang)}`;

/** Year spans with an en dash, as both languages print them. */
export const span = (from: number, to: number): string => (from === to ? String(from) : `${from}–${to}`);
