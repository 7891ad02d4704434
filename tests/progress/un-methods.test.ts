import { describe, expect, it } from 'vitest';
import type { ProgressMethod, ProgressStatus } from '#shared/progress/index.ts';
import { numeric } from './fixtures.ts';

/**
 * The CAGR-based methods on a doubling target: 100 in 2020, ≥ 200 by 2030, latest in 2025.
 * Required yearly growth g* = 2^(1/10) − 1; observed g = (v/100)^(1/5) − 1; each expected
 * figure below is that arithmetic written out.
 */
const doubling = (method: ProgressMethod, latest: number) =>
  numeric({ comparator: '>=', target: 200, baseline: [2020, 100], actuals: [[2025, latest]], method, unit: '' });

const required = Math.pow(2, 1 / 10) - 1;
const observed = (v: number) => Math.pow(v / 100, 1 / 5) - 1;
const projectedP = (v: number) => (v * (v / 100) - 100) / 100; // v_e = v·(v/100)^(5/5)

interface Row {
  method: ProgressMethod;
  latest: number;
  measure: number;
  status: ProgressStatus;
  word: string;
}

const rows: Row[] = [
  // un-cagr: at v = 100·2^(1/4), CR = (2^(1/20) − 1)/(2^(1/10) − 1) = 1/(2^(1/20) + 1).
  { method: 'un-cagr', latest: 150, measure: observed(150) / required, status: 'on_track', word: 'on_track' },
  { method: 'un-cagr', latest: 130, measure: observed(130) / required, status: 'at_risk', word: 'fair_progress' },
  {
    method: 'un-cagr',
    latest: 100 * Math.pow(2, 1 / 4),
    measure: 1 / (Math.pow(2, 1 / 20) + 1),
    status: 'off_track',
    word: 'limited_or_no_progress',
  },
  {
    method: 'un-cagr',
    latest: 97,
    measure: observed(97) / required,
    status: 'off_track',
    word: 'limited_or_no_progress',
  },
  { method: 'un-cagr', latest: 80, measure: observed(80) / required, status: 'off_track', word: 'deterioration' },
  // un-extrapolation: P = (v·(v/100) − 100)/100.
  { method: 'un-extrapolation', latest: 100 * Math.SQRT2, measure: 1, status: 'on_track', word: 'on_track_or_met' },
  { method: 'un-extrapolation', latest: 110, measure: projectedP(110), status: 'at_risk', word: 'fair_progress' },
  {
    method: 'un-extrapolation',
    latest: 104,
    measure: projectedP(104),
    status: 'off_track',
    word: 'stagnation_or_regression',
  },
  {
    method: 'un-extrapolation',
    latest: 90,
    measure: projectedP(90),
    status: 'off_track',
    word: 'stagnation_or_regression',
  },
  // statcan: R = g/|g*| (higher is better).
  {
    method: 'statcan',
    latest: 150,
    measure: observed(150) / required,
    status: 'on_track',
    word: 'substantial_progress',
  },
  { method: 'statcan', latest: 130, measure: observed(130) / required, status: 'at_risk', word: 'moderate_progress' },
  { method: 'statcan', latest: 110, measure: observed(110) / required, status: 'off_track', word: 'limited_progress' },
  { method: 'statcan', latest: 97, measure: observed(97) / required, status: 'off_track', word: 'deterioration' },
];

describe('UN and Statistics Canada methods: status mapping', () => {
  it.each(rows)('$method, latest $latest → $word ($status)', (row) => {
    const result = doubling(row.method, row.latest);
    expect(result.method).toBe(row.method);
    expect(result.ratio).toBeCloseTo(row.measure, 10);
    expect(result.status).toBe(row.status);
    expect(result.methodStatus).toBe(row.word);
  });

  it('reads a met target as achieved with the method’s own word', () => {
    expect(doubling('un-cagr', 200)).toMatchObject({ status: 'achieved', methodStatus: 'target_met' });
    expect(doubling('un-extrapolation', 201)).toMatchObject({ status: 'achieved', methodStatus: 'on_track_or_met' });
    expect(doubling('statcan', 250)).toMatchObject({ status: 'achieved', methodStatus: 'target_met' });
  });

  it('draws the constant-growth path to the target as the target line', () => {
    const line = doubling('un-cagr', 150).trajectory;
    expect(line).toHaveLength(11);
    expect(line[0]).toEqual({ year: 2020, expected: 100 });
    expect(line.at(-1)).toEqual({ year: 2030, expected: 200 });
    expect(line.find((p) => p.year === 2025)?.expected).toBeCloseTo(100 * Math.SQRT2, 10);
    expect(doubling('un-cagr', 150).expected).toBeCloseTo(100 * Math.SQRT2, 10);
  });

  it('shares the branches that do not depend on the method', () => {
    const base = { comparator: '>=' as const, target: 200, unit: '' };
    for (const method of ['un-cagr', 'un-extrapolation', 'statcan'] as const) {
      expect(numeric({ ...base, method, actuals: [] }).status).toBe('no_data');
      expect(numeric({ ...base, method, actuals: [[2025, 150]] }).status).toBe('insufficient_data');
      expect(numeric({ ...base, method, baseline: [2020, 100], actuals: [[2030, 150]] }).status).toBe('missed');
      expect(numeric({ ...base, method, baseline: [2020, 210], actuals: [[2025, 190]] }).status).toBe('off_track');
    }
  });

  it('projects nothing once the target year is reached', () => {
    const result = numeric({
      comparator: '>=',
      target: 200,
      baseline: [2020, 100],
      actuals: [[2030, 150]],
      method: 'un-extrapolation',
    });
    expect(result.projected).toBeUndefined();
    expect(result.ratio).toBeCloseTo(0.5, 12);
  });
});

describe('growth rates near and below zero', () => {
  it('counts a zero as 0.001 (Statistics Canada convention)', () => {
    // CR = ((10/0.001)^(1/5) − 1)/((100/0.001)^(1/10) − 1) = (10^0.8 − 1)/(10^0.5 − 1) ≈ 2.46.
    const result = numeric({
      comparator: '>=',
      target: 100,
      baseline: [2020, 0],
      actuals: [[2025, 10]],
      method: 'un-cagr',
      unit: '',
    });
    expect(result.ratio).toBeCloseTo((Math.pow(10, 0.8) - 1) / (Math.pow(10, 0.5) - 1), 10);
    expect(result.status).toBe('on_track');
  });

  it('treats a value between 0 and 0.001 like zero, so more is never read as less', () => {
    const a = numeric({
      comparator: '>=',
      target: 100,
      baseline: [2020, 0],
      actuals: [[2025, 0.0005]],
      method: 'un-cagr',
    });
    const b = numeric({ comparator: '>=', target: 100, baseline: [2020, 0], actuals: [[2025, 0]], method: 'un-cagr' });
    expect(a.ratio).toBe(b.ratio);
  });

  it('answers insufficient_data for negative values, pointing to the linear trajectory', () => {
    for (const method of ['un-cagr', 'un-extrapolation', 'statcan'] as const) {
      const result = numeric({ comparator: '>=', target: 0, baseline: [2020, -10], actuals: [[2025, -6]], method });
      expect(result.status).toBe('insufficient_data');
      expect(result.ratio).toBeNull();
      expect(result.methodStatus).toBeUndefined();
      expect(result.trajectory).toEqual([{ year: 2030, expected: 0 }]);
      expect(result.explanation.en).toContain('needs positive values');
    }
    expect(numeric({ comparator: '>=', target: 0, baseline: [2020, -10], actuals: [[2025, -6]] }).status).toBe(
      'at_risk',
    );
  });
});

describe('indicators the UN methods do not grade', () => {
  it('grades a cumulative indicator by linear-trajectory and names the method that decided', () => {
    const result = numeric({
      accumulation: 'cumulative',
      comparator: '>=',
      target: 1000,
      targetYear: 2025,
      period: [2021, 2025],
      actuals: [[2021, 200]],
      method: 'un-extrapolation',
      unit: 'căn',
    });
    expect(result.method).toBe('linear-trajectory');
    expect(result.status).toBe('on_track');
    expect(result.methodStatus).toBeUndefined();
    expect(result.explanation.en).toContain('the UN extrapolation grades numeric level indicators only');
  });
});
