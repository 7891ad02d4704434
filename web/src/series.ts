/**
 * What a chart draws for one indicator: the actuals (running totals for a cumulative target),
 * the expected trajectory and the target. Pure, from the progress answer and the indicator.
 */
import type { Indicator, ProgressResult } from './types.ts';

export interface ActualPoint {
  x: number;
  y: number;
  illustrative: boolean;
  provisional: boolean;
}

export interface ChartSeries {
  actual: ActualPoint[];
  expected: { x: number; y: number }[];
  /** The numeric target, when there is one. */
  target: { year: number; value: number } | null;
  cumulative: boolean;
  /** The x range worth showing: every point and the target year. */
  years: [number, number] | null;
}

type ActualLike = { year: number; value: number | boolean; illustrative?: boolean; status?: string };

/**
 * Actual points of a numeric indicator: the counted actuals of the progress answer when there is
 * one (it knows which years count), else every numeric actual. Cumulative ones become running totals
 * from the plan's start year, the way the target is judged.
 */
export const actualPoints = (
  indicator: Pick<Indicator, 'kind' | 'accumulation'>,
  actuals: ActualLike[],
  statusOf: (year: number) => string | undefined = () => undefined,
  startYear?: number,
): ActualPoint[] => {
  if (indicator.kind === 'milestone') return [];
  const numeric = actuals
    .filter((a): a is ActualLike & { value: number } => typeof a.value === 'number' && Number.isFinite(a.value))
    .filter((a) => indicator.accumulation !== 'cumulative' || startYear === undefined || a.year >= startYear)
    .sort((a, b) => a.year - b.year);
  let running = 0;
  return numeric.map((a) => {
    running += a.value;
    const y = indicator.accumulation === 'cumulative' ? running : a.value;
    return {
      x: a.year,
      y,
      illustrative: a.illustrative === true,
      provisional: (a.status ?? statusOf(a.year)) === 'provisional',
    };
  });
};

export const chartSeries = (
  indicator: Pick<Indicator, 'kind' | 'accumulation' | 'target'>,
  progress: (Pick<ProgressResult, 'actuals'> & { trajectory?: ProgressResult['trajectory'] }) | undefined,
  actuals: ActualLike[] = [],
  startYear?: number,
): ChartSeries => {
  const statusByYear = new Map(actuals.map((a) => [a.year, a.status]));
  const illustrativeByYear = new Map(actuals.map((a) => [a.year, a.illustrative === true]));
  const source: ActualLike[] = progress
    ? progress.actuals.map((a) => ({
        ...a,
        illustrative: a.illustrative === true || illustrativeByYear.get(a.year) === true,
      }))
    : actuals;
  const actual = actualPoints(indicator, source, (year) => statusByYear.get(year), startYear);
  const expected =
    indicator.kind === 'milestone' ? [] : (progress?.trajectory ?? []).map((p) => ({ x: p.year, y: p.expected }));
  const target =
    typeof indicator.target.value === 'number' ? { year: indicator.target.year, value: indicator.target.value } : null;
  const xs = [...actual.map((p) => p.x), ...expected.map((p) => p.x), ...(target ? [target.year] : [])];
  return {
    actual,
    expected,
    target,
    cumulative: indicator.accumulation === 'cumulative',
    years: xs.length ? [Math.min(...xs), Math.max(...xs)] : null,
  };
};

export const anyIllustrative = (items: Iterable<{ illustrative?: boolean }>): boolean => {
  for (const item of items) if (item.illustrative === true) return true;
  return false;
};

/** The latest counted actual and whether it is illustrative, for "latest against target". */
export const latestActual = (
  progress: Pick<ProgressResult, 'latest' | 'actuals' | 'total'> | undefined,
): { year: number; value: number | boolean; total?: number; illustrative: boolean } | null => {
  if (!progress?.latest) return null;
  const { year, value } = progress.latest;
  const counted = progress.actuals.find((a) => a.year === year);
  return {
    year,
    value,
    ...(progress.total !== undefined ? { total: progress.total } : {}),
    illustrative: counted?.illustrative === true,
  };
};
