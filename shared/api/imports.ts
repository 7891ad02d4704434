import type { Actual } from '#shared/domain/actual.ts';
import type { Operation, OperationRequest } from '#shared/http/api-function.ts';
import { HttpProblem, type FieldError } from '#shared/http/problem.ts';
import type { importsRoutes } from '#shared/http/routes/imports.ts';
import { checkRows, type CheckedRow } from '#shared/imports/check-rows.ts';
import { readCsv, type CsvColumns } from '#shared/imports/csv-read.ts';
import { decodeCsv } from '#shared/imports/decode.ts';
import { xlsxMediaType } from '#shared/imports/xlsx-columns.ts';
import { readXlsx } from '#shared/imports/xlsx-read.ts';
import { mediaTypeOf } from '#shared/http/middleware/json-body.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';
import {
  maxDetailedErrors,
  maxImportRows,
  rowError,
  shapeRows,
  tooManyRows,
  type RowFormat,
  type SourceRow,
} from '#shared/imports/rows.ts';
import {
  actualKeyOf,
  countOutcomes,
  ImportInterrupted,
  progressOf,
  writeRows,
  type ImportProgress,
} from '#shared/imports/write-rows.ts';
import { asProblem } from '#shared/http/middleware/problem-responses.ts';
import type { IdempotencyClaim, ImportCounts } from '#shared/storage/idempotency-port.ts';
import type { ActualBatches } from '#shared/storage/batch-port.ts';
import { countMetric } from '#shared/runtime/observability.ts';
import { defaultActualBatches } from '#shared/storage/default-batch-stores.ts';
import { defaultReportStore } from '#shared/storage/default-report-store.ts';
import { guardValueWrites } from '#shared/reporting/write-guard.ts';
import { isTaskImport, postTaskImport } from './task-imports.ts';

/** The rows as sent, and how many there were (rows that are not even objects are reported, not checked further). */
export const rowsOf = async (
  request: OperationRequest<typeof importsRoutes.postImport>,
  columns?: CsvColumns,
): Promise<{ format: RowFormat; rows: SourceRow[]; errors: FieldError[]; count: number }> => {
  if (Buffer.isBuffer(request.body)) {
    const { type, charset } = mediaTypeOf(request.headers['content-type'] ?? '');
    const table =
      type === xlsxMediaType ? await readXlsx(request.body) : readCsv(decodeCsv(request.body, charset).text, columns);
    return { ...table, count: table.rows.length };
  }
  const format: RowFormat = { kind: 'json' };
  const sent = request.body.rows;
  // The envelope's schema caps the rows too; counted first, before an error object per row.
  if (sent.length > maxImportRows) throw tooManyRows(sent.length);
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

/** What earlier attempts with this Idempotency-Key wrote, when this request continues one. */
const earlierProgress = (claim: IdempotencyClaim | undefined) =>
  claim?.resumed && claim.doneChunks.size > 0 ? progressOf(claim.doneChunks) : undefined;

/** "Nothing was written" holds only for a request that continues nothing. */
const writtenNote = (earlier: ImportProgress | undefined) =>
  earlier
    ? ` Lần này không ghi thêm gì; lần gửi trước với cùng Idempotency-Key đã ghi ${earlier.rows} dòng (phần ${earlier.chunks.join(', ')}) / nothing more was written; an earlier attempt with this Idempotency-Key wrote ${earlier.rows} rows (chunks ${earlier.chunks.join(', ')}), and the key is kept.`
    : ' Không ghi gì / nothing was written.';

/** The answer to an import that stopped part-way: what stopped it, and which chunks and rows are written. */
const interruptedProblem = (error: ImportInterrupted) => {
  const cause = asProblem(error.cause);
  const { type: _type, title: _title, status: _status, detail, ...members } = cause.problem;
  return new HttpProblem(
    cause.status,
    `${detail ?? cause.message}. Đã ghi ${error.committed.rows} dòng (phần ${error.committed.chunks.join(', ')}); gửi lại với cùng Idempotency-Key để ghi nốt / ${error.committed.rows} rows were written (chunks ${error.committed.chunks.join(', ')}); send it again with the same Idempotency-Key to finish.`,
    { ...members, headers: cause.headers, committed: error.committed },
  );
};

export const rowProblem = (status: 403 | 422, errors: FieldError[], detail: string, earlier?: ImportProgress) => {
  const rows = [...new Set(errors.map((e) => e.row ?? 0))].sort((a, b) => a - b);
  const lines = [...new Set(errors.flatMap((e) => (e.line !== undefined ? [e.line] : [])))].sort((a, b) => a - b);
  const sheet = errors.find((e) => e.sheet)?.sheet;
  const named =
    sheet !== undefined
      ? `sheet '${sheet}' rows ${lines.slice(0, 20).join(', ')}`
      : lines.length
        ? `lines ${lines.slice(0, 20).join(', ')}`
        : `rows ${rows.slice(0, 20).join(', ')}`;
  return new HttpProblem(status, `${detail}: ${named}${rows.length > 20 ? ', …' : ''}.${writtenNote(earlier)}`, {
    invalidRows: rows,
    ...(earlier ? { committed: earlier } : {}),
    ...(errors.length > maxDetailedErrors ? { errorsTruncated: true } : {}),
    errors: errors.slice(0, maxDetailedErrors),
  });
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
  if (isTaskImport(request.body, request.headers['content-type'])) return postTaskImport(request);
  const { principal, query, store, idempotency } = request;
  const { format, rows: source, errors: sourceErrors, count } = await rowsOf(request);
  if (count === 0) {
    throw new HttpProblem(422, 'Không có dòng dữ liệu nào / no data rows', {
      errors: [{ in: 'body', field: '', message: 'no data rows' }],
    });
  }
  const { shaped, errors: shapeErrors } = shapeRows(format, source);
  const check = await checkRows(store, principal!, format, shaped);
  const earlier = earlierProgress(idempotency);
  // Ownership first: a department learns nothing about other departments' rows beyond "not yours".
  if (check.foreign.length)
    throw rowProblem(
      403,
      check.foreign.sort(byRow),
      "Có dòng thuộc chỉ tiêu của sở/ngành khác / rows of another department's indicators",
      earlier,
    );
  const errors = [...sourceErrors, ...shapeErrors, ...check.errors].sort(byRow);
  if (errors.length) throw rowProblem(422, errors, 'Dữ liệu không hợp lệ / invalid rows', earlier);

  await guardValueWrites(
    { store, reports: defaultReportStore() },
    principal,
    check.rows.map((r) => ({ planId: r.indicator.planId, year: r.year, departmentId: r.indicator.departmentId })),
  );
  const batches = defaultActualBatches();
  const current = await currentActuals(batches, check.rows);
  if (query.dryRun) return { status: 200, body: { ...countOutcomes(check.rows, current), rows: count, dryRun: true } };
  let counts: ImportCounts;
  try {
    counts = await writeRows(
      { batches, principal: principal!, current, ...(idempotency ? { claim: idempotency } : {}) },
      check.rows,
    );
  } catch (error) {
    if (error instanceof ImportInterrupted) throw interruptedProblem(error);
    throw error;
  }
  countMetric('ImportRows', count);
  countMetric('ActualsWritten', counts.imported + counts.updated);
  return { status: 200, body: { ...counts, rows: count, ...(earlier ? { resumed: earlier } : {}) } };
};
