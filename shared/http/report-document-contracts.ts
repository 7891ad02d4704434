import * as z from 'zod';
import { Slug } from '#shared/domain/text.ts';
import type { ReportSpan } from '#shared/reports/consolidated/input.ts';
import { AsOfQuery } from './progress-contracts.ts';

/** Path and query schemas of the consolidated report's files (GET …/reports/{period}.docx|.xlsx). */

const year = '(?:19\\d\\d|20\\d\\d|2100)';

/** "2025" (one year) or "2024-2026" (a review over a span, the first year before the last). */
export const ReportPeriod = z
  .string()
  .regex(new RegExp(`^${year}(?:-${year})?$`), 'a year YYYY or a span YYYY-YYYY, 1900–2100')
  .refine((text) => text.length === 4 || text.slice(0, 4) < text.slice(5), {
    message: 'a span runs from an earlier year to a later one',
  })
  .meta({
    description:
      'One year (YYYY: the yearly report) or a span FROM-TO (sơ kết or tổng kết: a review, FROM before TO), within the plan period.',
    example: '2025',
  });

export const ReportDocumentParams = z.strictObject({
  planId: Slug.meta({ example: 'thanh-hoa-68-kh-ubnd-2024' }),
  period: ReportPeriod,
});

export const ReportDocumentQuery = z.strictObject({
  asOf: AsOfQuery.optional().meta({
    description:
      'The day tasks and the units’ timeliness are judged on (YYYY-MM-DD or YYYY = its 31 December); progress is judged on it or on 31 December of the last year, whichever is earlier. Default: today in Asia/Ho_Chi_Minh.',
    example: '2025-12-31',
  }),
});

/** The validated period as years. */
export const reportSpan = (period: string): ReportSpan => {
  const from = Number(period.slice(0, 4));
  return { from, to: period.length === 4 ? from : Number(period.slice(5)) };
};
