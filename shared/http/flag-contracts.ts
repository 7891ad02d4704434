import * as z from 'zod';
import { Flag, FlagStatus, FlagType } from '#shared/domain/flag.ts';
import { Slug } from '#shared/domain/text.ts';
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
    asOf: z.string().regex(calendarDate, 'a calendar date YYYY-MM-DD, 1900–2100').optional().meta({
      format: 'date',
      description: 'Evaluate as of this date (YYYY-MM-DD, 1900–2100); default: today in Asia/Ho_Chi_Minh',
      example: '2026-12-11',
    }),
  })
  .meta({ id: 'FlagJobRequest' });

export { FlagJobSummary } from '#shared/flags/summary.ts';
