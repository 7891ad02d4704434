import type { ProgressStatus } from './types.ts';
import type { GradedYear, ProgressActual, Verdict } from './types.ts';

/** Each counted year from `fromYear` (the plan's start) graded on its own. */
export const gradeYears = (
  counted: readonly ProgressActual[],
  fromYear: number,
  holds: (value: number | boolean) => boolean,
): GradedYear[] =>
  counted.filter((a) => a.year >= fromYear).map((a) => ({ year: a.year, value: a.value, met: holds(a.value) }));

/**
 * docs/methodology.md §11, "maintain every year": a target that must hold every year is judged on
 * every graded year, not on the latest alone, so a slip in 2025 stays visible in 2026.
 * - the latest year fails → off_track (missed once the target is due);
 * - every year met → achieved;
 * - the latest meets, an earlier year failed → at_risk, missed once the target is due.
 * `due` says whether the target is due as of the latest graded year. With no graded year the
 * verdict stays as the target's own rules gave it.
 */
export const applyMaintain = (verdict: Verdict, yearly: GradedYear[], due: boolean): Verdict => {
  const latest = yearly.at(-1);
  if (!latest) return verdict;
  const failedYears = yearly.filter((y) => !y.met).map((y) => y.year);
  const graded = { ...verdict, yearly, failedYears };
  const set = (status: ProgressStatus, reason: Verdict['reason']): Verdict => {
    const { methodStatus: _m, ...rest } = graded;
    return { ...rest, status, reason };
  };
  if (!latest.met) return set(due ? 'missed' : 'off_track', 'maintain_failing');
  if (failedYears.length === 0) return { ...graded, status: 'achieved', reason: 'met' };
  return set(due ? 'missed' : 'at_risk', 'maintain_slipped');
};
