import type { Comparator, TargetChange, TargetVersion } from '#shared/domain/indicator.ts';
import { computeProgress, type ProgressMethod, type ProgressResult } from '#shared/progress/index.ts';

/** A numeric indicator in a few words: [year, value] pairs keep the hand-made tables readable. */
export interface NumericCase {
  comparator: Comparator;
  target: number;
  targetYear?: number;
  tolerance?: number;
  maintain?: boolean;
  upper?: number;
  change?: TargetChange;
  countFrom?: number;
  due?: string;
  /** Interim milestones as [year, value]. */
  milestones?: Array<[number, number]>;
  targetVersions?: TargetVersion[];
  baseline?: [number, number];
  actuals: Array<[number, number]>;
  asOf?: string;
  accumulation?: 'level' | 'cumulative' | 'average';
  period?: [number, number];
  method?: ProgressMethod;
  unit?: string;
}

export const numeric = (c: NumericCase): ProgressResult =>
  computeProgress({
    indicator: {
      id: 'ind',
      kind: 'numeric',
      accumulation: c.accumulation ?? 'level',
      unit: c.unit ?? '%',
      target: {
        comparator: c.comparator,
        value: c.target,
        year: c.targetYear ?? 2030,
        ...(c.tolerance === undefined ? {} : { tolerance: c.tolerance }),
        ...(c.maintain === undefined ? {} : { maintain: c.maintain }),
        ...(c.upper === undefined ? {} : { upper: c.upper }),
        ...(c.change === undefined ? {} : { change: c.change }),
        ...(c.countFrom === undefined ? {} : { countFrom: c.countFrom }),
        ...(c.due === undefined ? {} : { due: c.due }),
      },
      ...(c.baseline ? { baseline: { year: c.baseline[0], value: c.baseline[1] } } : {}),
      ...(c.milestones ? { milestones: c.milestones.map(([year, value]) => ({ year, value })) } : {}),
    },
    ...(c.targetVersions ? { targetVersions: c.targetVersions } : {}),
    period: { startYear: c.period?.[0] ?? 2021, endYear: c.period?.[1] ?? 2030 },
    actuals: c.actuals.map(([year, value]) => ({ year, value })),
    asOf: c.asOf ?? '2040-12-31',
    ...(c.method ? { method: c.method } : {}),
  });

export interface MilestoneCase {
  targetYear?: number;
  goal?: boolean;
  maintain?: boolean;
  due?: string;
  actuals: Array<[number, boolean | number]>;
  asOf: string;
  method?: ProgressMethod;
}

export const milestone = (c: MilestoneCase): ProgressResult =>
  computeProgress({
    indicator: {
      id: 'ms',
      kind: 'milestone',
      accumulation: 'level',
      unit: 'yes/no',
      target: {
        comparator: '=',
        value: c.goal ?? true,
        year: c.targetYear ?? 2025,
        ...(c.maintain === undefined ? {} : { maintain: c.maintain }),
        ...(c.due === undefined ? {} : { due: c.due }),
      },
    },
    period: { startYear: 2021, endYear: 2025 },
    actuals: c.actuals.map(([year, value]) => ({ year, value })),
    asOf: c.asOf,
    ...(c.method ? { method: c.method } : {}),
  });
