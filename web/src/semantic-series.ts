/**
 * What a chart draws beyond the actuals and the straight target line, for targets written the
 * way plans write them (docs/methodology.md §11): a range as a band, each year's change against
 * the required rate, the running mean of an average, the years a maintained target slipped, and
 * the target line stepping at each amendment. Pure, from the progress answer and the versions.
 */
import type { ChartSeries } from './series.ts';
import type { Indicator, ProgressResult } from './types.ts';

export interface SemanticSeries {
  /** A range's band: the line to its lower and to its upper end, year by year. */
  band: { x: number; low: number; high: number }[];
  /** Change per year: each year's own change of the level (signed) and the change the rate asks for. */
  changes: { x: number; change: number; required: number; met: boolean }[];
  /** Averages: the mean so far, year by year. */
  runningMean: { x: number; y: number }[];
  /** Maintained targets: the actual points of the years that did not meet the target. */
  slips: { x: number; y: number }[];
  /** Amended targets: the target line as steps, one level per version (empty with one version). */
  targetSteps: { x: number; y: number }[];
}

type ProgressPart = Partial<
  Pick<ProgressResult, 'trajectory' | 'yearly' | 'failedYears' | 'requiredChange' | 'runningMean'>
>;

export interface VersionLike {
  target: { value: number | boolean };
  validFrom: string;
}

const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

/**
 * The target line over the chart's years, one level per version: a version holds from the year
 * it came into force to the year the next did, so an amendment shows as a vertical step.
 */
export const targetSteps = (
  versions: readonly VersionLike[],
  years: [number, number] | null,
): SemanticSeries['targetSteps'] => {
  const numeric = versions.filter(
    (v): v is VersionLike & { target: { value: number } } => typeof v.target.value === 'number',
  );
  if (numeric.length < 2 || !years) return [];
  const [first, last] = years;
  const points: { x: number; y: number }[] = [];
  numeric.forEach((version, i) => {
    const next = numeric[i + 1];
    const from = i === 0 ? first : Math.min(Math.max(yearOf(version.validFrom), first), last);
    const to = next ? Math.min(Math.max(yearOf(next.validFrom), first), last) : last;
    points.push({ x: from, y: version.target.value }, { x: to, y: version.target.value });
  });
  return points;
};

export const semanticSeries = (
  indicator: Pick<Indicator, 'kind' | 'target'>,
  progress: ProgressPart | undefined,
  series: Pick<ChartSeries, 'actual' | 'years'>,
  versions: readonly VersionLike[] = [],
): SemanticSeries => {
  const empty: SemanticSeries = { band: [], changes: [], runningMean: [], slips: [], targetSteps: [] };
  if (indicator.kind === 'milestone') return empty;
  const band = (progress?.trajectory ?? [])
    .filter((p) => p.lower !== undefined && p.upper !== undefined)
    .map((p) => ({ x: p.year, low: p.lower ?? p.expected, high: p.upper ?? p.expected }));
  const sign = indicator.target.change === 'decrease' ? -1 : 1;
  const rate = progress?.requiredChange;
  const changes =
    indicator.target.change && rate !== undefined
      ? (progress?.yearly ?? [])
          .filter((y): y is typeof y & { value: number } => typeof y.value === 'number')
          .map((y) => ({ x: y.year, change: y.value, required: sign * rate, met: y.met }))
      : [];
  const failed = new Set(indicator.target.maintain ? (progress?.failedYears ?? []) : []);
  return {
    band,
    changes,
    runningMean: (progress?.runningMean ?? []).map((p) => ({ x: p.year, y: p.mean })),
    slips: series.actual.filter((p) => failed.has(p.x)).map((p) => ({ x: p.x, y: p.y })),
    targetSteps: targetSteps(versions, series.years),
  };
};
