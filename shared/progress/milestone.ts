import type { Target } from '#shared/domain/indicator.ts';
import type { ProgressActual, Verdict } from './types.ts';

export interface MilestoneInput {
  target: Target;
  /** Boolean actuals up to the asOf year, sorted by year. */
  counted: ProgressActual[];
  asOfYear: number;
}

/**
 * A yes/no goal (docs/methodology.md §5). The latest report decides, as for `maintain`: done in 2023 and
 * reported undone in 2024 is not achieved. The goal is the target's value — true in every seed,
 * but a plan may set false ("no commune left without …"), and that reads the same way.
 *
 * "The target year reached" is the asOf year: a milestone due in 2025 and not reported done is
 * missed from 2025 on. With no report at all before then it is pending; once the target year has
 * come with still no report it is no_data, not missed: silence is not evidence that the goal
 * failed, and the missing_report flag (docs/design.md §5) is what chases it.
 */
export const evaluateMilestone = ({ target, counted, asOfYear }: MilestoneInput): Verdict => {
  const latestActual = counted.at(-1);
  const common = {
    latest: latestActual ? { year: latestActual.year, value: latestActual.value } : null,
    start: null,
    expected: null,
    ratio: null,
    // A yes/no goal has no line to draw.
    trajectory: [],
    actuals: counted,
  };
  if (latestActual && latestActual.value === target.value) return { ...common, status: 'achieved', reason: 'met' };
  if (asOfYear >= target.year) {
    return latestActual
      ? { ...common, status: 'missed', reason: 'target_year_reached' }
      : { ...common, status: 'no_data', reason: 'milestone_unreported' };
  }
  return { ...common, status: 'pending', reason: 'milestone_open' };
};
