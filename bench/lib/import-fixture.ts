import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';
import { DynamoStore } from '#shared/storage/dynamodb/store.ts';
import { AlreadyExists } from '#shared/storage/errors.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';

/** One row of a JSON import, as a department's script would send it. */
export interface ImportRowInput {
  indicatorId: string;
  year: number;
  value: number;
  status: 'final';
}

const departmentId = 'so-bench-imports';
const firstYear = 2021;

/**
 * `plans` plans of `indicators` numeric indicators each (period 2021–2030), written through the
 * storage port, and the rows that give each indicator a value for each of `years` years: none of
 * them stored yet, so an import of them creates every value (and its revision).
 */
export const seedImportPlans = async (prefix: string, plans: number, indicators: number, years: number) => {
  const settings = settingsFromEnv();
  const client = createDocumentClient(settings);
  const store = new DynamoStore(client, settings.tableName);
  const now = new Date().toISOString();
  const planOf = new Map<string, string>();
  try {
    await store
      .createDepartment({ id: departmentId, name: 'Sở Đo lường', area: 'Thanh Hóa', createdAt: now })
      .catch((error) => {
        if (!(error instanceof AlreadyExists)) throw error;
      });
    for (let p = 0; p < plans; p++) {
      const planId = `${prefix}-${p}`;
      await store.createPlan({
        id: planId,
        number: `${p}/KH-UBND`,
        type: 'ke-hoach',
        title: 'Kế hoạch đo nhập liệu / import benchmark plan',
        issuer: 'UBND tỉnh Thanh Hóa',
        area: 'Thanh Hóa',
        signedDate: '2021-03-08',
        period: { startYear: firstYear, endYear: firstYear + 9 },
        implements: [],
        reporting: { deadline: '12-10', yearOffset: 0, to: 'Sở Tài chính' },
        createdAt: now,
        updatedAt: now,
      });
      const ids = Array.from({ length: indicators }, (_, i) => `${planId}-i${String(i).padStart(3, '0')}`);
      await mapLimit(ids, 8, (id) =>
        store.createIndicator({
          id,
          planId,
          code: `N.${id.slice(-3)}`,
          name: { vi: 'Tỷ lệ hộ nghèo theo chuẩn đa chiều', en: 'Multidimensional poverty rate' },
          unit: '%',
          domain: 'social-protection',
          departmentId,
          accumulation: 'level',
          kind: 'numeric',
          target: { comparator: '<', value: 3, year: firstYear + 9 },
          source: { section: 'II.1', quote: 'giảm tỷ lệ hộ nghèo theo chuẩn đa chiều xuống dưới 3%' },
          createdAt: now,
          updatedAt: now,
        }),
      );
      for (const id of ids) planOf.set(id, planId);
    }
  } finally {
    client.destroy();
  }
  const rows: ImportRowInput[] = [...planOf.keys()].flatMap((indicatorId, i) =>
    Array.from({ length: years }, (_, y) => ({
      indicatorId,
      year: firstYear + y,
      value: Math.round((9 - y * 0.6 + (i % 7) * 0.1) * 100) / 100,
      status: 'final' as const,
    })),
  );
  return { rows, planOf, plans };
};
