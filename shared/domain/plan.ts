import * as z from 'zod';
import { IsoDate, Slug, Year, text } from './text.ts';

export const PlanType = z.enum(['ke-hoach', 'quyet-dinh', 'nghi-quyet', 'chuong-trinh', 'de-an', 'chi-thi']).meta({
  description: 'Document type: Kế hoạch, Quyết định, Nghị quyết, Chương trình, Đề án, Chỉ thị',
});

export const Period = z
  .strictObject({ startYear: Year, endYear: Year })
  .refine((p) => p.startYear <= p.endYear, { message: 'startYear must not be after endYear', path: ['endYear'] })
  .meta({ description: 'The years the plan covers; startYear is not after endYear' });
export type Period = z.infer<typeof Period>;

/** Days before the due date on which a unit that has not submitted is reminded (docs/reporting.md). */
export const defaultRemindDaysBefore = [14, 3] as const;

const uniqueSlugs = (max: number) =>
  z
    .array(Slug)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'each unit once' });

/**
 * The value for year Y is due on (Y + yearOffset)-MM-DD. `to` names the consolidating body in words,
 * `toDepartmentId` the department that reviews the units' reports; `units` the units that must
 * report (absent: every unit that leads an indicator or a task of the plan).
 */
export const ReportingRule = z.strictObject({
  deadline: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD')
    .meta({ example: '12-10' }),
  yearOffset: z.number().int().min(0).max(2),
  to: text(300).optional(),
  toDepartmentId: Slug.optional().meta({ example: 'so-lao-dong-tbxh-thanh-hoa' }),
  units: uniqueSlugs(300).optional(),
  remindDaysBefore: z
    .array(z.number().int().min(1).max(365))
    .max(10)
    .refine((days) => new Set(days).size === days.length, { message: 'each offset once' })
    .optional()
    .meta({ description: 'days before the due date to remind units that have not submitted; default [14, 3]' }),
});
export type ReportingRule = z.infer<typeof ReportingRule>;

const planFields = {
  number: text(80).meta({ example: '68/KH-UBND' }),
  type: PlanType,
  title: text(1000),
  issuer: text(200),
  area: text(120),
  signedDate: IsoDate,
  period: Period,
  implements: z.array(text(300)).max(100).default([]),
  reporting: ReportingRule.optional(),
};

export const PlanInput = z.strictObject({ id: Slug, ...planFields }).meta({ id: 'PlanInput' });
export type PlanInput = z.infer<typeof PlanInput>;

export const PlanPatch = z
  .strictObject({
    number: planFields.number.optional(),
    type: planFields.type.optional(),
    title: planFields.title.optional(),
    issuer: planFields.issuer.optional(),
    area: planFields.area.optional(),
    signedDate: planFields.signedDate.optional(),
    period: Period.optional(),
    implements: z.array(text(300)).max(100).optional(),
    reporting: ReportingRule.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'at least one field to change' })
  .meta({
    id: 'PlanPatch',
    minProperties: 1,
    description: 'At least one field; those sent replace the stored ones, reporting: null removes the rule',
  });
export type PlanPatch = z.infer<typeof PlanPatch>;

export const Plan = z
  .strictObject({
    id: Slug,
    ...planFields,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof Plan>;
