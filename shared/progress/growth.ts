import { yearsTo, type LevelMeasureInput } from './level-method.ts';
import type { TrajectoryPoint, YearPoint } from './types.ts';

/**
 * Growth rates are defined for positive values only. Statistics Canada replaces zeros by 0.001
 * before taking ratios (docs/methodology.md §7); this engine does the same for every CAGR-based method, and
 * also lifts any value between 0 and 0.001 to 0.001 so that a tiny positive value never counts as
 * lower than zero (a higher value must never read as less growth). The floor is in the
 * indicator's own unit, so verdicts near zero depend on it: the methodology says so. Negative
 * values have no growth rate at all; the method then answers insufficient_data.
 */
export const GROWTH_FLOOR = 0.001;

export const forGrowth = (v: number): number | null => (v < 0 ? null : Math.max(v, GROWTH_FLOOR));

/** CAGR(x→y over n years) = (y/x)^(1/n) − 1, through log/expm1 to keep small rates accurate. */
export const cagr = (from: number, to: number, years: number): number => Math.expm1(Math.log(to / from) / years);

export interface GrowthValues {
  start: number;
  latest: number;
  target: number;
}

export const growthValues = ({ start, latest, target }: LevelMeasureInput): GrowthValues | 'not_positive' => {
  const s = forGrowth(start.value);
  const l = forGrowth(latest.value);
  const t = forGrowth(target);
  return s === null || l === null || t === null ? 'not_positive' : { start: s, latest: l, target: t };
};

/**
 * The path of constant yearly growth from the start to the target — what "on track" means for
 * the UN methods, drawn as their target line. Its ends are the raw start and target values.
 */
export const geometricExpected = (
  start: YearPoint,
  target: number,
  targetYear: number,
  year: number,
): number | null => {
  if (year >= targetYear || start.year >= targetYear) return target;
  if (year <= start.year) return start.value;
  const s = forGrowth(start.value);
  const t = forGrowth(target);
  if (s === null || t === null) return null;
  return s * Math.pow(t / s, (year - start.year) / (targetYear - start.year));
};

export const geometricTrajectory = (start: YearPoint, target: number, targetYear: number): TrajectoryPoint[] | null => {
  if (forGrowth(start.value) === null || forGrowth(target) === null) return null;
  return yearsTo(start.year, targetYear).map((year) => ({
    year,
    expected: geometricExpected(start, target, targetYear, year) ?? target,
  }));
};
