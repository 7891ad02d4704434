import { bandOf, trajectoryBands } from './bands.ts';
import type { NumericTarget } from './comparator.ts';
import { unlessNaN, yearsTo } from './level-method.ts';
import { upperOf } from './range.ts';
import { baselinePoint, startPoint } from './start-point.ts';
import type { GradedYear, ProgressActual, TrajectoryPoint, Verdict, YearPoint } from './types.ts';
import { noActual } from './no-data.ts';

export interface ChangeInput {
  /** target.change is set: value (and upper with 'between') is the change per year. */
  target: NumericTarget;
  baseline: { year: number; value: number | boolean } | undefined;
  /** Numeric level actuals up to the asOf year, sorted by year. */
  counted: ProgressActual[];
}

/** +1 when the level has to rise, −1 when it has to fall: a change in the target's direction is positive. */
const signOf = (target: NumericTarget): 1 | -1 => (target.change === 'decrease' ? -1 : 1);

/** The level the yearly rate leads to from the start, year by year; a range draws both rates. */
const changeTrajectory = (start: YearPoint, target: NumericTarget): TrajectoryPoint[] => {
  const sign = signOf(target);
  const at = (rate: number, year: number) => start.value + sign * rate * (Math.max(year, start.year) - start.year);
  return yearsTo(start.year, target.year).map((year) => ({
    year,
    expected: at(target.value, year),
    ...(target.comparator === 'between' ? { lower: at(target.value, year), upper: at(upperOf(target), year) } : {}),
  }));
};

/**
 * Each year's own change from the value before it (the start, then each reported year), per year
 * when years are missing between two reports, graded against the yearly rate. The rate is the
 * lower end of a range: "giảm 4–5 %/năm" is kept by a fall of 4 or more (a faster fall is no failure).
 */
export const yearlyChanges = (start: YearPoint, counted: readonly ProgressActual[], target: NumericTarget) => {
  const sign = signOf(target);
  const graded: GradedYear[] = [];
  let previous = start;
  for (const actual of counted) {
    if (actual.year <= start.year || typeof actual.value !== 'number') continue;
    const change = (sign * (actual.value - previous.value)) / (actual.year - previous.year);
    graded.push({ year: actual.year, value: sign * change, met: change >= target.value });
    previous = { year: actual.year, value: actual.value };
  }
  return graded;
};

/**
 * docs/methodology.md §11, change per year: the actuals are levels, the target is a change per year
 * ("giảm tỷ lệ hộ nghèo 4–5 %/năm"). From the start (the baseline, else the earliest earlier
 * actual): expectedChange(y) = rate·(y − startYear); ratio = achieved change / expectedChange(latest),
 * graded with the linear-trajectory bands. From the target year on the whole change decides.
 * `yearly` lists each year's own change, so a district that fell short twice is visible even
 * when the total looks fine.
 */
export const evaluateChange = ({ target, baseline, counted }: ChangeInput): Verdict => {
  const latestActual = counted.at(-1);
  if (!latestActual || typeof latestActual.value !== 'number') {
    const start = baselinePoint(baseline);
    return { ...noActual(start ? changeTrajectory(start, target) : [], start), requiredChange: target.value };
  }
  const latest: YearPoint = { year: latestActual.year, value: latestActual.value };
  const start = startPoint(baseline, counted, latest.year);
  if (!start) {
    return {
      status: 'insufficient_data',
      reason: 'no_start',
      latest,
      start: null,
      expected: null,
      ratio: null,
      trajectory: [],
      actuals: counted,
      requiredChange: target.value,
    };
  }
  const sign = signOf(target);
  const achievedChange = sign * (latest.value - start.value);
  const elapsed = Math.min(latest.year, target.year) - start.year;
  const expectedChange = target.value * elapsed;
  const yearly = yearlyChanges(start, counted, target);
  const common = {
    latest,
    start,
    expected: start.value + sign * expectedChange,
    ratio: elapsed > 0 && expectedChange !== 0 ? unlessNaN(achievedChange / expectedChange) : null,
    trajectory: changeTrajectory(start, target),
    actuals: counted,
    yearly,
    failedYears: yearly.filter((y) => !y.met).map((y) => y.year),
    requiredChange: target.value,
    achievedChange,
  };
  if (latest.year >= target.year) {
    const whole = target.value * (target.year - start.year);
    return achievedChange >= whole
      ? { ...common, status: 'achieved', reason: 'met' }
      : { ...common, status: 'missed', reason: 'target_year_reached' };
  }
  if (common.ratio === null) return { ...common, status: 'off_track', reason: 'no_change_expected' };
  return { ...common, status: bandOf(common.ratio, trajectoryBands).status, reason: 'measured' };
};
