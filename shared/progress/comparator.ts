import type { Comparator, Target } from '#shared/domain/indicator.ts';

/** A numeric target: the domain's Target once its value is known to be a number. */
export type NumericTarget = Omit<Target, 'value'> & { value: number };

/** Which way the value has to move to reach the target. */
export type Direction = 'increase' | 'decrease' | 'hold';

/** 1 % of |target|: the product's default width for '~' (docs/methodology.md §6, case 6). */
export const defaultTolerance = (targetValue: number): number => Math.abs(targetValue) / 100;

export const toleranceOf = (target: NumericTarget): number => target.tolerance ?? defaultTolerance(target.value);

/**
 * `v <comparator> target`. '=' is exact on purpose: a plan that accepts "about" says so with '~'.
 * The default '~' test is written as 100·|v − T| ≤ |T| rather than |v − T| ≤ 0.01·|T| because
 * 0.01 has no exact binary form: for whole numbers the product form is exact, so "within 1 %"
 * holds at exactly 1 % and a verdict never changes when every figure is scaled by the same factor.
 */
export const meets = (target: NumericTarget, v: number): boolean => {
  const t = target.value;
  switch (target.comparator) {
    case '>=':
      return v >= t;
    case '>':
      return v > t;
    case '<=':
      return v <= t;
    case '<':
      return v < t;
    case '=':
      return v === t;
    case '~':
      return target.tolerance === undefined
        ? 100 * Math.abs(v - t) <= Math.abs(t)
        : Math.abs(v - t) <= target.tolerance;
    case 'between':
      // Both ends inclusive; the schema requires upper, a record without one is the single point t.
      return v >= t && v <= (target.upper ?? t);
  }
};

/**
 * The comparator fixes the direction; there is no default "lower is better" (the trap docs/methodology.md §7
 * notes in Open SDG). '=' and '~' have no direction of their own: it is read from where the value
 * starts relative to the target.
 */
export const direction = (comparator: Comparator, from: number, target: number, upper = target): Direction => {
  switch (comparator) {
    case '>=':
    case '>':
      return 'increase';
    case '<=':
    case '<':
      return 'decrease';
    case '=':
    case '~':
      return from < target ? 'increase' : from > target ? 'decrease' : 'hold';
    case 'between':
      return from < target ? 'increase' : from > upper ? 'decrease' : 'hold';
  }
};

/** The sign shown to people: ≥ and ≤ read better than >= and <= in both languages. */
export const comparatorSign: Record<Comparator, string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
  '~': '≈',
  between: '∈',
};
