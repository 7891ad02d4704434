import type { Actual } from '#shared/domain/actual.ts';
import { guardText } from './formula-guard.ts';
import { formatDecimal } from './numbers.ts';

export type ExportLocale = 'en' | 'vi';

const exportColumns = ['indicatorId', 'year', 'value', 'status', 'note'] as const;

/** A cell as the import reads it back: quoted when it holds the delimiter, a quote, a line break or edge spaces. */
export const csvCell = (delimiter: ',' | ';') => {
  const needsQuotes = new RegExp(`["\r\n${delimiter}]`);
  return (text: string) => (needsQuotes.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text);
};

/** The file around the lines: CRLF, and for `vi` a BOM so that Excel knows it is UTF-8. */
export const csvFile = (lines: string[], locale: ExportLocale) =>
  `${locale === 'vi' ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;

/**
 * A plan's actuals as the import reads them, so an export imports back unchanged: `en` is
 * comma-separated with a decimal point; `vi` is what Excel with Vietnamese settings opens directly
 * (semicolons, decimal comma, có/không, a BOM so it knows the file is UTF-8). No thousands separators.
 */
export const writeCsv = (actuals: readonly Actual[], locale: ExportLocale): string => {
  const delimiter = locale === 'vi' ? ';' : ',';
  const style = locale === 'vi' ? 'comma-decimal' : 'point-decimal';
  const cell = csvCell(delimiter);
  const value = (v: number | boolean) =>
    typeof v === 'boolean' ? (locale === 'vi' ? (v ? 'có' : 'không') : String(v)) : formatDecimal(v, style);
  const note = (text: string | undefined) => (text === undefined ? '' : cell(guardText(text)));
  const sorted = [...actuals].sort((a, b) =>
    a.indicatorId < b.indicatorId ? -1 : a.indicatorId > b.indicatorId ? 1 : a.year - b.year,
  );
  const lines = [
    exportColumns.join(delimiter),
    ...sorted.map((a) => [a.indicatorId, String(a.year), cell(value(a.value)), a.status, note(a.note)].join(delimiter)),
  ];
  return csvFile(lines, locale);
};
