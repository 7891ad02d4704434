import * as z from 'zod';
import { ProgressMethod, ProgressStatus } from './types.ts';

const YearPoint = z.object({ year: z.number().int(), value: z.number() });

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
    trajectory: z.array(z.object({ year: z.number().int(), expected: z.number() })),
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
