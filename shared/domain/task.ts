import * as z from 'zod';
import { IsoDate, Slug, Year, optionalText, text } from './text.ts';

/**
 * A task (nhiệm vụ): a numbered item of a plan that gives a department work to do, as
 * "2.4. Sở Giáo dục và Đào tạo xây dựng và triển khai thực hiện Đề án …". It lives in its plan's
 * partition beside the indicators; its lead department (chủ trì) reports on it once per due year.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A yearly deadline 'MM-DD' that exists every year: 29 February would be missing three years in
 * four, so it is refused rather than moved silently.
 */
export const YearlyDeadline = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD')
  .refine((s) => Number(s.slice(3)) <= DAYS_IN_MONTH[Number(s.slice(0, 2)) - 1]!, {
    message: 'a day that exists every year (no 29 February, no 31 April)',
  })
  .meta({ example: '12-10' });

/** A one-off task: due on a date. A quarter in the text is its last day, a year is 31 December. */
export const DueOnce = z.strictObject({ date: IsoDate.meta({ example: '2025-12-31' }) });
/** Recurring work ("hằng năm"): the year Y's report is due on Y-MM-DD. */
export const DueEveryYear = z.strictObject({ every: z.literal('year'), deadline: YearlyDeadline });
export const TaskDue = z.union([DueOnce, DueEveryYear]).meta({ id: 'TaskDue' });
export type TaskDue = z.infer<typeof TaskDue>;

export const isRecurring = (due: TaskDue): due is z.infer<typeof DueEveryYear> => 'every' in due;

export const TaskTitle = z.strictObject({ vi: text(1000), en: text(1000).optional() });

/** Where the task comes from: the section and its verbatim sentence. */
export const TaskSource = z.strictObject({ section: text(300), quote: text(4000) });

/**
 * Why this department leads: `named` when the text names it; `consolidating` when the text gives
 * the task to everyone ("các cấp, các ngành") and the plan's consolidating department answers for it.
 */
export const LeadBasis = z.enum(['named', 'consolidating']);
export type LeadBasis = z.infer<typeof LeadBasis>;

const supporting = z
  .array(Slug)
  .max(60)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'each department once' });

const taskFields = {
  code: text(40).meta({ example: '2.4' }),
  section: text(300),
  title: TaskTitle,
  leadDepartmentId: Slug,
  leadBasis: LeadBasis.default('named'),
  supportingDepartmentIds: supporting.default([]),
  due: TaskDue,
  output: text(120).optional().meta({ example: 'Đề án' }),
  source: TaskSource,
  note: optionalText(2000).optional(),
};

type LeadShape = { leadDepartmentId?: string; supportingDepartmentIds?: string[] | null };

/** The lead is not also one of its own supporters. */
const checkLead = (t: LeadShape, ctx: z.RefinementCtx) => {
  if (t.leadDepartmentId && t.supportingDepartmentIds?.includes(t.leadDepartmentId)) {
    ctx.addIssue({
      code: 'custom',
      path: ['supportingDepartmentIds'],
      message: 'the lead department is not also a supporting one',
    });
  }
};

export const TaskInput = z
  .strictObject({ id: Slug, ...taskFields })
  .superRefine(checkLead)
  .meta({ id: 'TaskInput' });
export type TaskInput = z.infer<typeof TaskInput>;

export const TaskPatch = z
  .strictObject({
    code: taskFields.code.optional(),
    section: taskFields.section.optional(),
    title: TaskTitle.optional(),
    leadDepartmentId: Slug.optional(),
    leadBasis: LeadBasis.optional(),
    supportingDepartmentIds: supporting.optional(),
    due: TaskDue.optional(),
    output: text(120).nullable().optional(),
    source: TaskSource.optional(),
    note: optionalText(2000).nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'at least one field to change' })
  .superRefine(checkLead)
  .meta({ id: 'TaskPatch' });
export type TaskPatch = z.infer<typeof TaskPatch>;

export const Task = z
  .strictObject({
    id: Slug,
    planId: Slug,
    ...taskFields,
    leadBasis: LeadBasis,
    supportingDepartmentIds: z.array(Slug),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof Task>;

export const TaskState = z.enum(['not_started', 'in_progress', 'done']);
export type TaskState = z.infer<typeof TaskState>;

/** The document the task produced, by its number: "Quyết định số 123/QĐ-UBND". */
export const TaskEvidence = z
  .strictObject({
    document: text(300).meta({ example: 'Quyết định số 123/QĐ-UBND' }),
    date: IsoDate,
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
  })
  .meta({ id: 'TaskEvidence' });
export type TaskEvidence = z.infer<typeof TaskEvidence>;

/** What a department sends for one year of a task. The year comes from the path. */
export const TaskReportInput = z
  .strictObject({
    state: TaskState,
    completedOn: IsoDate.optional(),
    note: optionalText(2000).optional(),
    evidence: TaskEvidence.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.completedOn !== undefined && r.state !== 'done') {
      ctx.addIssue({
        code: 'custom',
        path: ['completedOn'],
        message: "only a task in state 'done' has a completion date",
      });
    }
  })
  .meta({ id: 'TaskReportInput' });
export type TaskReportInput = z.infer<typeof TaskReportInput>;

export const TaskReport = z
  .strictObject({
    taskId: Slug,
    year: Year,
    state: TaskState,
    completedOn: IsoDate.optional(),
    note: z.string().optional(),
    evidence: TaskEvidence.optional(),
    reportedBy: z.string(),
    reportedAt: z.iso.datetime(),
    version: z.number().int().positive(),
  })
  .meta({ id: 'TaskReport' });
export type TaskReport = z.infer<typeof TaskReport>;

/** Every change to a task report is kept, as for actuals. */
export const TaskReportRevision = TaskReport.meta({ id: 'TaskReportRevision' });
export type TaskReportRevision = TaskReport;
