import { isUnitFlag, type Flag, type OpenFlag } from '#shared/domain/flag.ts';
import type { PlanDossier } from '#shared/storage/port.ts';
import { reportCompleteness, type Completeness } from '#shared/reporting/completeness.ts';
import { planTasksOf, type PlanTasks } from '#shared/reporting/plan-tasks.ts';
import { reportingUnits } from '#shared/reporting/units.ts';
import { deadlinePassed, dueDate } from './calendar.ts';
import { missingReportExplanation } from './unit-messages.ts';

/**
 * missing_report per (plan, unit, year) (docs/flags.md): open once the year's due date has passed
 * without a submitted report from a unit that must report, its detail listing the unit's
 * indicators (and tasks) without a value for the year; resolved once the report is submitted.
 */

/** Every year of the plan, each unit's standing as of `asOf` (shared/reporting/completeness.ts). */
export const planYears = (
  dossier: PlanDossier,
  asOf: string,
  planTasks: PlanTasks = planTasksOf(dossier),
): { year: number; completeness: Completeness }[] => {
  const units = reportingUnits(dossier.plan, dossier.indicators, planTasks.tasks);
  const years: { year: number; completeness: Completeness }[] = [];
  for (let year = dossier.plan.period.startYear; year <= dossier.plan.period.endYear; year++) {
    years.push({
      year,
      completeness: reportCompleteness({
        rule: dossier.plan.reporting,
        year,
        asOf,
        units,
        indicators: dossier.indicators,
        actuals: dossier.actuals,
        tasks: planTasks.tasks,
        taskReports: planTasks.taskReports,
        reports: (dossier.reports ?? []).filter((report) => report.year === year),
      }),
    });
  }
  return years;
};

export interface UnitFlagChanges {
  toOpen: Flag[];
  toResolve: OpenFlag[];
  stillOpen: OpenFlag[];
}

/** Pure: the unit flags a plan should have open as of `asOf`, against those it has. */
export const unitFlagChanges = (
  dossier: PlanDossier,
  options: { asOf: string; now: string; newId: () => string },
  planTasks: PlanTasks = planTasksOf(dossier),
): UnitFlagChanges => {
  const changes: UnitFlagChanges = { toOpen: [], toResolve: [], stillOpen: [] };
  const slot = (departmentId: string, year: number) => `${departmentId}#${year}`;
  const open = new Map(
    (dossier.openFlags ?? []).filter(isUnitFlag).map((flag) => [slot(flag.departmentId ?? '', flag.year), flag]),
  );
  const wanted = new Set<string>();
  const rule = dossier.plan.reporting;
  if (rule) {
    for (const { year, completeness } of planYears(dossier, options.asOf, planTasks)) {
      if (!deadlinePassed(dueDate(rule, year), options.asOf)) continue;
      for (const unit of completeness.units) {
        // A report submitted after asOf (a run replaying a past day) is not flagged either: the store
        // would refuse the opening (flag-store.ts), so wanting it would only cost a write per run.
        if (unit.timeliness !== 'missing' || unit.submittedAt !== null) continue;
        const key = slot(unit.departmentId, year);
        wanted.add(key);
        const existing = open.get(key);
        if (existing) {
          changes.stillOpen.push(existing);
          continue;
        }
        const due = completeness.due!;
        changes.toOpen.push({
          id: options.newId(),
          type: 'missing_report',
          planId: dossier.plan.id,
          departmentId: unit.departmentId,
          year,
          status: 'open',
          openedAt: options.now,
          detail: {
            asOf: options.asOf,
            dueDate: due,
            missing: unit.missing,
            explanation: missingReportExplanation(unit.departmentId, year, due, unit.missing),
          },
        });
      }
    }
  }
  for (const [key, flag] of open) if (!wanted.has(key)) changes.toResolve.push(flag);
  return changes;
};
