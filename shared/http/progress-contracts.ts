import * as z from 'zod';
import { Department } from '#shared/domain/department.ts';
import { Indicator } from '#shared/domain/indicator.ts';
import { Plan } from '#shared/domain/plan.ts';
import { ProgressMethod, ProgressResultSchema, ProgressStatus, progressMethodNames } from '#shared/progress/index.ts';

/** Query, path and answer schemas of the progress routes (GET …/progress). */

const isRealDate = (value: string) => value.length === 4 || z.iso.date().safeParse(value).success;

export const AsOfQuery = z
  .string()
  .regex(/^(19\d\d|20\d\d|2100)(-\d\d-\d\d)?$/, { message: 'YYYY-MM-DD or YYYY (1900–2100)', abort: true })
  .refine(isRealDate, 'not a calendar date')
  .meta({
    description: 'Judge progress as of this date (YYYY-MM-DD) or year (YYYY = its 31 December). Only actuals of years up to it count. Default: today in Asia/Ho_Chi_Minh.',
    example: '2026-06-30',
  });

/**
 * Any string passes validation so that the operation can answer 400 (not the usual 422) for an
 * unknown method, as the issue asks; the enum below is what the document promises.
 */
export const MethodQuery = z
  .string()
  .max(100)
  .meta({
    description: 'Progress method, default linear-trajectory; see docs/methodology.md. An unknown name → 400 naming query.method.',
    enum: [...progressMethodNames],
  });

export const IndicatorProgressQuery = z.strictObject({ asOf: AsOfQuery.optional(), method: MethodQuery.optional() });

export const GroupProgressQuery = z.strictObject({
  asOf: AsOfQuery.optional(),
  method: MethodQuery.optional(),
  detail: z
    .enum(['summary', 'full'])
    .optional()
    .meta({ description: 'full: every indicator entry carries its trajectory (target line) too; default summary' }),
});

/** How many indicators have each status; every status is present, 0 when none. */
export const ProgressSummary = z
  .record(ProgressStatus, z.number().int().nonnegative())
  .meta({ id: 'ProgressSummary', description: 'indicator count per status; every status present' });

const Illustrative = z
  .literal(true)
  .optional()
  .meta({ description: 'Present when an actual behind this answer is an illustrative (demo) figure, not a reported one' });

const IndicatorBasics = Indicator.pick({
  planId: true,
  code: true,
  name: true,
  unit: true,
  domain: true,
  departmentId: true,
  kind: true,
  accumulation: true,
  target: true,
  baseline: true,
});

/** One indicator's progress as plan and department answers list it (trajectory only with detail=full). */
export const IndicatorProgressEntry = IndicatorBasics.extend({
  ...ProgressResultSchema.shape,
  trajectory: ProgressResultSchema.shape.trajectory.optional(),
  illustrative: Illustrative,
}).meta({ id: 'IndicatorProgressEntry' });

export const PlanHeader = Plan.pick({ id: true, number: true, type: true, title: true, issuer: true, area: true, period: true, reporting: true }).meta({
  id: 'PlanHeader',
});

export const IndicatorProgressReport = IndicatorProgressEntry.extend({
  asOf: z.iso.date(),
  trajectory: ProgressResultSchema.shape.trajectory,
  plan: PlanHeader,
}).meta({ id: 'IndicatorProgressReport' });

export const DomainProgress = z
  .object({ domain: z.string(), summary: ProgressSummary, indicators: z.array(IndicatorProgressEntry) })
  .meta({ id: 'DomainProgress' });

/** A plan's part of a progress answer: its header, its summary and its indicators by domain. */
export const PlanProgressGroup = z
  .object({ plan: PlanHeader, summary: ProgressSummary, domains: z.array(DomainProgress), illustrative: Illustrative })
  .meta({ id: 'PlanProgressGroup' });

const answerFields = {
  asOf: z.iso.date(),
  method: ProgressMethod.meta({ description: 'the method asked for; each entry names the one that decided it' }),
};

export const PlanProgress = PlanProgressGroup.extend(answerFields).meta({ id: 'PlanProgress' });

export const DepartmentProgress = z
  .object({
    ...answerFields,
    department: Department.pick({ id: true, name: true, nameEn: true, area: true, successorId: true }),
    summary: ProgressSummary,
    plans: z.array(PlanProgressGroup),
    illustrative: Illustrative,
  })
  .meta({ id: 'DepartmentProgress' });

export type IndicatorProgressEntry = z.infer<typeof IndicatorProgressEntry>;
export type PlanProgressGroup = z.infer<typeof PlanProgressGroup>;
