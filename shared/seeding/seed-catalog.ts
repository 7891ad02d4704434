import { actualIssues, actualWrite } from '#shared/actuals/index.ts';
import type { CatalogDocument, IllustrativeActuals } from '#shared/domain/catalog.ts';
import { AlreadyExists, VersionConflict } from '#shared/storage/errors.ts';
import type { Store } from '#shared/storage/port.ts';

export interface SeedCounts {
  created: number;
  existing: number;
}

export interface SeedReport {
  departments: SeedCounts;
  plans: SeedCounts;
  indicators: SeedCounts;
  illustrativeActuals: SeedCounts;
  /** The catalog's tasks (seed-tasks.ts), when they were loaded too. */
  tasks?: SeedCounts;
}

const counts = (): SeedCounts => ({ created: 0, existing: 0 });

/** Who the revisions of demo figures name: never a person, never a department. */
export const illustrativeReporter = 'illustrative-demo';

/** Creates unless present: a record someone already has (perhaps edited since) is left as it is. */
const createOnce = async (create: () => Promise<unknown>, tally: SeedCounts) => {
  try {
    await create();
    tally.created += 1;
  } catch (error) {
    if (error instanceof AlreadyExists || error instanceof VersionConflict) tally.existing += 1;
    else throw error;
  }
};

/**
 * Writes the catalog through the storage port: departments first (indicators name them), then each
 * plan and its indicators. Idempotent: a second run creates nothing and its report says so.
 */
export const seedCatalog = async (
  store: Store,
  documents: CatalogDocument[],
  illustrative?: IllustrativeActuals,
  now = new Date().toISOString(),
): Promise<SeedReport> => {
  const report: SeedReport = {
    departments: counts(),
    plans: counts(),
    indicators: counts(),
    illustrativeActuals: counts(),
  };
  const departments = new Map(documents.flatMap((d) => d.departments).map((department) => [department.id, department]));
  for (const department of departments.values()) {
    await createOnce(() => store.createDepartment({ ...department, createdAt: now }), report.departments);
  }
  const targets = new Map<
    string,
    { plan: CatalogDocument['plan']; indicator: CatalogDocument['indicators'][number] }
  >();
  for (const { plan, indicators } of documents) {
    await createOnce(() => store.createPlan({ ...plan, createdAt: now, updatedAt: now }), report.plans);
    for (const indicator of indicators) {
      targets.set(indicator.id, { plan, indicator });
      await createOnce(
        () => store.createIndicator({ ...indicator, planId: plan.id, createdAt: now, updatedAt: now }),
        report.indicators,
      );
    }
  }
  // Demo figures keep the rules a department's figures keep (shared/actuals), and are written as a create.
  for (const actual of illustrative?.actuals ?? []) {
    const target = targets.get(actual.indicatorId);
    if (!target) throw new Error(`illustrative actual for unknown indicator ${actual.indicatorId}`);
    const issues = actualIssues(target.indicator, target.plan, actual.year, actual.value);
    if (issues.length)
      throw new Error(
        `illustrative actual ${actual.indicatorId} ${actual.year}: ${issues.map((i) => i.message).join('; ')}`,
      );
    const figure = {
      indicator: { id: actual.indicatorId, planId: target.plan.id },
      year: actual.year,
      value: actual.value,
      status: actual.status,
    };
    await createOnce(
      () =>
        store.putActual(
          actualWrite(figure, { reportedBy: illustrativeReporter, reportedAt: now, illustrative: true }, null),
        ),
      report.illustrativeActuals,
    );
  }
  return report;
};

export const describeSeedReport = (report: SeedReport): string => {
  const parts = Object.entries(report)
    .filter((entry): entry is [string, SeedCounts] => entry[1] !== undefined)
    .map(([what, c]) => `${what} ${c.created} created, ${c.existing} already there`);
  const nothing = Object.values(report).every((c) => c === undefined || c.created === 0);
  return `${nothing ? 'Nothing to do — the store already holds the catalog. ' : ''}${parts.join('; ')}`;
};
