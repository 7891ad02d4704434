import { describe, expect, it, vi } from 'vitest';
import { StoreUnavailable } from '#shared/storage/errors.ts';
import { useLocalApi } from '../support/local-api.ts';
import { postRows, seedImportPlan } from './support.ts';

/** The store goes away after two chunks of the next import: the third chunk's write fails. */
const outage = vi.hoisted(() => ({ failAfter: Infinity, chunks: 0 }));

vi.mock('#shared/storage/default-batch-stores.ts', async (original) => {
  const real = await original<typeof import('#shared/storage/default-batch-stores.ts')>();
  return {
    ...real,
    defaultActualBatches: () => {
      const batches = real.defaultActualBatches();
      return {
        readPlanActuals: batches.readPlanActuals.bind(batches),
        readActuals: batches.readActuals.bind(batches),
        writeChunk: async (...args: Parameters<typeof batches.writeChunk>) => {
          if (++outage.chunks > outage.failAfter) throw new StoreUnavailable(new Error('ECONNREFUSED'));
          return batches.writeChunk(...args);
        },
      };
    },
  };
});

const api = useLocalApi();

describe('an import that stopped part-way', () => {
  it('answers 503, and the replay with the same key finishes it: every row once, counts as if it never stopped', async () => {
    const s = await seedImportPlan(api, 'resume', 30);
    const rows = s.indicatorIds.flatMap((id) =>
      [2024, 2025, 2026, 2027, 2028].map((year) => ({ indicatorId: id, year, value: year - 2000 })),
    );
    outage.failAfter = 2;
    outage.chunks = 0;
    const stopped = await postRows(api, s.owner, rows, '', { 'idempotency-key': 'resume-1' });
    expect(stopped.status).toBe(503);
    expect(stopped.headers.get('retry-after')).toBeTruthy();
    outage.failAfter = Infinity;
    const written = (await api.call('GET', `/plans/${s.planId}/actuals.csv`)).text.trim().split('\n').length - 1;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(150);

    // The lease was released on the way out: the replay continues at once.
    const finished = await postRows(api, s.owner, rows, '', { 'idempotency-key': 'resume-1' });
    expect(finished.status).toBe(200);
    expect(finished.body).toEqual({ imported: 150, updated: 0, unchanged: 0, rows: 150 });
    expect((await api.call('GET', `/plans/${s.planId}/actuals.csv`)).text.trim().split('\n')).toHaveLength(151);
    for (const id of s.indicatorIds.slice(0, 5)) {
      const history = await api.call('GET', `/indicators/${id}/actuals/2026/history`);
      expect(history.body.items).toHaveLength(1);
    }
    // Without the key, the same file is now all unchanged.
    expect((await postRows(api, s.owner, rows)).body).toEqual({ imported: 0, updated: 0, unchanged: 150, rows: 150 });
  });
});
