import { parse } from 'csv-parse/sync';
import { RuleViolation, type FieldIssue } from '#shared/domain/errors.ts';
import { unguardText } from './formula-guard.ts';
import { importColumns, type RowFormat, type SourceRow } from './rows.ts';

/** The columns a CSV may have, and the check that the ones it has are enough to name a row's target. */
export interface CsvColumns {
  names: readonly string[];
  /** Free-text columns, written with a formula guard (formula-guard.ts) that reading takes off again. */
  freeText: readonly string[];
  required: (columns: readonly string[]) => void;
}

export const headerProblem = (message: string, messageVi: string, field = '') =>
  new RuleViolation('invalid', `Dòng tiêu đề / header (line 1): ${message}`, {
    issues: [{ in: 'body', field, line: 1, message, messageVi }],
  });

/**
 * The delimiter is read off the header line, which holds only column names: semicolons there mean
 * a semicolon file (Excel with Vietnamese settings, decimal comma), otherwise commas.
 */
const delimiterOf = (headerLine: string): ',' | ';' =>
  (headerLine.match(/;/g)?.length ?? 0) > (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';

/** An actuals import: its indicator by id (or plan and code), a year and a value. */
const actualColumns: CsvColumns = {
  names: importColumns,
  freeText: ['note'],
  required: (columns) => {
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
  },
};

const columnsOf = (header: string[], spec: CsvColumns): string[] => {
  const byLowerName = new Map(spec.names.map((name) => [name.toLowerCase(), name]));
  const columns: string[] = [];
  for (const cell of header) {
    const name = byLowerName.get(cell.normalize('NFC').trim().toLowerCase());
    if (!name) {
      throw headerProblem(
        `unknown column '${cell.trim()}'; the columns are ${spec.names.join(', ')}`,
        `cột '${cell.trim()}' không hợp lệ; các cột: ${spec.names.join(', ')}`,
        cell.trim(),
      );
    }
    if (columns.includes(name))
      throw headerProblem(`column '${name}' appears twice`, `cột '${name}' xuất hiện hai lần`, name);
    columns.push(name);
  }
  spec.required(columns);
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
 * Syntax errors (an unclosed quote) are a 400 naming the line; header errors a 422. The columns are
 * an actuals import's unless `spec` says otherwise (a task import: shared/imports/task-rows.ts).
 */
export const readCsv = (text: string, spec: CsvColumns = actualColumns): CsvRows => {
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
  const columns = columnsOf(header.record, spec);
  const format = { kind: 'csv', delimiter, style: delimiter === ';' ? 'comma-decimal' : 'point-decimal' } as const;
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
      source.fields[column] = spec.freeText.includes(column) ? unguardText(cell) : cell;
    });
  }
  return { format, rows, errors };
};
