import * as z from 'zod';
import { ProgressMethod, ProgressStatus } from './types.ts';

const YearPoint = z.object({ year: z.number().int(), value: z.number() });

/** One year graded on its own: a maintained target's level, or a per-year target's change. */
const GradedYear = z.object({
  year: z.number().int(),
  value: z
    .union([z.number(), z.boolean()])
    .meta({ description: "the year's actual (maintain) or its change from the year before (change per year)" }),
  met: z.boolean(),
});

/**
 * The engine's answer (ProgressResult is inferred from it), for the engine, the OpenAPI document
 * and the response tests alike.
 */
export const ProgressResultSchema = z
  .object({
    indicatorId: z.string(),
    /** The method that decided the status (UN methods apply to numeric level indicators only). */
    method: ProgressMethod,
    status: ProgressStatus,
    latest: z.object({ year: z.number().int(), value: z.union([z.number(), z.boolean()]) }).nullable(),
    start: YearPoint.nullable(),
    /** The method's expected value (level) or expected total (cumulative) at the latest year. */
    expected: z.number().nullable(),
    ratio: z.number().nullable().meta({ description: 'Unrounded; linear ratio, UN CR, UN P or Statistics Canada R' }),
    /** Cumulative only: the sum of the counted actuals. */
    total: z.number().optional(),
    /** un-extrapolation only: the value projected for the target year. */
    projected: YearPoint.optional(),
    /** The method's target line, start year .. target year, for charts. */
    trajectory: z.array(
      z.object({
        year: z.number().int(),
        expected: z.number(),
        /** Ranges only: the method's line to the range's lower and upper end, so that a chart can draw the band. */
        lower: z.number().meta({ example: 87.5 }).optional(),
        upper: z.number().meta({ example: 90 }).optional(),
      }),
    ),
    /** maintain: each year graded from the start; change per year: each year's own change against the yearly rate. */
    yearly: z
      .array(GradedYear)
      .meta({
        example: [
          { year: 2021, value: -3, met: false },
          { year: 2022, value: -3.5, met: false },
        ],
      })
      .optional(),
    /** maintain and change per year: the years that did not meet the target (or the yearly rate). */
    failedYears: z
      .array(z.number().int())
      .meta({ example: [2021, 2022] })
      .optional(),
    /** Change per year: the change per year the target asks for, in the unit (percentage points for %). */
    requiredChange: z.number().meta({ example: 4 }).optional(),
    /** Change per year: the change from the start to the latest year (positive in the target's direction). */
    achievedChange: z.number().meta({ example: 6.5 }).optional(),
    /** Averages: the mean of the counted yearly actuals. */
    mean: z.number().meta({ example: 6.5 }).optional(),
    /** Averages: the mean from the first counted year to each year, for charts. */
    runningMean: z
      .array(z.object({ year: z.number().int(), mean: z.number() }))
      .meta({
        example: [
          { year: 2021, mean: 6 },
          { year: 2022, mean: 6.5 },
        ],
      })
      .optional(),
    /** The day the target is due when it is not the end of the target year. */
    due: z.iso.date().meta({ example: '2025-09-30' }).optional(),
    /** The target version in force on asOf, when the indicator's target was amended. */
    targetVersion: z
      .object({ version: z.number().int(), validFrom: z.iso.date(), document: z.string() })
      .meta({ example: { version: 1, validFrom: '2017-07-18', document: '115/KH-UBND' } })
      .optional(),
    /** The actuals that counted, sorted by year. */
    actuals: z.array(
      z.object({
        year: z.number().int(),
        value: z.union([z.number(), z.boolean()]),
        illustrative: z.boolean().optional(),
      }),
    ),
    explanation: z.object({ vi: z.string(), en: z.string() }),
    /** The method's own status word (UN and Statistics Canada methods). */
    methodStatus: z.string().optional(),
  })
  .meta({ id: 'IndicatorProgress' });
