import * as z from 'zod';
import { IsoDate } from '#shared/domain/text.ts';
import { FlagJobSummary } from './summary.ts';

/**
 * One run of the flag job asked for over HTTP (POST /jobs/flag-lagging): it is started in the
 * background and answered at once with this record, which GET /jobs/flag-lagging/{runId} reads
 * until the run is done (docs/flags.md, "When it runs").
 */
export const FlagJobRun = z
  .object({
    runId: z.uuid(),
    /** running: started, not finished; done: finished, `summary` says what it did; failed: stopped, `error` says why. */
    status: z.enum(['running', 'done', 'failed']),
    asOf: IsoDate,
    requestedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().optional(),
    summary: FlagJobSummary.optional(),
    error: z.string().optional(),
  })
  .meta({ id: 'FlagJobRun' });
export type FlagJobRun = z.infer<typeof FlagJobRun>;

/** What starts a run in the background: its id and the date it evaluates as of. */
export const FlagJobLaunch = z.strictObject({ runId: z.uuid(), asOf: IsoDate });
export type FlagJobLaunch = z.infer<typeof FlagJobLaunch>;
