import * as z from 'zod';
import { Actual, ActualInput, Revision } from '#shared/domain/actual.ts';
import { Department, DepartmentInput } from '#shared/domain/department.ts';
import { Indicator, IndicatorInput, IndicatorPatch } from '#shared/domain/indicator.ts';
import { Plan, PlanInput, PlanPatch } from '#shared/domain/plan.ts';
import { Slug, Year } from '#shared/domain/text.ts';

/** Path, query and response schemas the routes share; request bodies come from the domain. */
export const PlanParams = z.strictObject({ planId: Slug });
export const IndicatorParams = z.strictObject({ indicatorId: Slug });
export const DepartmentParams = z.strictObject({ departmentId: Slug });
/**
 * A year in a path: four decimal digits only. Number() would also read `0x7E8`, `2024.0` or ` 2024`
 * as 2024, so that one value had many URLs (and caches, and logs) — each of those is a 422.
 */
export const YearParam = z
  .string()
  .regex(/^[0-9]{4}$/, 'a year of four decimal digits, 1900–2100')
  .meta({ description: 'A year 1900–2100, as four decimal digits', example: '2024' })
  .transform(Number)
  .pipe(Year);
export const ActualParams = z.strictObject({ indicatorId: Slug, year: YearParam });

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().min(1).max(2048).optional(),
});

const page = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() }).meta({ id });

export const Health = z
  .object({ status: z.enum(['ok']), store: z.enum(['ok']), version: z.string() })
  .meta({ id: 'Health' });

export const PlanPage = page(Plan, 'PlanPage');
export const DepartmentPage = page(Department, 'DepartmentPage');
export const IndicatorPage = page(Indicator, 'IndicatorPage');
export const RevisionPage = page(Revision, 'RevisionPage');
export const ActualList = z.object({ items: z.array(Actual) }).meta({ id: 'ActualList' });
export const IndicatorDetail = Indicator.extend({ actuals: z.array(Actual) }).meta({ id: 'IndicatorDetail' });

export { Problem } from './problem.ts';

export {
  Actual,
  ActualInput,
  Department,
  DepartmentInput,
  Indicator,
  IndicatorInput,
  IndicatorPatch,
  Plan,
  PlanInput,
  PlanPatch,
};
