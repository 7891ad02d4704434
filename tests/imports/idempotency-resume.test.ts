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
  it('answers 503 naming the chunks and rows written; the replay with the same key finishes it: every row once, counts of the whole import and what was written before', async () => {
    const s = await seedImportPlan(api, 'resume', 30);
    const rows = s.indicatorIds.flatMap((id) =>
      [2024, 2025, 2026, 2027, 2028].map((year) => ({ indicatorId: id, year, value: year - 2000 })),
    );
    outage.failAfter = 2;
    outage.chunks = 0;
    const stopped = await postRows(api, s.owner, rows, '', { 'idempotency-key': 'resume-1' });
    expect(stopped.status).toBe(503);
    expect(stopped.headers.get('retry-after')).toBeTruthy();
    // Four chunks of 49 set out together; the first two were written, the next two failed.
    expect(stopped.body.committed).toEqual({ chunks: [0, 1], rows: 98 });
    expect(stopped.body.detail).toContain('98 rows were written (chunks 0, 1)');
    expect(stopped.body.detail).toContain('same Idempotency-Key');
    outage.failAfter = Infinity;
    const written = (await api.call('GET', `/plans/${s.planId}/actuals.csv`)).text.trim().split('\n').length - 1;
    expect(written).toBe(98);

    // The lease was released on the way out: the replay continues at once.
    const finished = await postRows(api, s.owner, rows, '', { 'idempotency-key': 'resume-1' });
    expect(finished.status).toBe(200);
    expect(finished.body).toEqual({
      imported: 150,
      updated: 0,
      unchanged: 0,
      rows: 150,
      resumed: { chunks: [0, 1], rows: 98 },
    });
    expect((await api.call('GET', `/plans/${s.planId}/actuals.csv`)).text.trim().split('\n')).toHaveLength(151);
    for (const id of s.indicatorIds.slice(0, 5)) {
      const history = await api.call('GET', `/indicators/${id}/actuals/2026/history`);
      expect(history.body.items).toHaveLength(1);
    }
    // Without the key, the same file is now all unchanged.
    expect((await postRows(api, s.owner, rows)).body).toEqual({ imported: 0, updated: 0, unchanged: 150, rows: 150 });
  });

  it('a replay that meets a 4xx keeps the key and says what the earlier attempt wrote; once fixed, the next replay finishes', async () => {
    const s = await seedImportPlan(api, 'resume4xx', 10);
    const rows = s.indicatorIds.flatMap((id) =>
      [2024, 2025, 2026, 2027, 2028, 2029, 2030].map((year) => ({ indicatorId: id, year, value: year - 2000 })),
    );
    const key = { 'idempotency-key': 'resume-4xx' };
    outage.failAfter = 1;
    outage.chunks = 0;
    const stopped = await postRows(api, s.owner, rows, '', key);
    outage.failAfter = Infinity;
    expect(stopped.status).toBe(503);
    expect(stopped.body.committed).toEqual({ chunks: [0], rows: 49 });

    // The planning office hands the last indicator to another department: its rows are now not the clerk's.
    const moved = s.indicatorIds.at(-1)!;
    const move = (departmentId: string) =>
      api.call('PATCH', `/indicators/${moved}`, { token: s.admin, body: { departmentId } });
    expect((await move(`resume4xx-other`)).status).toBe(200);
    const refused = await postRows(api, s.owner, rows, '', key);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).not.toContain('nothing was written');
    expect(refused.body.detail).toContain('an earlier attempt with this Idempotency-Key wrote 49 rows (chunks 0)');
    expect(refused.body.committed).toEqual({ chunks: [0], rows: 49 });

    // The key was kept: once the indicator is back, the replay continues after chunk 0.
    expect((await move(s.departmentId)).status).toBe(200);
    const finished = await postRows(api, s.owner, rows, '', key);
    expect(finished.status).toBe(200);
    expect(finished.body).toEqual({
      imported: 70,
      updated: 0,
      unchanged: 0,
      rows: 70,
      resumed: { chunks: [0], rows: 49 },
    });
    for (const id of s.indicatorIds) {
      const history = await api.call('GET', `/indicators/${id}/actuals/2024/history`);
      expect(history.body.items).toHaveLength(1);
    }
  });
});
