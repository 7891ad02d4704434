import { describe, expect, it } from 'vitest';
import { fullCounts, normalizePlanProgress } from '../../web/src/normalize.ts';
import { bhyt, housing, malaria } from './fixtures.ts';

const plan = {
  id: 'thanh-hoa-68-kh-ubnd-2024',
  number: '68/KH-UBND',
  type: 'ke-hoach' as const,
  title: 'Kế hoạch',
  issuer: 'UBND tỉnh Thanh Hóa',
  area: 'Thanh Hóa',
  period: { startYear: 2024, endYear: 2030 },
};

describe('plan progress answer', () => {
  it('is flattened from its domains, keeping each entry’s domain and the summary as given', () => {
    const answer = {
      plan,
      asOf: '2026-11-26',
      summary: {
        achieved: 0,
        on_track: 1,
        at_risk: 1,
        off_track: 0,
        missed: 0,
        pending: 1,
        no_data: 0,
        insufficient_data: 0,
      },
      domains: [
        { domain: 'health-insurance', indicators: [bhyt] },
        { domain: 'housing', indicators: [housing] },
        { domain: 'health', indicators: [malaria] },
      ],
      illustrative: true,
    };
    const progress = normalizePlanProgress(answer);
    expect(progress.entries.map((e) => e.indicatorId)).toEqual([
      'th68-tham-gia-bhyt',
      'th68-nha-o-xa-hoi',
      'th68-loai-tru-sot-ret',
    ]);
    expect(progress.summary).toEqual(answer.summary);
    expect(progress.illustrative).toBe(true);
    expect(progress.asOf).toBe('2026-11-26');
  });

  it('counts the statuses itself when no summary came, and handles a plan without targets', () => {
    const progress = normalizePlanProgress({ plan, domains: [{ domain: 'housing', indicators: [housing, housing] }] });
    expect(progress.summary.at_risk).toBe(2);
    expect(progress.illustrative).toBe(true);
    const empty = normalizePlanProgress({ plan, summary: {}, domains: [] });
    expect(empty.entries).toEqual([]);
    expect(Object.values(empty.summary).every((n) => n === 0)).toBe(true);
    expect(empty.illustrative).toBe(false);
  });

  it('fills every status of a partial summary with 0', () => {
    expect(fullCounts({ at_risk: 2 })).toEqual({
      achieved: 0,
      on_track: 0,
      at_risk: 2,
      off_track: 0,
      missed: 0,
      pending: 0,
      insufficient_data: 0,
      no_data: 0,
    });
  });
});
