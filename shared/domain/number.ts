import * as z from 'zod';

/**
 * A number DynamoDB keeps exactly as sent: finite, within ±(2^53 − 1) (beyond it the SDK refuses to
 * marshal a JavaScript number, a 500 rather than the client's 422), and no closer to zero than 1e-130
 * (DynamoDB's smallest magnitude). No indicator of a provincial plan comes near either end.
 */
export const storableNumber = z
  .number()
  .refine(Number.isFinite, 'must be a finite number')
  .refine((n) => Math.abs(n) <= Number.MAX_SAFE_INTEGER, `must be within ±${Number.MAX_SAFE_INTEGER}`)
  .refine((n) => n === 0 || Math.abs(n) >= 1e-130, 'must be 0 or at least 1e-130 in magnitude');
