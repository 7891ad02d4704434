import * as z from 'zod';
import { FormerLeads } from './succession.ts';
import { storableNumber } from './number.ts';
import { LeadBasis } from './task.ts';
import { Bilingual, IsoDate, Slug, Year, optionalText, text } from './text.ts';

/** 'between': value (lower) ≤ v ≤ upper, both ends inclusive. */
export const Comparator = z.enum(['>=', '>', '<=', '<', '=', '~', 'between']);
export type Comparator = z.infer<typeof Comparator>;

export const Accumulation = z.enum(['level', 'cumulative', 'average']).meta({
  description:
    'level: a rate or level observed each year; cumulative: yearly flows summed over the plan period; average: the mean of the yearly values over the period (from countFrom, else the plan start)',
});
export type Accumulation = z.infer<typeof Accumulation>;

export const IndicatorKind = z.enum(['numeric', 'milestone']);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

/** Finite and storable as sent (number.ts). */
const finite = storableNumber;

/** A target set as a change per year: the actuals stay levels, value (and upper) are the yearly change. */
export const TargetChange = z.enum(['decrease', 'increase']);
export type TargetChange = z.infer<typeof TargetChange>;

export const Target = z
  .strictObject({
    comparator: Comparator,
    /** A number for numeric indicators; true for a milestone (the yes/no goal is reached). With 'between': the lower end. */
    value: z.union([finite, z.boolean()]),
    /** Only with 'between': the upper end, inclusive, not below value. */
    upper: finite
      .meta({ description: "Only with comparator 'between': the upper end (inclusive), not below value", example: 5 })
      .optional(),
    year: Year,
    /** Only for '~': the allowed distance from value; default 1 % of |value|. */
    tolerance: storableNumber
      .refine((n) => n >= 0, 'must not be negative')
      .meta({ minimum: 0, description: "Only for '~': the allowed distance from value; default 1 % of |value|" })
      .optional(),
    /** The target must hold every year from the start to the target year, not only in the target year. */
    maintain: z
      .boolean()
      .meta({ description: 'The target must hold every year from the start, not only in the target year' })
      .optional(),
    /** The target is a change per year (value, and upper with 'between', in the unit; percentage points for %). */
    change: TargetChange.meta({
      description:
        "The target is a change per year of a level indicator: value (and upper with 'between') is the yearly change in the indicator's unit (percentage points for %); comparator '>=' or 'between'",
      example: 'decrease',
    }).optional(),
    /** The day inside the target year by which the target is due (a quarter: its last day); default 31 December. */
    due: IsoDate.meta({
      description:
        'The day inside the target year by which the target is due (a quarter is its last day); default 31 December',
      example: '2025-09-30',
    }).optional(),
    /** Cumulative or average targets: the first year whose actual counts (may be before the plan starts). */
    countFrom: Year.meta({
      description:
        'Cumulative or average targets only: the first year whose actual counts, which may be before the plan starts; default the plan start year',
      example: 2021,
    }).optional(),
  })
  .meta({
    id: 'Target',
    example: { comparator: 'between', value: 4, upper: 5, change: 'decrease', year: 2025 },
  });
export type Target = z.infer<typeof Target>;

/** The document that changed a target, and the day from which the new target is in force. */
export const TargetAmendment = z
  .strictObject({
    document: text(300).meta({
      example: '208/KH-UBND ngày 23/9/2021 của UBND tỉnh Thanh Hóa',
    }),
    date: IsoDate.meta({ example: '2021-09-23' }),
  })
  .meta({
    id: 'TargetAmendment',
    description: 'The amending decision: its name and the day from which the new target is in force',
  });
export type TargetAmendment = z.infer<typeof TargetAmendment>;

/** One target an indicator had, with the document that set it and the day it came into force. */
export const TargetVersion = z
  .strictObject({
    indicatorId: Slug,
    version: z.number().int().min(1).meta({ example: 1 }),
    target: Target,
    /** The plan's signing day for the first version, the amendment's date for the later ones. */
    validFrom: IsoDate.meta({ example: '2017-07-18' }),
    /** The day the next version came into force; absent for the version in force now. */
    validUntil: IsoDate.meta({ example: '2021-09-23' }).optional(),
    /** The plan for the first version, the amending decision for the later ones. */
    document: text(300).meta({ example: '115/KH-UBND' }),
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: 'TargetVersion' });
export type TargetVersion = z.infer<typeof TargetVersion>;

type TargetShape = Partial<Pick<Target, 'upper' | 'change' | 'due' | 'countFrom' | 'maintain' | 'year'>> & {
  value: number | boolean;
  comparator: Comparator;
};

/** The target's own cross-field rules, given what kind of indicator carries it. */
const checkTarget = (
  target: TargetShape,
  kind: IndicatorKind,
  accumulation: Accumulation,
  ctx: z.RefinementCtx,
): void => {
  const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: ['target', field], message });
  if (target.comparator === 'between') {
    if (target.upper === undefined) issue('upper', "comparator 'between' needs upper");
    else if (typeof target.value === 'number' && target.upper < target.value)
      issue('upper', 'upper must not be below value');
  } else if (target.upper !== undefined) issue('upper', "upper goes with comparator 'between' only");
  if (target.change !== undefined) {
    if (kind !== 'numeric' || accumulation !== 'level')
      issue('change', 'a change per year is for numeric level indicators');
    if (target.comparator !== '>=' && target.comparator !== 'between') {
      issue('comparator', "a change per year takes comparator '>=' or 'between'");
    }
    if (typeof target.value === 'number' && target.value <= 0) issue('value', 'a change per year is positive');
    if (target.maintain) issue('maintain', 'a change per year is already graded every year');
  }
  // A total or a mean is judged once over the period; "every year" has no meaning for it.
  if (target.maintain && accumulation !== 'level') issue('maintain', 'maintain is for level indicators and milestones');
  if (target.due !== undefined && target.year !== undefined && Number(target.due.slice(0, 4)) !== target.year) {
    issue('due', 'due must lie inside the target year');
  }
  if (target.countFrom !== undefined) {
    if (accumulation === 'level') issue('countFrom', 'countFrom is for cumulative or average targets');
    if (target.year !== undefined && target.countFrom > target.year)
      issue('countFrom', 'countFrom must not be after the target year');
  }
};

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
  /** 'consolidating': the text names no lead, so the plan's consolidating department (reporting.to) reports it. */
  leadBasis: LeadBasis.meta({
    description:
      "named: the plan's text names the department; consolidating: it names none, and the department the plan reports through (reporting.to) reports the target",
    example: 'consolidating',
  }).optional(),
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
  accumulation?: Accumulation;
  target?: TargetShape;
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
    checkTarget(ind.target, kind, ind.accumulation ?? 'level', ctx);
  }
  if (ind.min !== undefined && ind.max !== undefined && ind.min > ind.max) {
    ctx.addIssue({ code: 'custom', path: ['max'], message: 'max must not be below min' });
  }
};

/** checkKind's rules in words, for the document. */
const indicatorRules =
  "a milestone's target value is true or false with comparator '='; a numeric indicator's target value is a number; min is not above max; comparator 'between' needs upper (not below value) and upper needs 'between'; change is for numeric level indicators with comparator '>=' or 'between', a positive value and no maintain; maintain is for level indicators and milestones; due lies inside the target year; countFrom is for cumulative or average targets and not after the target year.";

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
    leadBasis: LeadBasis.nullable().optional(),
    area: indicatorFields.area.nullable().optional(),
    accumulation: Accumulation.optional(),
    target: Target.optional(),
    baseline: YearValue.nullable().optional(),
    milestones: z.array(YearValue).max(50).nullable().optional(),
    min: finite.nullable().optional(),
    max: finite.nullable().optional(),
    source: Source.optional(),
    note: optionalText(2000).nullable().optional(),
    /** Required with target: the old target is kept as a version, the new one is in force from amendment.date. */
    amendment: TargetAmendment.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'at least one field to change' })
  .refine((p) => p.target === undefined || p.amendment !== undefined, {
    message: 'a change of target carries the amending document: amendment {document, date}',
    path: ['amendment'],
  })
  .refine((p) => p.amendment === undefined || p.target !== undefined, {
    message: 'amendment goes with a new target',
    path: ['target'],
  })
  .meta({
    id: 'IndicatorPatch',
    minProperties: 1,
    description: `At least one field; those sent replace the stored ones, null removes an optional one. A new target must carry amendment {document, date}: the old target is kept as a version (GET /indicators/{indicatorId}/targets) and progress as of a date before amendment.date uses it. The indicator as changed must still obey: ${indicatorRules}`,
  });
export type IndicatorPatch = z.infer<typeof IndicatorPatch>;

export const Indicator = z
  .strictObject({
    id: Slug,
    planId: Slug,
    ...indicatorFields,
    accumulation: Accumulation,
    kind: IndicatorKind,
    /** The amendment that set the target in force now; absent while the plan's own target holds. */
    amendment: TargetAmendment.optional(),
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
