import * as z from 'zod';
import { ImportRow, maxImportRows } from './rows.ts';

/**
 * The import and export routes' schemas. The JSON body's envelope is checked by the validation
 * middleware; its rows are checked one by one by the operation (rows.ts, check-rows.ts), so that a
 * file with many bad rows is answered with all of them at once, shape and domain errors together.
 */
/** ImportRow as JSON Schema, for the document: the envelope validates `unknown` rows, the operation checks each. */
const importRowSchema = {
  ...(z.toJSONSchema(ImportRow, { io: 'input', unrepresentable: 'any' }) as { $defs: Record<string, object> }).$defs
    .ImportRow,
  // rows.ts (oneReference): the indicator by its id, or by its plan and code, never both.
  description: 'Names its indicator by indicatorId, or by planId and code together, not both',
  dependentRequired: { planId: ['code'], code: ['planId'] },
};

export const ImportJson = z
  .strictObject({
    rows: z
      .array(z.unknown())
      .min(1)
      .max(maxImportRows, { error: `at most ${maxImportRows} rows per request` })
      .meta({
        description: `1–${maxImportRows} rows: indicatorId (or planId and code), year, value, status, note; each (indicator, year) once`,
        items: importRowSchema,
        maxItems: maxImportRows,
      }),
  })
  .meta({ id: 'ImportRows' });

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ImportQuery = z.strictObject({ dryRun: flag.optional() });

export const ImportResult = z
  .object({
    imported: z.number().int().meta({ description: 'values created' }),
    updated: z.number().int().meta({ description: 'values replaced (a new revision each)' }),
    unchanged: z.number().int().meta({ description: 'values already equal: skipped, no revision' }),
    rows: z.number().int().meta({ description: 'rows in the request' }),
    dryRun: z.boolean().optional().meta({ description: 'true: nothing was written, the counts say what would be' }),
    resumed: z
      .object({
        chunks: z.array(z.number().int()).meta({ description: 'the chunks (0-based, in row order) written earlier' }),
        rows: z.number().int().meta({ description: 'how many of the rows they hold' }),
      })
      .optional()
      .meta({
        description:
          "a replay with the same Idempotency-Key that finished an import stopped part-way: what the earlier attempts wrote. The counts above are the whole import's",
      }),
  })
  .meta({ id: 'ImportResult' });

export const ExportQuery = z.strictObject({ locale: z.enum(['en', 'vi']).optional() });

export { ImportRow };
