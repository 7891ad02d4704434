import * as z from 'zod';
import { ProgressMethod, ProgressStatus, type ProgressResult } from './types.ts';

const YearPoint = z.object({ year: z.number().int(), value: z.number() });

/**
 * The answer's shape, for the OpenAPI document and for response tests. The engine builds the
 * value; this only describes it, and the assignment below keeps the two from drifting apart.
 */
export const ProgressResultSchema = z
  .object({
    indicatorId: z.string(),
    method: ProgressMethod,
    status: ProgressStatus,
    latest: z.object({ year: z.number().int(), value: z.union([z.number(), z.boolean()]) }).nullable(),
    start: YearPoint.nullable(),
    expected: z.number().nullable(),
    ratio: z.number().nullable().meta({ description: 'Unrounded; linear ratio, UN CR, UN P or Statistics Canada R' }),
    total: z.number().optional(),
    projected: YearPoint.optional(),
    trajectory: z.array(z.object({ year: z.number().int(), expected: z.number() })),
    actuals: z.array(
      z.object({
        year: z.number().int(),
        value: z.union([z.number(), z.boolean()]),
        illustrative: z.boolean().optional(),
      }),
    ),
    explanation: z.object({ vi: z.string(), en: z.string() }),
    methodStatus: z.string().optional(),
  })
  .meta({ id: 'IndicatorProgress' });

const _sameShape: z.ZodType<ProgressResult> = ProgressResultSchema;
void _sameShape;
