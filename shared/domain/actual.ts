import * as z from 'zod';
import { storableNumber } from './number.ts';
import { Slug, Year, optionalText } from './text.ts';

export const ActualStatus = z.enum(['provisional', 'final']);
export type ActualStatus = z.infer<typeof ActualStatus>;

/** Finite and storable as sent (number.ts). */
const finite = storableNumber;

/** What a department sends for one year. The year comes from the path. */
export const ActualInput = z
  .strictObject({
    value: z.union([finite, z.boolean()]),
    status: ActualStatus.default('final'),
    note: optionalText(2000).optional(),
  })
  .meta({ id: 'ActualInput' });
export type ActualInput = z.infer<typeof ActualInput>;

export const Actual = z
  .strictObject({
    indicatorId: Slug,
    year: Year,
    value: z.union([storableNumber, z.boolean()]),
    status: ActualStatus,
    note: z.string().optional(),
    reportedBy: z.string().meta({ description: "the reporting department's id, or 'admin' for the planning office" }),
    reportedAt: z.iso.datetime(),
    version: z.number().int().positive(),
    /** Demo figures shipped for a first look; never mixed silently with reported ones. */
    illustrative: z.boolean().optional(),
  })
  .meta({ id: 'Actual' });
export type Actual = z.infer<typeof Actual>;

/** Every change to an actual is kept: a revision is the actual as it was written at that version. */
export const Revision = Actual.meta({ id: 'Revision' });
export type Revision = Actual;
