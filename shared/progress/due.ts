import type { Target } from '#shared/domain/indicator.ts';

/**
 * Whether a target is due as of a date. With `due` (a day inside the target year, a quarter's last
 * day) the day must be over: on 30 September a goal "due in quarter III" is still open, on 1 October
 * it is not. Without it the target year decides, as it always has: from 1 January of the target
 * year a goal not reported done is late. Plain string order works for YYYY-MM-DD.
 */
export const isDue = (target: Pick<Target, 'year' | 'due'>, asOf: string): boolean =>
  target.due === undefined ? Number(asOf.slice(0, 4)) >= target.year : asOf > target.due;
