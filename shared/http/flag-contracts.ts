import * as z from 'zod';
import { Flag, FlagStatus, FlagType } from '#shared/domain/flag.ts';
import { IsoDate, Slug } from '#shared/domain/text.ts';
import { PageQuery } from './contracts.ts';

/** Query, body and answer schemas of the flag routes. */

export const FlagQuery = PageQuery.extend({
  status: FlagStatus.default('open').meta({ description: 'open (default): flags that need attention; resolved: their history' }),
  planId: Slug.optional(),
  departmentId: Slug.optional(),
  type: FlagType.optional(),
});

export const FlagPage = z.object({ items: z.array(Flag), nextCursor: z.string().optional() }).meta({ id: 'FlagPage' });

const withinYears = (date: string) => {
  const year = Number(date.slice(0, 4));
  return year >= 1900 && year <= 2100;
};

export const FlagJobRequest = z
  .strictObject({
    asOf: IsoDate.refine(withinYears, 'year 1900–2100')
      .optional()
      .meta({ description: 'Evaluate as of this date (YYYY-MM-DD); default: today in Asia/Ho_Chi_Minh', example: '2026-12-11' }),
  })
  .meta({ id: 'FlagJobRequest' });

export { FlagJobSummary } from '#shared/flags/summary.ts';
