import * as z from 'zod';

/** The largest magnitude DynamoDB takes from a JavaScript number: beyond it the SDK refuses to marshal it. */
export const maxStorableMagnitude = Number.MAX_SAFE_INTEGER;

/** DynamoDB's smallest magnitude other than 0. */
export const minStorableMagnitude = 1e-130;

/**
 * A number DynamoDB keeps exactly as sent: finite, within ±(2^53 − 1) (beyond it the SDK refuses to
 * marshal a JavaScript number, a 500 rather than the client's 422), and no closer to zero than 1e-130
 * (DynamoDB's smallest magnitude). No indicator of a provincial plan comes near either end. The
 * document states the same bounds (minimum, maximum, and the gap around 0 as anyOf).
 */
export const storableNumber = z
  .number()
  .refine(Number.isFinite, 'must be a finite number')
  .refine((n) => Math.abs(n) <= maxStorableMagnitude, `must be within ±${maxStorableMagnitude}`)
  .refine(
    (n) => n === 0 || Math.abs(n) >= minStorableMagnitude,
    `must be 0 or at least ${minStorableMagnitude} in magnitude`,
  )
  .meta({
    minimum: -maxStorableMagnitude,
    maximum: maxStorableMagnitude,
    anyOf: [{ const: 0 }, { minimum: minStorableMagnitude }, { maximum: -minStorableMagnitude }],
    description: `A number DynamoDB stores exactly: within ±${maxStorableMagnitude}, and 0 or at least ${minStorableMagnitude} in magnitude`,
  });
