import type { IndicatorKind } from '#shared/domain/indicator.ts';
import type { ProgressActual } from './types.ts';

/**
 * The year of an asOf date. Only the year matters (actuals are yearly), but a malformed date is a
 * caller's bug — the route validates `?asOf=` — so it is refused loudly rather than read as NaN.
 */
export const asOfYear = (asOf: string): number => {
  const match = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(asOf);
  if (!match) throw new RangeError(`asOf must be YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  return Number(match[1]);
};

interface YearWindow {
  kind: IndicatorKind;
  /** Inclusive; cumulative totals start at the plan's start year. */
  fromYear?: number;
  /** Inclusive: the asOf year. */
  toYear: number;
}

/**
 * The actuals that count, sorted by year. A value of the wrong type for the indicator's kind (a
 * boolean on a numeric target, a number on a milestone) or a non-finite number cannot be graded and
 * is left out, so NaN never reaches a ratio; the result lists exactly what counted, so nothing is
 * left out silently. Storage holds one actual per year; should a caller pass two for the same
 * year, the later one in the array wins, as a later write would.
 */
export const countedActuals = (actuals: readonly ProgressActual[], window: YearWindow): ProgressActual[] => {
  const byYear = new Map<number, ProgressActual>();
  for (const actual of actuals) {
    if (!Number.isInteger(actual.year) || actual.year > window.toYear) continue;
    if (window.fromYear !== undefined && actual.year < window.fromYear) continue;
    const fits =
      window.kind === 'milestone'
        ? typeof actual.value === 'boolean'
        : typeof actual.value === 'number' && Number.isFinite(actual.value);
    if (!fits) continue;
    byYear.set(actual.year, {
      year: actual.year,
      value: actual.value,
      ...(actual.illustrative === undefined ? {} : { illustrative: actual.illustrative }),
    });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
};
