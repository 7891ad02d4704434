import { maxStorableMagnitude, minStorableMagnitude } from './number.ts';

/**
 * Significant digits kept of a derived number. A double carries 15 to 17, the last of which are
 * the noise of the arithmetic (0.1 + 0.2 = 0.30000000000000004); 15 keep every digit a person or
 * a chart can use, and the same inputs always give the same stored figure.
 */
export const storableDigits = 15;

/** The largest magnitude with `storableDigits` digits within DynamoDB's range: a clamped figure stays as it is when made storable again. */
const storableMax = Number(maxStorableMagnitude.toPrecision(storableDigits));

/**
 * A derived number as the API stores and returns it: rounded to `storableDigits` significant
 * digits, then clamped into what DynamoDB takes (shared/domain/number.ts): closer to 0 than 1e-130
 * is 0, beyond ±(2^53 − 1) is the bound (to 15 digits). A ratio of 5e-133 (a value of 1e-129 against a target
 * of thousands) would otherwise make DynamoDB refuse the whole write. NaN stays NaN: no bound
 * makes it a figure, and the engine reports such a figure as absent before it gets here.
 */
export const storable = (n: number): number => {
  if (Number.isNaN(n)) return n;
  if (!Number.isFinite(n)) return Math.sign(n) * storableMax;
  const rounded = Number(n.toPrecision(storableDigits));
  if (Math.abs(rounded) < minStorableMagnitude) return 0;
  if (Math.abs(rounded) > storableMax) return Math.sign(rounded) * storableMax;
  return rounded === 0 ? 0 : rounded; // no -0: JSON and DynamoDB have none
};

/** Every number inside plain objects and arrays made storable; other values are kept as they are. */
export const storableNumbers = <T>(value: T): T => {
  if (typeof value === 'number') return storable(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => storableNumbers(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, storableNumbers(item)])) as T;
  }
  return value;
};
