import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useLocalApi } from '../support/local-api.ts';
import { postRows, seedImportPlan } from '../imports/support.ts';
import { captureOutput, jsonLines } from './capture.ts';

// Metrics as on AWS (the suite's setup disables them): EMF lines on stdout. Set before the metrics are made, at import.
vi.hoisted(() => {
  process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  process.env.POWERTOOLS_METRICS_NAMESPACE = 'chitieu';
});
process.env.CHITIEU_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'chitieu-metrics-'));

const api = useLocalApi();

/** The business metrics among what `work` printed: one record per EMF line. */
const emitted = async (work: () => Promise<{ status: number; text: string }>) => {
  const { result, lines } = await captureOutput(work);
  expect(result.status, result.text).toBeLessThan(300);
  const emf = jsonLines(lines).filter((line) => line._aws);
  for (const line of emf) expect(line._aws.CloudWatchMetrics[0].Namespace).toBe('chitieu');
  return { emf: emf.map(({ _aws: _emf, service: _service, ...values }) => values), lines };
};

describe('business metrics, each emitted once where it happens', () => {
  it('ActualsWritten on PUT and import, ImportRows, FlagsOpened and NotificationsSent; nothing on reads', async () => {
    const s = await seedImportPlan(api, 'mx', 2);
    const [a, b] = s.indicatorIds as [string, string];

    const put = await emitted(() =>
      api.call('PUT', `/indicators/${a}/actuals/2024`, { token: s.owner, body: { value: 1200 } }),
    );
    expect(put.emf).toEqual([{ ActualsWritten: 1 }]);

    // Three rows: the PUT's value again (unchanged: no write) and two new values.
    const rows = [
      { indicatorId: a, year: 2024, value: 1200 },
      { indicatorId: a, year: 2025, value: 1300 },
      { indicatorId: b, year: 2024, value: 7 },
    ];
    const imported = await emitted(() => postRows(api, s.owner, rows));
    expect(imported.emf).toEqual([{ ImportRows: 3, ActualsWritten: 2 }]);

    const read = await emitted(() => api.call('GET', `/indicators/${a}/actuals`));
    expect(read.emf).toEqual([]);
    expect(read.lines.join('\n')).not.toContain('No application metrics');

    // The run answers 202 at once and finishes in the background: its metrics come with the run's end.
    const job = await emitted(async () => {
      const started = await api.call('POST', '/jobs/flag-lagging', { token: s.admin, body: { asOf: '2026-06-30' } });
      const location = started.headers.get('location')!;
      for (let i = 0; i < 600; i++) {
        const run = await api.call('GET', location);
        if (run.body.status !== 'running') return run;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('the run did not finish');
    });
    expect(job.emf).toHaveLength(1);
    const [{ FlagsOpened, NotificationsSent }] = job.emf as [{ FlagsOpened: number; NotificationsSent: number }];
    expect(FlagsOpened).toBeGreaterThan(0);
    expect(NotificationsSent).toBe(FlagsOpened);
  });
});
