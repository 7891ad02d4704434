import * as z from 'zod';
import { ActualStatus } from '#shared/domain/actual.ts';
import { storableNumber } from '#shared/domain/number.ts';
import { Slug, Year, optionalText, text } from '#shared/domain/text.ts';
import { RuleViolation, type FieldIssue } from '#shared/domain/errors.ts';
import type { NumberStyle } from './numbers.ts';

/** Up to this many rows per request (docs/design.md §3); more is a 413 naming the limit. */
export const maxImportRows = 10_000;

/**
 * A 422 for 10,000 bad rows must still fit in Lambda's 6 MB answer and the function's memory: every
 * bad row is listed, the first errors detailed.
 */
export const maxDetailedErrors = 1_000;

/** The 413 for an import over the row limit, however the rows were sent. */
export const tooManyRows = (got: number | string) =>
  new RuleViolation('too-large', `Tối đa / at most ${maxImportRows} dòng / rows per request, nhận / got ${got}`, {
    members: { limitRows: maxImportRows },
  });

/** The columns of a CSV import and export, and the fields of a JSON row. */
export const importColumns = ['indicatorId', 'planId', 'code', 'year', 'value', 'status', 'note'] as const;
export type ImportColumn = (typeof importColumns)[number];

/** Where a row came from, so every error can point at it. */
export type RowFormat =
  | { kind: 'json' }
  | { kind: 'csv'; delimiter: ',' | ';' | '\t'; style: NumberStyle }
  /** Cells as text like CSV's (xlsx-read.ts); `columns` gives each field's column letter, for errors. */
  | { kind: 'xlsx'; sheet: string; style: NumberStyle; columns: Partial<Record<ImportColumn, string>> };

/** A row as sent, before any checking: JSON values as they are, CSV cells as text (blank cells absent). */
export interface SourceRow {
  /** 1-based among the data rows. */
  row: number;
  /** The CSV line the row starts on, or the workbook's sheet row (the header is line 1). */
  line?: number;
  fields: Record<string, unknown>;
}

const rowFields = {
  indicatorId: Slug.optional(),
  planId: Slug.optional(),
  code: text(40).optional(),
  year: Year,
  status: ActualStatus.default('final'),
  note: optionalText(2000).optional(),
};

/** Which indicator: its id, or its plan and code (as the plan document numbers it). */
const oneReference = (row: { indicatorId?: string; planId?: string; code?: string }, ctx: z.RefinementCtx) => {
  const byId = row.indicatorId !== undefined;
  const byCode = row.planId !== undefined || row.code !== undefined;
  if (byId && byCode)
    ctx.addIssue({ code: 'custom', path: ['indicatorId'], message: 'give indicatorId, or planId and code, not both' });
  else if (!byId && !byCode)
    ctx.addIssue({ code: 'custom', path: ['indicatorId'], message: 'indicatorId (or planId and code) is required' });
  else if (byCode && row.planId === undefined)
    ctx.addIssue({ code: 'custom', path: ['planId'], message: 'code needs planId' });
  else if (byCode && row.code === undefined)
    ctx.addIssue({ code: 'custom', path: ['code'], message: 'planId needs code' });
};

/** One row of a JSON import: as a PUT body, plus which indicator and year. */
export const ImportRow = z
  .strictObject({
    ...rowFields,
    value: z.union([storableNumber, z.boolean()], { error: 'a number, or true/false for a milestone' }),
  })
  .superRefine(oneReference)
  .meta({ id: 'ImportRow' });

/** A CSV row once its year is a number; the value stays text until the indicator says how to read it. */
export const CsvRow = z
  .strictObject({ ...rowFields, value: z.string({ error: 'a value is required' }) })
  .superRefine(oneReference);

export type IndicatorReference = { indicatorId: string } | { planId: string; code: string };

/** A row whose shape is right: what is left to check needs the indicator (kind, bounds, plan years, owner). */
export interface ShapedRow {
  row: number;
  line?: number;
  reference: IndicatorReference;
  year: number;
  /** JSON: number or boolean; CSV: the cell's text. */
  value: unknown;
  status: ActualStatus;
  note?: string;
}

/** A FieldIssue pointing at a row: `rows.3.value` and a JSON pointer for JSON, the column and line for CSV. */
export const rowError = (
  format: RowFormat,
  row: { row: number; line?: number },
  field: string,
  message: string,
  messageVi?: string,
): FieldIssue =>
  format.kind === 'json'
    ? {
        in: 'body',
        field: `rows.${row.row - 1}${field ? `.${field}` : ''}`,
        pointer: `/rows/${row.row - 1}${field ? `/${field}` : ''}`,
        row: row.row,
        message,
        ...(messageVi ? { messageVi } : {}),
      }
    : {
        in: 'body',
        field,
        row: row.row,
        ...(row.line !== undefined ? { line: row.line } : {}),
        ...(format.kind === 'xlsx' ? xlsxPlace(format, row, field) : {}),
        message,
        ...(messageVi ? { messageVi } : {}),
      };

/** A workbook error names its sheet and, when the field has a column, its cell. */
const xlsxPlace = (format: Extract<RowFormat, { kind: 'xlsx' }>, row: { line?: number }, field: string) => {
  const column = format.columns[field as ImportColumn];
  return { sheet: format.sheet, ...(column && row.line !== undefined ? { cell: `${column}${row.line}` } : {}) };
};

const undetailed = 'invalid row (its errors are past the first detailed ones)';

/**
 * Adds a row's error, detailed while there are fewer than `maxDetailedErrors`; past them a bad row is
 * only named, once: 10,000 rows of six bad fields would otherwise hold 60,000 error objects (about
 * 90 MiB) that the answer leaves out anyway.
 */
export const pushRowError = (
  errors: FieldIssue[],
  format: RowFormat,
  row: { row: number; line?: number },
  field: string,
  message: string,
  messageVi?: string,
) => {
  if (errors.length < maxDetailedErrors) errors.push(rowError(format, row, field, message, messageVi));
  else if (errors.at(-1)?.row !== row.row) errors.push(rowError(format, row, '', undetailed));
};

/** Checks the shape of every row; returns the good ones and an error per bad field. */
export const shapeRows = (format: RowFormat, rows: SourceRow[]): { shaped: ShapedRow[]; errors: FieldIssue[] } => {
  const shaped: ShapedRow[] = [];
  const errors: FieldIssue[] = [];
  for (const source of rows) {
    const fields = format.kind === 'json' ? source.fields : csvTyped(source, format, errors);
    if (!fields) continue;
    const result = (format.kind === 'json' ? ImportRow : CsvRow).safeParse(fields);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path =
          issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
        pushRowError(errors, format, source, path.map(String).join('.'), issue.message);
      }
      continue;
    }
    const { indicatorId, planId, code, year, value, status, note } = result.data;
    shaped.push({
      row: source.row,
      ...(source.line !== undefined ? { line: source.line } : {}),
      reference: indicatorId !== undefined ? { indicatorId } : { planId: planId!, code: code! },
      year,
      value,
      status,
      ...(note ? { note } : {}),
    });
  }
  return { shaped, errors };
};

/** CSV cells are text: the year becomes a number here, the status is read case-insensitively. */
const csvTyped = (source: SourceRow, format: RowFormat, errors: FieldIssue[]): Record<string, unknown> | undefined => {
  const fields: Record<string, unknown> = { ...source.fields };
  if (typeof fields.year === 'string') {
    if (!/^\d{1,4}$/.test(fields.year.trim())) {
      pushRowError(
        errors,
        format,
        source,
        'year',
        `'${fields.year}' is not a year such as 2024`,
        `'${fields.year}' không phải là năm (ví dụ 2024)`,
      );
      return undefined;
    }
    fields.year = Number(fields.year.trim());
  }
  if (typeof fields.status === 'string') fields.status = fields.status.trim().toLowerCase();
  if (typeof fields.indicatorId === 'string') fields.indicatorId = fields.indicatorId.trim();
  if (typeof fields.planId === 'string') fields.planId = fields.planId.trim();
  return fields;
};
