import type { Actual } from '#shared/domain/actual.ts';
import type { Operation, OperationRequest } from '#shared/http/api-function.ts';
import { HttpProblem, type FieldError } from '#shared/http/problem.ts';
import type { importsRoutes } from '#shared/http/routes/imports.ts';
import { checkRows, type CheckedRow } from '#shared/imports/check-rows.ts';
import { readCsv, type CsvColumns } from '#shared/imports/csv-read.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';
import { maxImportRows, rowError, shapeRows, type RowFormat, type SourceRow } from '#shared/imports/rows.ts';
import { actualKeyOf, countOutcomes, writeRows } from '#shared/imports/write-rows.ts';
import type { ActualBatches } from '#shared/storage/batch-port.ts';
import { countMetric } from '#shared/runtime/observability.ts';
import { defaultActualBatches } from '#shared/storage/default-batch-stores.ts';
import { isTaskImport, postTaskImport } from './task-imports.ts';

/** A 422 for 10,000 bad rows must still fit in Lambda's 6 MB answer: every bad row is listed, the first errors detailed. */
const maxDetailedErrors = 1_000;

/** The rows as sent, and how many there were (rows that are not even objects are reported, not checked further). */
export const rowsOf = (
  request: OperationRequest<typeof importsRoutes.postImport>,
  columns?: CsvColumns,
): { format: RowFormat; rows: SourceRow[]; errors: FieldError[]; count: number } => {
  if (typeof request.body === 'string') {
    const table = readCsv(request.body, columns);
    return { ...table, count: table.rows.length };
  }
  const format: RowFormat = { kind: 'json' };
  const sent = request.body.rows;
  const rows: SourceRow[] = [];
  const errors: FieldError[] = [];
  sent.forEach((fields, i) => {
    if (fields && typeof fields === 'object' && !Array.isArray(fields))
      rows.push({ row: i + 1, fields: fields as Record<string, unknown> });
    else
      errors.push(
        rowError(format, { row: i + 1 }, '', 'a row is an object such as {"indicatorId": …, "year": …, "value": …}'),
      );
  });
  return { format, rows, errors, count: sent.length };
};

export const rowProblem = (status: 403 | 422, errors: FieldError[], detail: string) => {
  const rows = [...new Set(errors.map((e) => e.row ?? 0))].sort((a, b) => a - b);
  const lines = [...new Set(errors.flatMap((e) => (e.line !== undefined ? [e.line] : [])))].sort((a, b) => a - b);
  const named = lines.length ? `lines ${lines.slice(0, 20).join(', ')}` : `rows ${rows.slice(0, 20).join(', ')}`;
  return new HttpProblem(
    status,
    `${detail}: ${named}${rows.length > 20 ? ', …' : ''}. Không ghi gì / nothing was written.`,
    {
      invalidRows: rows,
      ...(errors.length > maxDetailedErrors ? { errorsTruncated: true } : {}),
      errors: errors.slice(0, maxDetailedErrors),
    },
  );
};

export const byRow = (a: FieldError, b: FieldError) => (a.row ?? 0) - (b.row ?? 0) || (a.line ?? 0) - (b.line ?? 0);

/** The current value of every (indicator, year) the rows name, read strongly consistently, one query per plan. */
const currentActuals = async (batches: ActualBatches, rows: CheckedRow[]) => {
  const plans = [...new Set(rows.map((r) => r.indicator.planId))];
  const wanted = new Set(rows.map((r) => actualKeyOf(r.indicator.id, r.year)));
  const current = new Map<string, Actual>();
  for (const actuals of await mapLimit(plans, 4, (planId) => batches.readPlanActuals(planId))) {
    for (const actual of actuals) {
      const key = actualKeyOf(actual.indicatorId, actual.year);
      if (wanted.has(key)) current.set(key, actual);
    }
  }
  return current;
};

/**
 * POST /imports: every row is checked before anything is written (the same rules as PUT), then the
 * rows are written in transactional chunks with their revisions, unchanged values skipped. Import
 * writes need no If-Match (the file is the department's statement of record) but never overwrite a
 * value they did not read. See docs/imports.md.
 */
export const postImport: Operation<typeof importsRoutes.postImport> = async (request) => {
  if (isTaskImport(request.body)) return postTaskImport(request);
  const { principal, query, store, idempotency } = request;
  const { format, rows: source, errors: sourceErrors, count } = rowsOf(request);
  if (count > maxImportRows) {
    throw new HttpProblem(413, `Tối đa / at most ${maxImportRows} dòng / rows per request, nhận / got ${count}`, {
      limitRows: maxImportRows,
    });
  }
  if (count === 0) {
    throw new HttpProblem(422, 'Không có dòng dữ liệu nào / no data rows', {
      errors: [{ in: 'body', field: '', message: 'no data rows' }],
    });
  }
  const { shaped, errors: shapeErrors } = shapeRows(format, source);
  const check = await checkRows(store, principal!, format, shaped);
  // Ownership first: a department learns nothing about other departments' rows beyond "not yours".
  if (check.foreign.length)
    throw rowProblem(
      403,
      check.foreign.sort(byRow),
      "Có dòng thuộc chỉ tiêu của sở/ngành khác / rows of another department's indicators",
    );
  const errors = [...sourceErrors, ...shapeErrors, ...check.errors].sort(byRow);
  if (errors.length) throw rowProblem(422, errors, 'Dữ liệu không hợp lệ / invalid rows');

  const batches = defaultActualBatches();
  const current = await currentActuals(batches, check.rows);
  if (query.dryRun) return { status: 200, body: { ...countOutcomes(check.rows, current), rows: count, dryRun: true } };
  const counts = await writeRows(
    { batches, principal: principal!, current, ...(idempotency ? { claim: idempotency } : {}) },
    check.rows,
  );
  countMetric('ImportRows', count);
  countMetric('ActualsWritten', counts.imported + counts.updated);
  return { status: 200, body: { ...counts, rows: count } };
};
