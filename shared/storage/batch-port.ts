import type { Actual } from '#shared/domain/actual.ts';
import type { IdempotencyClaim, ImportCounts } from './idempotency-port.ts';

/** One year of one indicator, where it lives. */
export interface ActualRef {
  planId: string;
  indicatorId: string;
  year: number;
}

/** As `ActualWrite`: null creates (none may exist), a number replaces exactly that version. */
export interface BatchPut {
  planId: string;
  actual: Actual;
  expectedVersion: number | null;
}

/** "Chunk n of this idempotent request is done, with these counts": written with the chunk's rows. */
export interface ChunkMarker {
  claim: IdempotencyClaim;
  chunk: number;
  counts: ImportCounts;
}

export type ChunkResult =
  | { kind: 'written' }
  /** Another execution of the same request wrote this chunk first: its counts. */
  | { kind: 'already-done'; counts: ImportCounts }
  /** A value changed since it was read: re-read and decide again. */
  | { kind: 'conflict' }
  /** Another transaction held one of the items at that moment: wait a little and try again. */
  | { kind: 'contention' };

/** Many actuals at once, for imports: strongly consistent reads and all-or-nothing chunks. */
export interface ActualBatches {
  /** Every current actual of a plan. */
  readPlanActuals(planId: string): Promise<Actual[]>;
  /** The current actuals of these (plan, indicator, year)s; absent ones are missing from the answer. */
  readActuals(refs: ActualRef[]): Promise<Actual[]>;
  /** The actuals and a revision each, plus the marker if any, in one transaction (≤ 49 puts with a marker, 50 without). */
  writeChunk(puts: BatchPut[], marker?: ChunkMarker): Promise<ChunkResult>;
}
