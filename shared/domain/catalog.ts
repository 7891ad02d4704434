import * as z from 'zod';
import { DepartmentInput } from './department.ts';
import { IndicatorInput } from './indicator.ts';
import { PlanInput } from './plan.ts';
import { Slug, Year } from './text.ts';

/**
 * One catalog file per seed document: the plan, the lead departments it names, and every
 * measurable target, each traceable to its verbatim sentence. Indicators take their planId
 * from the file's plan.
 */
export const CatalogDocument = z.strictObject({
  sourceFile: z.string().regex(/^[a-z0-9-]+\.txt$/),
  plan: PlanInput,
  departments: z.array(DepartmentInput),
  indicators: z.array(IndicatorInput),
});
export type CatalogDocument = z.infer<typeof CatalogDocument>;

/** Demo figures for a first look; loaded only locally, always stored with illustrative: true. */
export const IllustrativeActuals = z.strictObject({
  note: z.string(),
  actuals: z.array(
    z.strictObject({
      indicatorId: Slug,
      year: Year,
      value: z.union([z.number(), z.boolean()]),
      status: z.enum(['provisional', 'final']).default('final'),
    }),
  ),
});
export type IllustrativeActuals = z.infer<typeof IllustrativeActuals>;
