import * as z from 'zod';
import { IsoDate } from '#shared/domain/text.ts';

/** What one run of the flag job did: the job's return value and POST /jobs/flag-lagging's answer. */
export const FlagJobSummary = z
  .object({
    asOf: IsoDate,
    plans: z.number().int(),
    indicators: z.number().int(),
    opened: z.number().int(),
    resolved: z.number().int(),
    notified: z.number().int(),
    /** Reminders sent before a due date (shared/flags/reminders.ts). */
    reminded: z.number().int(),
    /** Indicators the engine refused and notifications not accepted; each is logged, the rest of the run goes on. */
    errors: z.number().int(),
    /** Plans whose reconciliation failed (a read or write refused): each with its error; the other plans went on. */
    failedPlans: z.array(z.object({ planId: z.string(), error: z.string() })),
    durationMs: z.number().int(),
  })
  .meta({ id: 'FlagJobSummary' });
export type FlagJobSummary = z.infer<typeof FlagJobSummary>;
