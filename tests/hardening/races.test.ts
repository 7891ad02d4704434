import { describe, expect, it } from 'vitest';
import { useLocalApi } from '../support/local-api.ts';
import { seedImportPlan } from '../imports/support.ts';
import { seedWorld } from './world.ts';

const api = useLocalApi();

type Revision = { version: number; value: number };

describe('races', () => {
  it('50 concurrent PUTs with the same If-Match: exactly one 2xx, 49 × 412, one new revision', async () => {
    const world = await seedWorld(api, 'race-put');
    const url = `/indicators/${world.indicatorId}/actuals/${world.year}`;
    const racers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api.call('PUT', url, { token: world.owner, body: { value: i + 1 }, headers: { 'if-match': '"1"' } }),
      ),
    );
    const statuses = racers.map((r) => r.status);
    expect(
      statuses.filter((s) => s === 200),
      statuses.join(' '),
    ).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    const winner = racers.find((r) => r.status === 200)!;
    const history = await api.call('GET', `${url}/history`);
    expect(history.body.items.map((r: Revision) => [r.version, r.value])).toEqual([
      [2, winner.body.value],
      [1, 90],
    ]);
  }, 60_000);

  it('20 concurrent imports of overlapping rows: each row ends on a value someone wrote, with every revision in order', async () => {
    const s = await seedImportPlan(api, 'race-imp', 4);
    const years = [2024, 2025, 2026, 2027, 2028];
    // Import k writes k·1000 + its row number, over a window of the 20 (indicator, year) cells that overlaps its neighbours'.
    const cells = s.indicatorIds.flatMap((id) => years.map((year) => ({ indicatorId: id, year })));
    const imports = Array.from({ length: 20 }, (_, k) =>
      cells.filter((_, i) => (i + k) % 3 !== 0).map((cell, i) => ({ ...cell, value: k * 1000 + i })),
    );
    const answers = await Promise.all(
      imports.map((rows, k) => api.call('POST', '/imports', { token: k % 2 ? s.owner : s.admin, body: { rows } })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    answers.forEach((answer, k) => {
      const { imported, updated, unchanged, rows } = answer.body;
      expect(imported + updated + unchanged, `import ${k}`).toBe(rows);
      expect(rows).toBe(imports[k]!.length);
    });
    const written = new Map<string, Set<number>>();
    for (const rows of imports)
      for (const r of rows)
        written.set(
          `${r.indicatorId}#${r.year}`,
          (written.get(`${r.indicatorId}#${r.year}`) ?? new Set()).add(r.value),
        );
    const totals = { imported: 0, updated: 0 };
    for (const answer of answers) {
      totals.imported += answer.body.imported;
      totals.updated += answer.body.updated;
    }
    let revisions = 0;
    for (const [key, values] of written) {
      const [indicatorId, year] = key.split('#');
      const current = (await api.call('GET', `/indicators/${indicatorId}/actuals/${year}`)).body;
      const history: Revision[] = (
        await api.call('GET', `/indicators/${indicatorId}/actuals/${year}/history?limit=200`)
      ).body.items;
      expect(values.has(current.value), `${key} ends on ${current.value}, which no import wrote`).toBe(true);
      // Complete: versions n, n−1, …, 1 with nothing missing, the newest being the current value.
      expect(history.map((r) => r.version)).toEqual(
        Array.from({ length: history.length }, (_, i) => history.length - i),
      );
      expect(history[0]).toMatchObject({ version: current.version, value: current.value });
      for (const revision of history) expect(values.has(revision.value), `${key} v${revision.version}`).toBe(true);
      revisions += history.length;
    }
    // Every counted creation or replacement left exactly one revision, and nothing else did.
    expect(revisions).toBe(totals.imported + totals.updated);
    expect(totals.imported).toBe(written.size);
  }, 90_000);
});
