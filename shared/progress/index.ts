import type { Target } from '#shared/domain/indicator.ts';
import { evaluateAverage } from './average.ts';
import { evaluateChange } from './change-per-year.ts';
import { meets, type NumericTarget } from './comparator.ts';
import { storableNumbers } from '#shared/domain/storable.ts';
import { asOfYear as yearOf, countedActuals } from './counted-actuals.ts';
import { evaluateCumulative } from './cumulative.ts';
import { explain } from './explanation.ts';
import { finiteOrNull } from './level-method.ts';
import { evaluateLevel } from './level.ts';
import { applyMaintain, gradeYears } from './maintain.ts';
import { evaluateMilestone } from './milestone.ts';
import { defaultProgressMethod, isProgressMethod, progressMethods } from './registry.ts';
import { versionInForce } from './target-version.ts';
import type { ProgressInput, ProgressMethod, ProgressResult, Verdict } from './types.ts';

export {
  comparatorSign,
  defaultTolerance,
  direction,
  meets,
  type Direction,
  type NumericTarget,
} from './comparator.ts';
export { asOfYear } from './counted-actuals.ts';
export { isDue } from './due.ts';
export { versionInForce } from './target-version.ts';
export {
  defaultProgressMethod,
  isProgressMethod,
  progressMethodNames,
  progressMethods,
  type ProgressMethodInfo,
} from './registry.ts';
export { ProgressResultSchema } from './schema.ts';
export {
  ProgressMethod,
  ProgressStatus,
  type ProgressActual,
  type ProgressInput,
  type ProgressResult,
  type TrajectoryPoint,
  type YearPoint,
} from './types.ts';

/**
 * The indicator schema already ties a numeric kind to a numeric target; anything else here is a
 * stored record that bypassed it, and grading it would produce a wrong answer, not a 4xx.
 */
const numericTarget = (target: Target, indicatorId: string): NumericTarget => {
  const { value } = target;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(`indicator ${indicatorId}: a numeric target needs a finite number, got ${String(value)}`);
  }
  return { ...target, value };
};

/**
 * The progress of one indicator as of a date. Pure: the same input always gives the same answer,
 * and the answer carries the method, the counted actuals, the start, the expected value, the
 * ratio, the target line and a sentence in each language, so a status can always be explained.
 *
 * Throws RangeError for an unknown method or a malformed asOf (check with `isProgressMethod` and
 * validate the date first) and TypeError for an indicator the domain schema would have refused.
 */
export function computeProgress(input: ProgressInput): ProgressResult {
  const requestedName: unknown = input.method ?? defaultProgressMethod;
  if (!isProgressMethod(requestedName)) throw new RangeError(`unknown progress method: ${String(requestedName)}`);
  const { indicator, period } = input;
  const asOfYear = yearOf(input.asOf);
  const requested = progressMethods[requestedName];
  // An amended target: the version in force on asOf decides, and the answer names it.
  const version = input.targetVersions?.length ? versionInForce(input.targetVersions, input.asOf) : undefined;
  const inForce = version?.target ?? indicator.target;

  let verdict: Verdict;
  // The UN methods read yearly levels; a running total, an average, a change per year or a yes/no
  // goal is graded by its own rules (docs/methodology.md §4–5, §11), and the answer names the method
  // that actually decided.
  let applied: ProgressMethod = defaultProgressMethod;
  if (indicator.kind === 'milestone') {
    const counted = countedActuals(input.actuals, { kind: 'milestone', toYear: asOfYear });
    verdict = evaluateMilestone({ target: inForce, counted, asOf: input.asOf });
  } else {
    const target = numericTarget(inForce, indicator.id);
    const fromYear = target.countFrom ?? period.startYear;
    if (target.change !== undefined) {
      const counted = countedActuals(input.actuals, { kind: 'numeric', toYear: asOfYear });
      verdict = evaluateChange({ target, baseline: indicator.baseline, counted });
    } else if (indicator.accumulation === 'average') {
      const counted = countedActuals(input.actuals, { kind: 'numeric', fromYear, toYear: asOfYear });
      verdict = evaluateAverage({ target, fromYear, counted });
    } else if (indicator.accumulation === 'cumulative') {
      const counted = countedActuals(input.actuals, { kind: 'numeric', fromYear, toYear: asOfYear });
      verdict = evaluateCumulative({ target, startYear: fromYear, counted, milestones: indicator.milestones });
    } else {
      const counted = countedActuals(input.actuals, { kind: 'numeric', toYear: asOfYear });
      verdict = evaluateLevel(
        { target, baseline: indicator.baseline, counted, milestones: indicator.milestones },
        requested.level,
      );
      applied = requested.name;
      if (target.maintain) {
        const yearly = gradeYears(counted, period.startYear, (v) => typeof v === 'number' && meets(target, v));
        verdict = applyMaintain(verdict, yearly, (yearly.at(-1)?.year ?? asOfYear) >= target.year);
      }
    }
  }

  const explanation = explain(verdict, {
    kind: indicator.kind,
    accumulation: indicator.accumulation,
    unit: indicator.unit,
    target: inForce,
    ...(version ? { version } : {}),
    asOfYear,
    periodStartYear: period.startYear,
    method: progressMethods[applied],
    requested,
  });
  // The one exit of the engine: every figure an answer or a flag carries is one DynamoDB can store.
  return storableNumbers({
    indicatorId: indicator.id,
    method: applied,
    status: verdict.status,
    latest: verdict.latest,
    start: verdict.start,
    // JSON has no NaN or ∞: a figure that overflowed for absurd inputs is reported as absent; the
    // status was decided on the raw figure, whose sign still says which way it went.
    expected: finiteOrNull(verdict.expected),
    ratio: finiteOrNull(verdict.ratio),
    ...(Number.isFinite(verdict.total) ? { total: verdict.total } : {}),
    ...(verdict.projected && Number.isFinite(verdict.projected.value) ? { projected: verdict.projected } : {}),
    trajectory: verdict.trajectory.filter((p) => Number.isFinite(p.expected)),
    actuals: verdict.actuals,
    explanation,
    ...(verdict.methodStatus === undefined ? {} : { methodStatus: verdict.methodStatus }),
    ...semanticsFields(verdict),
    ...(inForce.due === undefined ? {} : { due: inForce.due }),
    ...(version
      ? { targetVersion: { version: version.version, validFrom: version.validFrom, document: version.document } }
      : {}),
  });
}

/** The components of the per-year, maintain and average rules, each only when its rule produced it. */
const semanticsFields = (v: Verdict): Partial<ProgressResult> => ({
  ...(v.yearly ? { yearly: v.yearly } : {}),
  ...(v.failedYears ? { failedYears: v.failedYears } : {}),
  ...(v.requiredChange === undefined ? {} : { requiredChange: v.requiredChange }),
  ...(Number.isFinite(v.achievedChange) ? { achievedChange: v.achievedChange } : {}),
  ...(Number.isFinite(v.mean) ? { mean: v.mean } : {}),
  ...(v.runningMean ? { runningMean: v.runningMean.filter((p) => Number.isFinite(p.mean)) } : {}),
});
