import type { Principal } from '#shared/auth/principal.ts';
import type { Actual } from '#shared/domain/actual.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import type { ActualBatches, BatchPut } from '#shared/storage/batch-port.ts';
import type { IdempotencyClaim, ImportCounts } from '#shared/storage/idempotency-port.ts';
import type { CheckedRow } from './check-rows.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';

/**
 * Rows per transaction: two items each (the actual and its revision) within DynamoDB's 100, and one
 * item left for the chunk marker when the request is idempotent. The chunking depends only on the
 * rows' order, so a replay of the same body cuts the same chunks and finds its markers.
 */
export const chunkRows = (claim: IdempotencyClaim | undefined) => (claim ? 49 : 50);

/** Chunks in flight at once: DynamoDB takes them in parallel; the HTTP API gives a request 30 s. */
const chunkConcurrency = 4;
/** Re-reads after a conflict before the import gives up with a 503 (each re-read sees a newer value). */
const chunkAttempts = 20;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const actualKeyOf = (indicatorId: string, year: number) => `${indicatorId}#${year}`;
const keyOf = (row: CheckedRow) => actualKeyOf(row.indicator.id, row.year);

export type Outcome = keyof ImportCounts;

/** CSV files carry line breaks as CRLF or LF alike: a note differing only in those is the same note. */
const sameNote = (a: string | undefined, b: string | undefined) => (a ?? '').replace(/\r\n?/g, '\n') === (b ?? '').replace(/\r\n?/g, '\n');

/** Equal value, status and note, and not a demo figure: nothing to write. Anything else is a new revision. */
export const outcomeOf = (current: Actual | undefined, row: CheckedRow): Outcome => {
  if (!current) return 'imported';
  const same = current.value === row.value && current.status === row.status && sameNote(current.note, row.note) && !current.illustrative;
  return same ? 'unchanged' : 'updated';
};

export const countOutcomes = (rows: CheckedRow[], current: Map<string, Actual>): ImportCounts => {
  const counts: ImportCounts = { imported: 0, updated: 0, unchanged: 0 };
  for (const row of rows) counts[outcomeOf(current.get(keyOf(row)), row)] += 1;
  return counts;
};

export const addCounts = (a: ImportCounts, b: ImportCounts): ImportCounts => ({
  imported: a.imported + b.imported,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
});

export interface WriteRows {
  batches: ActualBatches;
  principal: Principal;
  claim?: IdempotencyClaim;
  /** The current actuals as read (strongly consistent) before deciding. */
  current: Map<string, Actual>;
}

/**
 * Writes the rows chunk by chunk, each chunk one transaction conditioned on the versions it read: a
 * concurrent writer makes it fail whole, and it is decided again on a fresh read, so nobody's value
 * is overwritten unseen. Chunks a previous execution of the same request wrote are skipped.
 */
export const writeRows = async ({ batches, principal, claim, current }: WriteRows, rows: CheckedRow[]): Promise<ImportCounts> => {
  const size = chunkRows(claim);
  const chunks = Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
  const results = await mapLimit(chunks, chunkConcurrency, async (chunk, index) => {
    const done = claim?.doneChunks.get(index);
    if (done) return done;
    let seen = current;
    for (let attempt = 1; attempt <= chunkAttempts; attempt++) {
      if (attempt > 1) {
        await sleep(Math.min(20 * 2 ** attempt, 1_000) * (0.5 + Math.random()));
        const fresh = await batches.readActuals(chunk.map((r) => ({ planId: r.indicator.planId, indicatorId: r.indicator.id, year: r.year })));
        seen = new Map(fresh.map((a) => [actualKeyOf(a.indicatorId, a.year), a]));
      }
      const counts: ImportCounts = { imported: 0, updated: 0, unchanged: 0 };
      const puts: BatchPut[] = [];
      const reportedAt = new Date().toISOString();
      for (const row of chunk) {
        const before = seen.get(keyOf(row));
        const outcome = outcomeOf(before, row);
        counts[outcome] += 1;
        if (outcome === 'unchanged') continue;
        const actual: Actual = {
          indicatorId: row.indicator.id,
          year: row.year,
          value: row.value,
          status: row.status,
          ...(row.note ? { note: row.note } : {}),
          reportedBy: principal.subject,
          reportedAt,
          version: (before?.version ?? 0) + 1,
        };
        puts.push({ planId: row.indicator.planId, actual, expectedVersion: before?.version ?? null });
      }
      if (puts.length === 0 && !claim) return counts;
      const result = await batches.writeChunk(puts, claim ? { claim, chunk: index, counts } : undefined);
      if (result.kind === 'written') return counts;
      if (result.kind === 'already-done') return result.counts;
    }
    throw new HttpProblem(503, 'Các giá trị này đang bị ghi đồng thời liên tục; hãy thử lại / these values keep being written concurrently; retry', {
      headers: { 'retry-after': '2' },
    });
  });
  return results.reduce(addCounts, { imported: 0, updated: 0, unchanged: 0 });
};
