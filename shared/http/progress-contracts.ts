import * as z from 'zod';
import { Department } from '#shared/domain/department.ts';
import { Indicator } from '#shared/domain/indicator.ts';
import { Plan } from '#shared/domain/plan.ts';
import { ProgressMethod, ProgressResultSchema, ProgressStatus, progressMethodNames } from '#shared/progress/index.ts';
import { calendarDateOrYear } from './dates.ts';
import { DepartmentTasksProgress, PlanTasksProgress } from './task-status-contracts.ts';

/** Query, path and answer schemas of the progress routes (GET …/progress). */

export const AsOfQuery = z
  .string()
  .regex(calendarDateOrYear, 'a calendar date YYYY-MM-DD or a year YYYY, 1900–2100')
  .meta({
    description:
      'Judge progress as of this date (YYYY-MM-DD) or year (YYYY = its 31 December), 1900–2100. Only actuals of years up to it count. Default: today in Asia/Ho_Chi_Minh.',
    example: '2026-06-30',
  });

/** An unknown method breaks the schema like any other field: a 422 naming query.method and the names it takes. */
export const MethodQuery = z
  .enum(ProgressMethod.options, { error: `unknown progress method; one of ${progressMethodNames.join(', ')}` })
  .meta({
    description: 'Progress method, default linear-trajectory; see docs/methodology.md.',
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

const Illustrative = z.literal(true).optional().meta({
  description: 'Present when an actual behind this answer is an illustrative (demo) figure, not a reported one',
});

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

export const PlanHeader = Plan.pick({
  id: true,
  number: true,
  type: true,
  title: true,
  issuer: true,
  area: true,
  period: true,
  reporting: true,
}).meta({
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

export const PlanProgress = PlanProgressGroup.extend({ ...answerFields, tasks: PlanTasksProgress }).meta({
  id: 'PlanProgress',
});

export const DepartmentProgress = z
  .object({
    ...answerFields,
    department: Department.pick({ id: true, name: true, nameEn: true, area: true, successorIds: true, validTo: true }),
    summary: ProgressSummary,
    plans: z.array(PlanProgressGroup),
    tasks: DepartmentTasksProgress,
    illustrative: Illustrative,
  })
  .meta({ id: 'DepartmentProgress' });

export type IndicatorProgressEntry = z.infer<typeof IndicatorProgressEntry>;
export type PlanProgressGroup = z.infer<typeof PlanProgressGroup>;
