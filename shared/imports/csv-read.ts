import { parse } from 'csv-parse/sync';
import { RuleViolation, type FieldIssue } from '#shared/domain/errors.ts';
import { unguardText } from './formula-guard.ts';
import { importColumns, type ImportColumn, type RowFormat, type SourceRow } from './rows.ts';

const byLowerName = new Map(importColumns.map((name) => [name.toLowerCase(), name]));

const headerProblem = (message: string, messageVi: string, field = '') =>
  new RuleViolation('invalid', `Dòng tiêu đề / header (line 1): ${message}`, {
    issues: [{ in: 'body', field, line: 1, message, messageVi }],
  });

/**
 * The delimiter is read off the header line, which holds only column names: tabs there mean Excel's
 * "Unicode Text", semicolons a semicolon file (Excel with Vietnamese settings, decimal comma), otherwise commas.
 */
const delimiterOf = (headerLine: string): ',' | ';' | '\t' => {
  const count = (separator: string) => headerLine.split(separator).length - 1;
  if (count('\t') > Math.max(count(';'), count(','))) return '\t';
  return count(';') > count(',') ? ';' : ',';
};

/** The import columns a header row names (CSV, and the import columns of a workbook): unknown, twice or missing ones are a 422 on line 1. */
export const columnsOf = (header: string[]): ImportColumn[] => {
  const columns: ImportColumn[] = [];
  for (const cell of header) {
    const name = byLowerName.get(cell.normalize('NFC').trim().toLowerCase());
    if (!name) {
      throw headerProblem(
        `unknown column '${cell.trim()}'; the columns are ${importColumns.join(', ')}`,
        `cột '${cell.trim()}' không hợp lệ; các cột: ${importColumns.join(', ')}`,
        cell.trim(),
      );
    }
    if (columns.includes(name))
      throw headerProblem(`column '${name}' appears twice`, `cột '${name}' xuất hiện hai lần`, name);
    columns.push(name);
  }
  for (const required of ['year', 'value'] as const) {
    if (!columns.includes(required))
      throw headerProblem(`column '${required}' is missing`, `thiếu cột '${required}'`, required);
  }
  if (!columns.includes('indicatorId') && !(columns.includes('planId') && columns.includes('code'))) {
    throw headerProblem(
      "column 'indicatorId' (or 'planId' and 'code') is missing",
      "thiếu cột 'indicatorId' (hoặc 'planId' và 'code')",
      'indicatorId',
    );
  }
  return columns;
};

export interface CsvRows {
  format: Extract<RowFormat, { kind: 'csv' }>;
  rows: SourceRow[];
  /** Rows with more cells than the header has columns. */
  errors: FieldIssue[];
}

/**
 * A CSV import as rows: UTF-8 with or without BOM, comma or semicolon separated (detected), CRLF or LF.
 * Syntax errors (an unclosed quote) are a 400 naming the line; header errors a 422.
 */
export const readCsv = (text: string): CsvRows => {
  if (text.includes('\uFFFD')) {
    throw new RuleViolation(
      'unreadable',
      'Tệp không phải UTF-8; hãy lưu dạng "CSV UTF-8" / the file is not UTF-8: save it as "CSV UTF-8"',
      {
        issues: [{ in: 'body', field: '', message: 'not valid UTF-8' }],
      },
    );
  }
  // One line ending for the parser's line count; a note's own line breaks become \n as well.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const headerLine = normalized.split('\n', 1)[0] ?? '';
  const delimiter = delimiterOf(headerLine);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(normalized, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new RuleViolation('unreadable', `CSV không đọc được / unreadable CSV: ${(error as Error).message}`, {
      issues: [{ in: 'body', field: '', ...(line ? { line } : {}), message: (error as Error).message }],
    });
  }
  const [header, ...data] = records;
  if (!header || header.info.lines !== 1)
    throw headerProblem('the first line must name the columns', 'dòng đầu tiên phải là tên các cột');
  const columns = columnsOf(header.record);
  // Tab files are Vietnamese Excel's "Unicode Text": numbers as its regional settings show them, as in semicolon files.
  const format = { kind: 'csv', delimiter, style: delimiter === ',' ? 'point-decimal' : 'comma-decimal' } as const;
  const rows: SourceRow[] = [];
  const errors: FieldIssue[] = [];
  for (const { record, info } of data) {
    if (record.every((cell) => cell.trim() === '')) continue; // a line of only separators or spaces
    // The parser counts the line a record ends on; line breaks inside quoted cells move its start back.
    const line = info.lines - record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    const source: SourceRow = { row: rows.length + 1, line, fields: {} };
    rows.push(source);
    if (record.length > columns.length) {
      errors.push({
        in: 'body',
        field: '',
        row: source.row,
        line,
        message: `${record.length} cells, but the header names ${columns.length} columns`,
        messageVi: `${record.length} ô, nhưng tiêu đề có ${columns.length} cột`,
      });
    }
    columns.forEach((column, i) => {
      const cell = record[i];
      if (cell === undefined || cell.trim() === '') return;
      source.fields[column] = column === 'note' ? unguardText(cell) : cell;
    });
  }
  return { format, rows, errors };
};
