import * as z from 'zod';
import { Slug, Year, optionalText } from './text.ts';

/**
 * A unit's yearly report on a plan (báo cáo tình hình thực hiện): the narrative sections the
 * consolidating department copies into the province's report. The figures themselves are the
 * unit's actuals (and task reports); this record carries the words and the review.
 */

/** A section as a department writes it: a few pages at most. */
const section = optionalText(20_000);

export const ReportSections = z
  .strictObject({
    /** Kết quả thực hiện */
    results: section.optional(),
    /** Tồn tại, hạn chế */
    shortcomings: section.optional(),
    /** Nguyên nhân */
    causes: section.optional(),
    /** Phương hướng, nhiệm vụ */
    directions: section.optional(),
    /** Kiến nghị, đề xuất */
    recommendations: section.optional(),
  })
  .meta({ id: 'ReportSections' });
export type ReportSections = z.infer<typeof ReportSections>;

/** What the unit sends: a draft it keeps working on, or the report it submits. */
export const UnitReportInput = z
  .strictObject({
    state: z.enum(['draft', 'submitted']),
    sections: ReportSections.default({}),
  })
  .meta({
    id: 'UnitReportInput',
    example: {
      state: 'submitted',
      sections: {
        results: 'Tỷ lệ dân số tham gia bảo hiểm y tế đạt 92,3%; 100% trạm y tế xã có bác sĩ làm việc.',
        shortcomings: 'Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm chậm.',
        recommendations: 'Đề nghị bố trí kinh phí hỗ trợ mua thẻ bảo hiểm y tế cho hộ cận nghèo.',
      },
    },
  });
export type UnitReportInput = z.infer<typeof UnitReportInput>;

/**
 * draft → submitted by the unit; the consolidating department accepts (locking the unit's values
 * for the year) or returns it; an accepted report is reopened (returned) to unlock it.
 */
export const ReportState = z.enum(['draft', 'submitted', 'accepted', 'returned']);
export type ReportState = z.infer<typeof ReportState>;

export const ReviewDecision = z.enum(['accept', 'return', 'reopen']);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export const ReviewInput = z
  .strictObject({
    decision: ReviewDecision,
    comment: optionalText(4000).optional(),
  })
  .refine((r) => r.decision === 'accept' || (r.comment !== undefined && r.comment.length > 0), {
    message: 'returning or reopening a report says why (comment)',
    path: ['comment'],
  })
  .meta({
    id: 'ReviewInput',
    example: { decision: 'return', comment: 'Bổ sung số liệu năm 2025 của chỉ tiêu II.2.3' },
  });
export type ReviewInput = z.infer<typeof ReviewInput>;

export const Review = z
  .object({ decision: ReviewDecision, comment: z.string().optional(), by: z.string(), at: z.iso.datetime() })
  .meta({ id: 'Review' });
export type Review = z.infer<typeof Review>;

export const UnitReport = z
  .object({
    planId: Slug,
    year: Year,
    departmentId: Slug,
    state: ReportState,
    sections: ReportSections,
    /** Set by the server when the report is first submitted; timeliness is judged by it. */
    submittedAt: z.iso.datetime().optional(),
    /** The latest review decision. */
    review: Review.optional(),
    updatedBy: z.string(),
    updatedAt: z.iso.datetime(),
    version: z.number().int().positive(),
  })
  .meta({ id: 'UnitReport' });
export type UnitReport = z.infer<typeof UnitReport>;

/** Every write and every decision is a revision: what changed it is `change`. */
export const ReportRevision = UnitReport.extend({ change: z.enum(['write', ...ReviewDecision.options]) }).meta({
  id: 'ReportRevision',
});
export type ReportRevision = z.infer<typeof ReportRevision>;
