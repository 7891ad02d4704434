import { describe, expect, it } from 'vitest';
import { measureImportMemory } from '../../bench/import-memory.ts';

/** The import function's budget here; Lambda gives it more (infra/cdk/function-sizing.ts). */
const budgetMiB = 256;

describe('the import function under the worst bodies the route accepts (≤ 4 MiB)', () => {
  it(`stays under ${budgetMiB} MiB, answers 4xx (never 5xx), and refuses within a second`, async () => {
    const { cases } = await measureImportMemory();
    for (const result of cases) {
      expect(result.status, result.case).toBeGreaterThanOrEqual(400);
      expect(result.status, result.case).toBeLessThan(500);
      expect(result.peakMiB, JSON.stringify(result)).toBeLessThan(budgetMiB);
    }
    // Refusing a body over the row limit is cheap: it stops at the first row too many. CPU time, as
    // the wall clock on a machine shared with other work measures the neighbours.
    for (const name of ['csv-short-lines', 'json-many-rows']) {
      const refusal = cases.find((c) => c.case === name)!;
      expect(refusal.status, name).toBe(413);
      expect(refusal.cpuMilliseconds, name).toBeLessThan(1_000);
    }
    expect(cases.find((c) => c.case === 'json-deep-nesting')!.status).toBe(400);
  }, 300_000);
});
