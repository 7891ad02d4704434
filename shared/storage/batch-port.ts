import type { Actual } from '#shared/domain/actual.ts';
import type { IdempotencyClaim, ImportCounts } from './idempotency-port.ts';
import type { ActualWrite } from './port.ts';

/** One year of one indicator, where it lives. */
export interface ActualRef {
  planId: string;
  indicatorId: string;
  year: number;
}

/** What a chunk's rows amount to, given the current actuals: the writes to make and what they count as. */
export interface ChunkDecision {
  writes: ActualWrite[];
  counts: ImportCounts;
}

/** One chunk of an import, to be written in one transaction conditioned on the versions it was decided on. */
export interface ChunkWrite {
  /** The (plan, indicator, year)s of the chunk's rows, read again after a conflict. */
  refs: ActualRef[];
  /** Their current actuals as read (strongly consistent) before deciding; absent ones are missing. */
  current: Actual[];
  /** Decides from current actuals; asked again on a fresh read whenever someone else wrote in between. */
  decide: (current: Actual[]) => ChunkDecision;
  /** "Chunk n of this idempotent request is done, with these counts": written with the chunk's rows. */
  marker?: { claim: IdempotencyClaim; chunk: number };
}

/** Many actuals at once, for imports: strongly consistent reads and all-or-nothing chunks. */
export interface ActualBatches {
  /** Every current actual of a plan. */
  readPlanActuals(planId: string): Promise<Actual[]>;
  /** The current actuals of these (plan, indicator, year)s; absent ones are missing from the answer. */
  readActuals(refs: ActualRef[]): Promise<Actual[]>;
  /**
   * The chunk's actuals and a revision each, plus the marker if any, in one transaction (≤ 49 writes
   * with a marker, 50 without). A concurrent writer makes it fail whole; it is then decided again on
   * a fresh read, so nobody's value is overwritten unseen. Answers the chunk's counts, those of an
   * earlier execution that wrote the marker first; WriteContention when others keep winning.
   */
  writeChunk(write: ChunkWrite): Promise<ImportCounts>;
}
