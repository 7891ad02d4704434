import type { Target } from '#shared/domain/indicator.ts';
import { isDue } from './due.ts';
import { applyMaintain, gradeYears } from './maintain.ts';
import type { ProgressActual, Verdict } from './types.ts';

export interface MilestoneInput {
  target: Target;
  /** Boolean actuals up to the asOf year, sorted by year. */
  counted: ProgressActual[];
  /** YYYY-MM-DD: decides, with target.due, whether the goal is due yet (due.ts). */
  asOf: string;
}

/**
 * A yes/no goal (docs/methodology.md §5). The latest report decides, as for `maintain`: done in 2023 and
 * reported undone in 2024 is not achieved. The goal is the target's value — true in every seed,
 * but a plan may set false ("no commune left without …"), and that reads the same way.
 *
 * "Due" is due.ts: with `target.due` (a day inside the target year) the goal is missed only once
 * that day is over; without it, from the target year on. With no report at all before then it
 * is pending; once due with still no report it is no_data, not missed: silence is not evidence
 * that the goal failed, and the missing_report flag (docs/design.md §5) is what chases it.
 *
 * With `maintain` the goal, once reached, must stay reached: a later "not done" is off_track
 * (missed once due), and the years are listed (maintain.ts).
 */
export const evaluateMilestone = ({ target, counted, asOf }: MilestoneInput): Verdict => {
  const verdict = milestoneVerdict(target, counted, asOf);
  const firstMet = counted.findIndex((a) => a.value === target.value);
  if (!target.maintain || firstMet < 0) return verdict;
  const yearly = gradeYears(counted.slice(firstMet), -Infinity, (v) => v === target.value);
  const graded = applyMaintain(verdict, yearly, isDue(target, asOf));
  return graded.reason === 'maintain_failing' ? { ...graded, reason: 'milestone_lost' } : graded;
};

const milestoneVerdict = (target: Target, counted: ProgressActual[], asOf: string): Verdict => {
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
  if (isDue(target, asOf)) {
    return latestActual
      ? { ...common, status: 'missed', reason: 'target_year_reached' }
      : { ...common, status: 'no_data', reason: 'milestone_unreported' };
  }
  return { ...common, status: 'pending', reason: 'milestone_open' };
};
