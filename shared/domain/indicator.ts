import * as z from 'zod';
import { FormerLeads } from './succession.ts';
import { storableNumber } from './number.ts';
import { Bilingual, Slug, Year, optionalText, text } from './text.ts';

export const Comparator = z.enum(['>=', '>', '<=', '<', '=', '~']);
export type Comparator = z.infer<typeof Comparator>;

export const Accumulation = z.enum(['level', 'cumulative']).meta({
  description: 'level: a rate or level observed each year; cumulative: yearly flows summed over the plan period',
});
export type Accumulation = z.infer<typeof Accumulation>;

export const IndicatorKind = z.enum(['numeric', 'milestone']);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

/** Finite and storable as sent (number.ts). */
const finite = storableNumber;

export const Target = z.strictObject({
  comparator: Comparator,
  /** A number for numeric indicators; true for a milestone (the yes/no goal is reached). */
  value: z.union([finite, z.boolean()]),
  year: Year,
  /** Only for '~': the allowed distance from value; default 1 % of |value|. */
  tolerance: storableNumber
    .refine((n) => n >= 0, 'must not be negative')
    .meta({ minimum: 0, description: "Only for '~': the allowed distance from value; default 1 % of |value|" })
    .optional(),
  /** The target must hold every year, not only in the target year. */
  maintain: z.boolean().optional(),
});
export type Target = z.infer<typeof Target>;

export const YearValue = z.strictObject({ year: Year, value: z.union([finite, z.boolean()]) });

export const Source = z.strictObject({
  section: text(200),
  /** The verbatim sentence of the plan that sets the target. */
  quote: text(4000),
});

const indicatorFields = {
  code: text(40).meta({ example: 'II.2.a.1' }),
  name: Bilingual,
  unit: text(60).meta({ example: '%' }),
  domain: text(80),
  departmentId: Slug.optional(),
  area: text(120).optional(),
  accumulation: Accumulation.default('level'),
  kind: IndicatorKind.default('numeric'),
  target: Target,
  baseline: YearValue.optional(),
  milestones: z.array(YearValue).max(50).optional(),
  min: finite.optional(),
  max: finite.optional(),
  source: Source,
  note: optionalText(2000).optional(),
};

type IndicatorShape = {
  kind?: IndicatorKind;
  target?: { value: number | boolean; comparator: Comparator };
  baseline?: { value: number | boolean };
  min?: number;
  max?: number;
};

/** Cross-field rules that a JSON schema cannot say: the target's type follows the kind. */
const checkKind = (ind: IndicatorShape, ctx: z.RefinementCtx) => {
  const kind = ind.kind ?? 'numeric';
  if (ind.target) {
    if (kind === 'milestone' && typeof ind.target.value !== 'boolean') {
      ctx.addIssue({ code: 'custom', path: ['target', 'value'], message: 'a milestone target is true or false' });
    }
    if (kind === 'numeric' && typeof ind.target.value !== 'number') {
      ctx.addIssue({ code: 'custom', path: ['target', 'value'], message: 'a numeric target is a number' });
    }
    if (kind === 'milestone' && ind.target.comparator !== '=') {
      ctx.addIssue({ code: 'custom', path: ['target', 'comparator'], message: "a milestone's comparator is '='" });
    }
  }
  if (ind.min !== undefined && ind.max !== undefined && ind.min > ind.max) {
    ctx.addIssue({ code: 'custom', path: ['max'], message: 'max must not be below min' });
  }
};

/** checkKind's rules in words, for the document. */
const indicatorRules =
  "a milestone's target value is true or false with comparator '='; a numeric indicator's target value is a number; min is not above max.";

export const IndicatorInput = z
  .strictObject({ id: Slug, ...indicatorFields })
  .superRefine(checkKind)
  .meta({ id: 'IndicatorInput', description: indicatorRules });
export type IndicatorInput = z.infer<typeof IndicatorInput>;

export const IndicatorPatch = z
  .strictObject({
    code: indicatorFields.code.optional(),
    name: Bilingual.optional(),
    unit: indicatorFields.unit.optional(),
    domain: indicatorFields.domain.optional(),
    departmentId: Slug.nullable().optional(),
    area: indicatorFields.area.nullable().optional(),
    accumulation: Accumulation.optional(),
    target: Target.optional(),
    baseline: YearValue.nullable().optional(),
    milestones: z.array(YearValue).max(50).nullable().optional(),
    min: finite.nullable().optional(),
    max: finite.nullable().optional(),
    source: Source.optional(),
    note: optionalText(2000).nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'at least one field to change' })
  .meta({
    id: 'IndicatorPatch',
    minProperties: 1,
    description: `At least one field; those sent replace the stored ones, null removes an optional one. The indicator as changed must still obey: ${indicatorRules}`,
  });
export type IndicatorPatch = z.infer<typeof IndicatorPatch>;

export const Indicator = z
  .strictObject({
    id: Slug,
    planId: Slug,
    ...indicatorFields,
    accumulation: Accumulation,
    kind: IndicatorKind,
    /** Units that led it before a succession (shared/reporting/succession.ts), oldest first. */
    formerLeads: FormerLeads.optional(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof Indicator>;

/** The range an actual may take: explicit min/max, else 0–100 for percentages. */
export const valueBounds = (ind: Pick<Indicator, 'unit' | 'min' | 'max'>): { min?: number; max?: number } => {
  const percent = ind.unit.trim() === '%';
  return {
    min: ind.min ?? (percent ? 0 : undefined),
    max: ind.max ?? (percent ? 100 : undefined),
  };
};
