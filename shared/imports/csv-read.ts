import { parse } from 'csv-parse/sync';
import { RuleViolation, type FieldIssue } from '#shared/domain/errors.ts';
import { unguardText } from './formula-guard.ts';
import {
  importColumns,
  maxImportRows,
  tooManyRows,
  type ImportColumn,
  type RowFormat,
  type SourceRow,
} from './rows.ts';

/** Thrown from inside the parser at the first row over the limit, to stop it there. */
class TooManyRows extends Error {}

/**
 * Lines of only separators are skipped, yet each is parsed: at most this many besides the rows, so a
 * body of millions of `;` lines stops early too.
 */
const maxBlankRecords = maxImportRows;

/** Far more cells than the columns there are: a record this wide is refused while it is read. */
const maxCellsPerRecord = 100;

/** Thrown from inside the parser at the first cell past `maxCellsPerRecord`. */
class TooWide extends Error {
  constructor(readonly line: number) {
    super(`line ${line} has more than ${maxCellsPerRecord} cells`);
  }
}

/**
 * csv-parse makes an error object for every record whose cell count differs from the header's (and
 * keeps none with relax_column_count): without stack traces they cost a few bytes each, not kilobytes.
 * The parse is synchronous, so nothing else runs while the limit is lowered.
 */
const withoutStackTraces = <T>(work: () => T): T => {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return work();
  } finally {
    Error.stackTraceLimit = limit;
  }
};

/** The columns a file may have, and the check that the ones it has are enough to name a row's target. */
export interface CsvColumns<C extends string = string> {
  names: readonly C[];
  /** Free-text columns, written with a formula guard (formula-guard.ts) that reading takes off again. */
  freeText: readonly C[];
  required: (columns: readonly C[]) => void;
}

export const headerProblem = (message: string, messageVi: string, field = '') =>
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

/** An actuals import: its indicator by id (or plan and code), a year and a value. */
export const actualColumns: CsvColumns<ImportColumn> = {
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

/** The columns a header row names (CSV, and the import columns of a workbook): unknown, twice or missing ones are a 422 on line 1. */
export const columnsOf = <C extends string>(header: string[], spec: CsvColumns<C>): C[] => {
  const byLowerName = new Map(spec.names.map((name) => [name.toLowerCase(), name]));
  const columns: C[] = [];
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
export const readCsv = <C extends string = ImportColumn>(
  text: string,
  spec: CsvColumns<C> = actualColumns as unknown as CsvColumns<C>,
): CsvRows => {
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
  let columns: C[] | undefined;
  let format: CsvRows['format'] | undefined;
  const rows: SourceRow[] = [];
  const errors: FieldIssue[] = [];
  let blankRecords = 0;
  // Each record becomes a row as it is parsed (the parser keeps none), and parsing stops at the
  // first row over the limit: a 4 MiB body of short lines never turns into millions of objects.
  const onRecord = (record: string[], info: { lines: number }) => {
    if (!columns) {
      if (info.lines !== 1)
        throw headerProblem('the first line must name the columns', 'dòng đầu tiên phải là tên các cột');
      columns = columnsOf(record, spec);
      // Tab files are Vietnamese Excel's "Unicode Text": numbers as its regional settings show them, as in semicolon files.
      format = { kind: 'csv', delimiter, style: delimiter === ',' ? 'point-decimal' : 'comma-decimal' };
      return null;
    }
    if (record.every((cell) => cell.trim() === '')) {
      // a line of only separators or spaces
      if (++blankRecords > maxBlankRecords) throw new TooManyRows();
      return null;
    }
    if (rows.length === maxImportRows) throw new TooManyRows();
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
    return null;
  };
  try {
    withoutStackTraces(() =>
      parse(normalized, {
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        on_record: onRecord,
        cast: (value, context) => {
          if (context.index >= maxCellsPerRecord) throw new TooWide(context.lines);
          return value;
        },
      }),
    );
  } catch (error) {
    if (error instanceof TooManyRows) throw tooManyRows(`more than ${maxImportRows}`);
    if (error instanceof TooWide) {
      throw new RuleViolation('unreadable', `CSV không đọc được / unreadable CSV: ${error.message}`, {
        issues: [{ in: 'body', field: '', line: error.line, message: error.message }],
      });
    }
    if (error instanceof RuleViolation) throw error;
    const line = (error as { lines?: number }).lines;
    throw new RuleViolation('unreadable', `CSV không đọc được / unreadable CSV: ${(error as Error).message}`, {
      issues: [{ in: 'body', field: '', ...(line ? { line } : {}), message: (error as Error).message }],
    });
  }
  if (!format) throw headerProblem('the first line must name the columns', 'dòng đầu tiên phải là tên các cột');
  return { format, rows, errors };
};
