import * as z from 'zod';
import { storableNumber } from './number.ts';
import { DepartmentInput } from './department.ts';
import { IndicatorInput } from './indicator.ts';
import { PlanInput } from './plan.ts';
import { TaskInput } from './task.ts';
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

/**
 * The tasks of one seed document, in a file of their own beside it (catalog/tasks/<plan-id>.json):
 * every numbered item that gives a department work, with its verbatim sentence. Tasks take their
 * planId from the file.
 */
export const CatalogTasks = z.strictObject({
  planId: Slug,
  sourceFile: z.string().regex(/^[a-z0-9-]+\.txt$/),
  tasks: z.array(TaskInput),
});
export type CatalogTasks = z.infer<typeof CatalogTasks>;

/** Demo figures for a first look; loaded only locally, always stored with illustrative: true. */
export const IllustrativeActuals = z.strictObject({
  note: z.string(),
  actuals: z.array(
    z.strictObject({
      indicatorId: Slug,
      year: Year,
      value: z.union([storableNumber, z.boolean()]),
      status: z.enum(['provisional', 'final']).default('final'),
    }),
  ),
});
export type IllustrativeActuals = z.infer<typeof IllustrativeActuals>;
