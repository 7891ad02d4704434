import * as z from 'zod';
import { Department } from '#shared/domain/department.ts';
import { ReportRevision, ReviewInput, UnitReport, UnitReportInput } from '#shared/domain/report.ts';
import { SuccessionInput, SuccessionMove } from '#shared/domain/succession.ts';
import { Slug } from '#shared/domain/text.ts';
import { Timeliness } from '#shared/reporting/completeness.ts';
import { PageQuery, YearParam } from './contracts.ts';
import { calendarDate } from './dates.ts';

/** Path, query and answer schemas of the reporting routes (docs/reporting.md); examples from 68/KH-UBND. */

const planId = Slug.meta({ example: 'thanh-hoa-68-kh-ubnd-2024' });
const departmentId = Slug.meta({ example: 'so-y-te-thanh-hoa' });
const year = YearParam.meta({ example: '2025' });

export const ReportYearParams = z.strictObject({ planId, year });
export const ReportParams = z.strictObject({ planId, year, departmentId });
export const SuccessionParams = z.strictObject({ departmentId: Slug.meta({ example: 'so-lao-dong-tbxh-thanh-hoa' }) });

export const ReportingQuery = z.strictObject({
  asOf: z.string().regex(calendarDate, 'a calendar date YYYY-MM-DD, 1900–2100').optional().meta({
    format: 'date',
    description: 'Judge timeliness as of this date; default today in Asia/Ho_Chi_Minh',
    example: '2025-12-11',
  }),
});

export const ReportHistoryQuery = PageQuery;

const Counted = z.object({ reported: z.number().int().nonnegative(), expected: z.number().int().nonnegative() });

export const ReportingStatus = z
  .object({
    planId: Slug,
    year: z.number().int(),
    asOf: z.string(),
    due: z.string().nullable().meta({ description: '(year + yearOffset)-deadline; null when the plan has no rule' }),
    units: z.array(
      z.object({
        departmentId: Slug,
        state: z.enum(['none', ...UnitReport.shape.state.options]),
        submittedAt: z.string().nullable(),
        timeliness: Timeliness,
        values: Counted,
        tasks: Counted,
        missing: z.object({ indicatorIds: z.array(Slug), taskIds: z.array(Slug) }),
      }),
    ),
    summary: z.object({
      expected: z.number().int().nonnegative(),
      onTime: z.number().int().nonnegative(),
      late: z.number().int().nonnegative(),
      missing: z.number().int().nonnegative(),
      notDue: z.number().int().nonnegative(),
      reportingRate: z.number().min(0).max(1).nullable(),
      timelyRate: z.number().min(0).max(1).nullable(),
    }),
  })
  .meta({
    id: 'ReportingStatus',
    example: {
      planId: 'thanh-hoa-68-kh-ubnd-2024',
      year: 2025,
      asOf: '2025-12-11',
      due: '2025-12-10',
      units: [
        {
          departmentId: 'so-y-te-thanh-hoa',
          state: 'submitted',
          submittedAt: '2025-12-09T03:00:00.000Z',
          timeliness: 'on_time',
          values: { reported: 5, expected: 6 },
          tasks: { reported: 0, expected: 0 },
          missing: { indicatorIds: ['th68-tre-em-suy-dinh-duong'], taskIds: [] },
        },
      ],
      summary: { expected: 1, onTime: 1, late: 0, missing: 0, notDue: 0, reportingRate: 1, timelyRate: 1 },
    },
  });

export const ReportRevisionPage = z
  .object({ items: z.array(ReportRevision), nextCursor: z.string().optional() })
  .meta({ id: 'ReportRevisionPage' });

export const SuccessionResult = z
  .object({ department: Department, moved: z.array(SuccessionMove) })
  .meta({ id: 'SuccessionResult' });

export { ReviewInput, SuccessionInput, UnitReport, UnitReportInput };
