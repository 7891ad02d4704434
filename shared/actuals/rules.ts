import type { Principal } from '#shared/auth/principal.ts';
import type { FieldIssue } from '#shared/domain/errors.ts';
import { valueBounds, type Indicator } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';

/** How far back a plan may record history: baselines often predate the plan by several years. */
export const yearsBeforePlan = 10;

/** The years a plan takes values for: `yearsBeforePlan` before its start, up to its end. */
export const actualYears = (plan: Pick<Plan, 'period'>) => ({
  first: plan.period.startYear - yearsBeforePlan,
  last: plan.period.endYear,
});

/**
 * The checks that need the indicator and its plan, for PUT, the import and the seed alike: the year
 * within the plan's range, the value of the indicator's kind and within its bounds (a percentage
 * without bounds of its own is 0–100). Every broken rule is reported, none thrown.
 */
export const actualIssues = (
  indicator: Pick<Indicator, 'kind' | 'unit' | 'min' | 'max'>,
  plan: Pick<Plan, 'period'>,
  year: number,
  value: number | boolean,
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const { first, last } = actualYears(plan);
  if (year < first || year > last) {
    issues.push({
      in: 'path',
      field: 'year',
      message: `year must be within ${first}–${last} for this plan`,
      messageVi: `năm phải trong khoảng ${first}–${last}`,
    });
  }
  if (indicator.kind === 'milestone') {
    if (typeof value !== 'boolean')
      issues.push({
        in: 'body',
        field: 'value',
        pointer: '/value',
        message: 'a milestone value is true or false',
        messageVi: 'mốc chỉ nhận true hoặc false',
      });
  } else if (typeof value !== 'number') {
    issues.push({
      in: 'body',
      field: 'value',
      pointer: '/value',
      message: 'a numeric indicator takes a number',
      messageVi: 'chỉ tiêu định lượng cần một số',
    });
  } else {
    const { min, max } = valueBounds(indicator);
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      issues.push({
        in: 'body',
        field: 'value',
        pointer: '/value',
        message: `value must be within ${min ?? '-∞'}…${max ?? '∞'} ${indicator.unit}`,
        messageVi: `giá trị phải trong khoảng ${min ?? '-∞'}…${max ?? '∞'}`,
      });
    }
  }
  return issues;
};

/** An admin writes any indicator's values; a department only those of its own indicators. */
export const mayReport = (principal: Principal | undefined, indicator: Pick<Indicator, 'departmentId'>): boolean =>
  principal?.role === 'admin' ||
  (principal?.departmentId !== undefined && principal.departmentId === indicator.departmentId);
