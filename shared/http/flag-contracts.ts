import * as z from 'zod';
import { Flag, FlagStatus, FlagType } from '#shared/domain/flag.ts';
import { Slug } from '#shared/domain/text.ts';
import { provinceToday } from '#shared/flags/calendar.ts';
import { PageQuery } from './contracts.ts';
import { calendarDate } from './dates.ts';

/** Query, body and answer schemas of the flag routes. */

export const FlagQuery = PageQuery.extend({
  status: FlagStatus.default('open').meta({
    description: 'open (default): flags that need attention; resolved: their history',
  }),
  planId: Slug.optional(),
  departmentId: Slug.optional(),
  type: FlagType.optional(),
});

export const FlagPage = z.object({ items: z.array(Flag), nextCursor: z.string().optional() }).meta({ id: 'FlagPage' });

export const FlagJobRequest = z
  .strictObject({
    // A run writes flags and sends notices: a date to come would flag every year not yet due (docs/flags.md).
    asOf: z
      .string()
      .regex(calendarDate, 'a calendar date YYYY-MM-DD, 1900–2100')
      .refine((date) => date <= provinceToday(), 'today or earlier (Asia/Ho_Chi_Minh)')
      .optional()
      .meta({
        format: 'date',
        description:
          'Evaluate as of this date (YYYY-MM-DD, 1900–2100), today or earlier; default: today in Asia/Ho_Chi_Minh. A plan whose period starts after its year is left as it is.',
        example: '2025-12-11',
      }),
  })
  .meta({ id: 'FlagJobRequest' });

export { FlagJobSummary } from '#shared/flags/summary.ts';
export { FlagJobRun } from '#shared/flags/run.ts';

export const FlagJobRunParams = z.strictObject({
  runId: z.uuid().meta({
    description: 'The runId POST /jobs/flag-lagging answered',
    example: '0b7f3c9e-2a4d-4e8b-9c1a-5d6e7f8a9b0c',
  }),
});
