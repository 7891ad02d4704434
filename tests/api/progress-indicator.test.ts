import { beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '#shared/api/progress/options.ts';
import { IndicatorProgressReport } from '#shared/http/progress-contracts.ts';
import { computeProgress } from '#shared/progress/index.ts';
import { useLocalApi } from '../support/local-api.ts';
import { progressSeeder } from '../support/progress-seed.ts';

const api = useLocalApi();

/**
 * Hand-worked: baseline 90 % (2023), target > 95 % by 2030, 91.5 % reported for 2026.
 * expected(2026) = 90 + 5 · 3/7 = 92.142857…; ratio = 1.5 / (15/7) = 0.7 → at_risk.
 * 95.5 % for 2027 meets the target, but only when 2027 counts.
 */
beforeAll(async () => {
  const s = progressSeeder(api);
  await s.department('so-y-te');
  await s.plan('pi-plan');
  await s.indicator('pi-plan', 'pi-bhyt', { baseline: { year: 2023, value: 90 } });
  await s.actual('pi-bhyt', 2026, 91.5);
  await s.actual('pi-bhyt', 2027, 95.5);
});

describe('GET /indicators/{indicatorId}/progress', () => {
  it('grades the hand-worked case: at_risk, ratio 0.7, with the line, the actuals and the explanation', async () => {
    const response = await api.call('GET', '/indicators/pi-bhyt/progress?asOf=2026-06-30');
    expect(response.status).toBe(200);
    const body = response.body;
    expect(IndicatorProgressReport.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      asOf: '2026-06-30',
      indicatorId: 'pi-bhyt',
      planId: 'pi-plan',
      name: { en: 'Health insurance coverage' },
      unit: '%',
      target: { comparator: '>', value: 95, year: 2030 },
      method: 'linear-trajectory',
      status: 'at_risk',
      latest: { year: 2026, value: 91.5 },
      start: { year: 2023, value: 90 },
      actuals: [{ year: 2026, value: 91.5 }],
      plan: { id: 'pi-plan', number: '68/KH-UBND', period: { startYear: 2024, endYear: 2030 } },
    });
    expect(body.ratio).toBeCloseTo(0.7, 10);
    expect(body.expected).toBeCloseTo(90 + (5 * 3) / 7, 10);
    expect(body.trajectory.map((p: { year: number }) => p.year)).toEqual([
      2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
    expect(body.trajectory.at(-1).expected).toBeCloseTo(95, 10);
    expect(body.explanation.vi).toEqual(expect.any(String));
    expect(body.explanation.en).toMatch(/^At risk/);
    expect(body.illustrative).toBeUndefined();
  });

  it('asOf hides later years; a bare year means all of it', async () => {
    const before = await api.call('GET', '/indicators/pi-bhyt/progress?asOf=2026-12-31');
    expect(before.body.latest).toEqual({ year: 2026, value: 91.5 });
    const year = await api.call('GET', '/indicators/pi-bhyt/progress?asOf=2027');
    expect(year.status).toBe(200);
    expect(year.body.asOf).toBe('2027-12-31');
    expect(year.body.status).toBe('achieved');
    expect(year.body.latest).toEqual({ year: 2027, value: 95.5 });
  });

  it('asOf defaults to today in Asia/Ho_Chi_Minh, not UTC', async () => {
    const response = await api.call('GET', '/indicators/pi-bhyt/progress');
    expect(response.status).toBe(200);
    expect([todayIn(), todayIn('Asia/Ho_Chi_Minh', new Date(Date.now() - 5_000))]).toContain(response.body.asOf);
    // 19:35 UTC on 25 November is already the 26th in Hà Nội.
    expect(todayIn('Asia/Ho_Chi_Minh', new Date('2026-11-25T19:35:00Z'))).toBe('2026-11-26');
  });

  it.each(['2026-02-30', '26', '2026-6-1', 'hom-nay', '1899', ''])('asOf=%j → 422 naming query.asOf', async (asOf) => {
    const response = await api.call('GET', `/indicators/pi-bhyt/progress?asOf=${encodeURIComponent(asOf)}`);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'asOf' })]);
  });

  it('unknown method → 422 like any schema break, naming query.method and the allowed names', async () => {
    const response = await api.call('GET', '/indicators/pi-bhyt/progress?method=linear');
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'method' })]);
    for (const name of ['linear-trajectory', 'un-cagr', 'un-extrapolation', 'statcan'])
      expect(response.body.errors[0].message).toContain(name);
    expect(response.body.detail).toContain('query.method');
  });

  it('?method=un-cagr is the engine’s un-cagr answer', async () => {
    const response = await api.call('GET', '/indicators/pi-bhyt/progress?asOf=2026-06-30&method=un-cagr');
    expect(response.status).toBe(200);
    expect(response.body.method).toBe('un-cagr');
    const direct = computeProgress({
      indicator: {
        id: 'pi-bhyt',
        kind: 'numeric',
        accumulation: 'level',
        unit: '%',
        target: { comparator: '>', value: 95, year: 2030 },
        baseline: { year: 2023, value: 90 },
      },
      period: { startYear: 2024, endYear: 2030 },
      actuals: [{ year: 2026, value: 91.5 }],
      asOf: '2026-06-30',
      method: 'un-cagr',
    });
    expect(response.body).toMatchObject({
      status: direct.status,
      ratio: direct.ratio,
      methodStatus: direct.methodStatus,
      explanation: direct.explanation,
    });
  });

  it('404 for an unknown indicator; unknown query keys → 422', async () => {
    const missing = await api.call('GET', '/indicators/khong-co/progress');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    const extra = await api.call('GET', '/indicators/pi-bhyt/progress?detail=full');
    expect(extra.status).toBe(422);
    expect(extra.body.errors[0]).toMatchObject({ in: 'query', field: 'detail' });
  });
});
