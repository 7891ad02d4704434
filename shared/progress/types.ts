import * as z from 'zod';
import type { Indicator, TargetVersion } from '#shared/domain/indicator.ts';
import type { ProgressResultSchema } from './schema.ts';

/**
 * The words a progress answer may use. The first five grade a numeric target; `pending` is a
 * milestone not yet due; `no_data` and `insufficient_data` say why no grade can be given.
 */
export const ProgressStatus = z.enum([
  'achieved',
  'on_track',
  'at_risk',
  'off_track',
  'missed',
  'pending',
  'no_data',
  'insufficient_data',
]);
export type ProgressStatus = z.infer<typeof ProgressStatus>;

/**
 * The methods a caller may ask for with `?method=`. A zod enum so that a route can validate the
 * query parameter with the very list the engine dispatches on.
 */
export const ProgressMethod = z.enum(['linear-trajectory', 'un-cagr', 'un-extrapolation', 'statcan']);
export type ProgressMethod = z.infer<typeof ProgressMethod>;

export interface ProgressActual {
  year: number;
  value: number | boolean;
  illustrative?: boolean;
}

export interface ProgressInput {
  indicator: Pick<Indicator, 'id' | 'kind' | 'accumulation' | 'target' | 'baseline' | 'unit' | 'milestones'>;
  /** The plan's period; cumulative totals count from its start year. */
  period: { startYear: number; endYear: number };
  actuals: ProgressActual[];
  /** 'YYYY-MM-DD'; only actuals with a year up to this date's year count. */
  asOf: string;
  /** Default `linear-trajectory`. Check unknown names with `isProgressMethod` first. */
  method?: ProgressMethod;
  /**
   * The targets the indicator had (GET /indicators/{indicatorId}/targets); when given, the one in
   * force on asOf replaces indicator.target and the answer names it.
   */
  targetVersions?: readonly TargetVersion[];
}

export interface YearPoint {
  year: number;
  value: number;
}

export interface TrajectoryPoint {
  year: number;
  expected: number;
  /** Ranges only: the method's line to the range's lower and upper end. */
  lower?: number;
  upper?: number;
}

export interface GradedYear {
  year: number;
  value: number | boolean;
  met: boolean;
}

/** The engine's answer for one indicator; its shape is the schema's (schema.ts), field by field explained there. */
export type ProgressResult = z.infer<typeof ProgressResultSchema>;

/**
 * Why a status was given, in machine terms. Internal: the explanation is written from it, so the
 * one sentence a person reads always names the branch that decided.
 */
export type Reason =
  | 'no_actual'
  | 'met'
  | 'target_year_reached'
  | 'no_start'
  | 'not_positive'
  | 'start_already_met'
  | 'no_change_expected'
  | 'cap_exceeded'
  | 'measured'
  | 'milestone_open'
  | 'milestone_unreported'
  /** maintain: the latest year meets, an earlier one did not. */
  | 'maintain_slipped'
  /** maintain: the latest year does not meet the target (it met it before, or never did). */
  | 'maintain_failing'
  /** A milestone reported done, then reported undone, under maintain. */
  | 'milestone_lost'
  /** Growth rates need positive values (averages: a positive mean and target). */
  | 'not_positive_mean';

/** Growth rates behind a CAGR-based verdict, kept so that the explanation can quote them. */
export interface Growth {
  observed: number;
  required: number;
}

/** What an evaluator decides, before the indicator id, the method and the explanation are added. */
export interface Verdict {
  status: ProgressStatus;
  reason: Reason;
  latest: ProgressResult['latest'];
  start: YearPoint | null;
  expected: number | null;
  ratio: number | null;
  total?: number;
  projected?: YearPoint;
  growth?: Growth;
  trajectory: TrajectoryPoint[];
  actuals: ProgressActual[];
  methodStatus?: string;
  yearly?: GradedYear[];
  failedYears?: number[];
  requiredChange?: number;
  achievedChange?: number;
  mean?: number;
  runningMean?: { year: number; mean: number }[];
}
