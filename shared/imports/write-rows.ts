import type { Principal } from '#shared/auth/principal.ts';
import { actualWrite, outcomeOf, reporterOf } from '#shared/actuals/index.ts';
import type { Actual } from '#shared/domain/actual.ts';
import type { ActualBatches, ChunkDecision } from '#shared/storage/batch-port.ts';
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

export const actualKeyOf = (indicatorId: string, year: number) => `${indicatorId}#${year}`;
const keyOf = (row: CheckedRow) => actualKeyOf(row.indicator.id, row.year);

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

/** A chunk's rows over the current actuals: unchanged ones skipped, the others a new version each. */
const decideChunk =
  (chunk: CheckedRow[], principal: Principal) =>
  (current: Actual[]): ChunkDecision => {
    const seen = new Map(current.map((a) => [actualKeyOf(a.indicatorId, a.year), a]));
    const counts: ImportCounts = { imported: 0, updated: 0, unchanged: 0 };
    const reporting = { reportedBy: reporterOf(principal), reportedAt: new Date().toISOString() };
    const writes: ChunkDecision['writes'] = [];
    for (const row of chunk) {
      const before = seen.get(keyOf(row));
      const outcome = outcomeOf(before, row);
      counts[outcome] += 1;
      if (outcome !== 'unchanged') writes.push(actualWrite(row, reporting, before?.version ?? null));
    }
    return { writes, counts };
  };

/** Chunks of one import already written, by index, with their counts. */
export type CommittedChunks = Map<number, ImportCounts>;

/** Which chunks are written and how many rows they hold: what a failed or resumed import reports. */
export interface ImportProgress {
  chunks: number[];
  rows: number;
}

export const progressOf = (committed: CommittedChunks): ImportProgress => ({
  chunks: [...committed.keys()].sort((a, b) => a - b),
  rows: [...committed.values()].reduce((sum, c) => sum + c.imported + c.updated + c.unchanged, 0),
});

/**
 * An import that stopped after some of its chunks were written: the chunks stay written (each is
 * one transaction), and the answer must say so. `cause` is what stopped it.
 */
export class ImportInterrupted extends Error {
  constructor(
    readonly committed: ImportProgress,
    override readonly cause: unknown,
  ) {
    super(`import stopped after ${committed.rows} rows`, { cause });
  }
}

/**
 * Writes the rows chunk by chunk, each chunk one transaction conditioned on the versions it read
 * (the batch port re-reads and decides again after a concurrent write, so nobody's value is
 * overwritten unseen). Chunks a previous execution of the same request wrote are skipped; each chunk
 * written is added to the claim's `doneChunks` as it commits, so that a failure can name them and
 * the idempotency record is kept for the replay that finishes the import.
 */
export const writeRows = async (
  { batches, principal, claim, current }: WriteRows,
  rows: CheckedRow[],
): Promise<ImportCounts> => {
  const size = chunkRows(claim);
  const chunks = Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
  const committed: CommittedChunks = claim?.doneChunks ?? new Map();
  try {
    const results = await mapLimit(chunks, chunkConcurrency, async (chunk, index) => {
      const done = committed.get(index);
      if (done) return done;
      const counts = await batches.writeChunk({
        refs: chunk.map((r) => ({ planId: r.indicator.planId, indicatorId: r.indicator.id, year: r.year })),
        current: chunk.flatMap((r) => current.get(keyOf(r)) ?? []),
        decide: decideChunk(chunk, principal),
        ...(claim ? { marker: { claim, chunk: index } } : {}),
      });
      committed.set(index, counts);
      return counts;
    });
    return results.reduce(addCounts, { imported: 0, updated: 0, unchanged: 0 });
  } catch (error) {
    // mapLimit lets the chunks in flight settle before it throws: the set is complete.
    if (committed.size > 0) throw new ImportInterrupted(progressOf(committed), error);
    throw error;
  }
};
