import * as z from 'zod';

/**
 * What the extractor drafts from a plan's text, for a person to review before anything is created.
 * Field names follow the target shapes of shared/domain/indicator.ts (comparator 'between' with
 * upper, change, maintain, baseline), so a reviewed draft maps onto an indicator field by field.
 */
export const DraftComparator = z.enum(['>=', '>', '<=', '<', '~', 'between']);
export type DraftComparator = z.infer<typeof DraftComparator>;

const Num = z.number().meta({ description: 'finite, as the text writes it (13.787 → 13787, 2,5 → 2.5)' });

export const DraftDepartment = z.strictObject({
  /** As the text names it. */
  name: z.string(),
  /** A known department of that name, when one fits. */
  departmentId: z.string().optional(),
});
export type DraftDepartment = z.infer<typeof DraftDepartment>;

export const YearSource = z.enum(['clause', 'sentence', 'section', 'document']);
export type YearSource = z.infer<typeof YearSource>;

export const TargetDraft = z
  .strictObject({
    /** The clause that states it, verbatim: a substring of the text as sent (after NFC). */
    quote: z.string(),
    /** Where the quote starts and ends in the NFC text (UTF-16 offsets). */
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    /** The nearest numbered heading ("II.2.1.b"), when the text has them. */
    section: z.string().optional(),
    /** What is measured, as the plan names it: usable as the indicator's name.vi. */
    subject: z.string(),
    comparator: DraftComparator,
    value: Num,
    /** The top of a range ("95-100%", "4.700-5.000 USD"); comparator 'between'. */
    upper: Num.optional(),
    /** As written: "%", "USD", "tuổi", "bác sĩ/10.000 dân" (1 vạn is written 10.000). */
    unit: z.string(),
    year: z.number().int().optional(),
    /** Where the year came from: the clause, its sentence, its section's heading, or the document's title. */
    yearFrom: YearSource.optional(),
    /** A change each year ("giảm 4-5%/năm", "tăng bình quân 8%/năm"). */
    perYear: z.literal(true).optional(),
    change: z.enum(['decrease', 'increase']).optional(),
    /** The level must hold every year ("duy trì", "giữ vững", "hằng năm"). */
    maintain: z.literal(true).optional(),
    /** "từ 19,32% đầu năm 2018": the level the target starts from. */
    baseline: z.strictObject({ value: Num, year: z.number().int() }).optional(),
    leadDepartment: DraftDepartment.optional(),
    /** 0–1: how sure the rules are; lower when the comparator, unit or year was inferred. */
    confidence: z.number().min(0).max(1),
    /** The words the draft was read from, to check it by: the comparator word, the year's words. */
    basis: z.strictObject({
      comparatorWord: z.string().optional(),
      yearWords: z.string().optional(),
    }),
  })
  .meta({ id: 'TargetDraft' });
export type TargetDraft = z.infer<typeof TargetDraft>;

export const DraftNote = z.strictObject({
  quote: z.string(),
  section: z.string().optional(),
  vi: z.string(),
  en: z.string(),
});
export type DraftNote = z.infer<typeof DraftNote>;

export const ReportingDraft = z.strictObject({
  /** MM-DD, as a plan's reporting.deadline. */
  deadline: z.string().regex(/^\d{2}-\d{2}$/),
  /** Said to repeat every year ("hằng năm", "định kỳ"). */
  yearly: z.boolean(),
  quote: z.string(),
  to: DraftDepartment.optional(),
});
export type ReportingDraft = z.infer<typeof ReportingDraft>;

export const DraftResult = z
  .strictObject({
    targets: z.array(TargetDraft),
    reporting: ReportingDraft.optional(),
    /** Clauses read but not understood: a figure whose unit or role the rules do not know. */
    notes: z.array(DraftNote),
    /** More targets or notes than one answer carries: the first ones are given. */
    truncated: z.literal(true).optional(),
  })
  .meta({ id: 'TargetDrafts' });
export type DraftResult = z.infer<typeof DraftResult>;
