import { loadCatalog } from '../../catalog/index.ts';
import type { Actual } from '#shared/domain/actual.ts';
import type { IndicatorInput } from '#shared/domain/indicator.ts';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';
import { DynamoStore } from '#shared/storage/dynamodb/store.ts';
import { AlreadyExists } from '#shared/storage/errors.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';

/**
 * The measured plan: Thanh Hóa 68/KH-UBND's real targets (names, quotes, units — realistic item
 * sizes), cycled to `indicators` indicators, with one actual per indicator for each of `years` years.
 * Written through the storage port, so the items are exactly what the API itself writes.
 */
export interface PlanFixture {
  planId: string;
  indicatorIds: string[];
  /** The numeric ones (a number is a valid value for them; milestones take true/false). */
  numericIds: string[];
  firstYear: number;
  lastYear: number;
  /** Items in the plan's partition: the plan, its indicators, their actuals. */
  items: number;
}

const sourcePlan = 'thanh-hoa-68-kh-ubnd-2024';

/** A plausible value for year `y`: moving toward the target, never exactly on a straight line. */
const valueFor = (indicator: IndicatorInput, step: number, of: number): number | boolean => {
  const target = indicator.target.value;
  if (typeof target === 'boolean') return step === of - 1;
  const wobble = 1 + 0.03 * Math.sin(step * 1.7 + target);
  if (indicator.accumulation === 'cumulative') return Math.round((target / 12) * wobble * 100) / 100;
  const rising =
    indicator.target.comparator.startsWith('>') ||
    indicator.target.comparator === '=' ||
    indicator.target.comparator === '~';
  const start = rising ? target * 0.7 : target * 1.6;
  return Math.round((start + ((target - start) * step * wobble) / (of + 2)) * 100) / 100;
};

export const seedPlanFixture = async (planId: string, indicators = 60, years = 7): Promise<PlanFixture> => {
  const document = loadCatalog().find((d) => d.plan.id === sourcePlan);
  if (!document) throw new Error(`catalog has no ${sourcePlan}`);
  const settings = settingsFromEnv();
  const client = createDocumentClient(settings);
  const store = new DynamoStore(client, settings.tableName);
  const now = new Date().toISOString();
  const lastYear = 2025;
  const firstYear = lastYear - years + 1;
  try {
    for (const department of document.departments) {
      await store.createDepartment({ ...department, createdAt: now }).catch((error) => {
        if (!(error instanceof AlreadyExists)) throw error;
      });
    }
    await store.createPlan({
      ...document.plan,
      id: planId,
      period: { startYear: firstYear, endYear: 2030 },
      createdAt: now,
      updatedAt: now,
    });
    const chosen = Array.from({ length: indicators }, (_, i) => {
      const source = document.indicators[i % document.indicators.length]!;
      return { ...source, id: `${planId}-${String(i).padStart(3, '0')}` };
    });
    await mapLimit(chosen, 8, (indicator) =>
      store.createIndicator({ ...indicator, planId, createdAt: now, updatedAt: now }),
    );
    const actuals = chosen.flatMap((indicator) =>
      Array.from({ length: years }, (_, step): Actual => ({
        indicatorId: indicator.id,
        year: firstYear + step,
        value: valueFor(indicator, step, years),
        status: 'final',
        reportedBy: 'bench',
        reportedAt: now,
        version: 1,
      })),
    );
    await mapLimit(actuals, 8, (actual) => store.putActual({ planId, actual, expectedVersion: null }));
    const numericIds = chosen.filter((i) => i.kind !== 'milestone').map((i) => i.id);
    return {
      planId,
      indicatorIds: chosen.map((i) => i.id),
      numericIds,
      firstYear,
      lastYear,
      items: 1 + chosen.length + actuals.length,
    };
  } finally {
    client.destroy();
  }
};
