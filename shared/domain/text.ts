import * as z from 'zod';

/** Ids are client-chosen slugs: stable in URLs, safe inside DynamoDB keys (no '#'). */
export const Slug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'lowercase letters, digits and single - _ . separators');

/**
 * Free text as people type it: trimmed and stored in NFC, so that "Thanh Hóa" typed with a
 * combining accent and the precomposed one are the same string in keys, filters and exports.
 */
export const text = (max: number) => z.string().normalize('NFC').trim().min(1).max(max);

export const optionalText = (max: number) => z.string().normalize('NFC').trim().max(max);

export const Year = z.number().int().min(1900).max(2100);

export const IsoDate = z.iso.date();

/** Both languages travel together: Vietnamese is the reference, English the companion. */
export const Bilingual = z.strictObject({
  vi: text(500),
  en: text(500),
});
export type Bilingual = z.infer<typeof Bilingual>;
