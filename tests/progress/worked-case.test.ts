import { describe, expect, it } from 'vitest';
import { numeric } from './fixtures.ts';

/**
 * docs/methodology.md §8, "Why methods disagree": poverty rate 20 % in 2015, 17 % in 2022, target 10 % by
 * 2030. A poverty target is "below", so both '<' and '<=' must give the same verdicts.
 */
const poverty = (comparator: '<' | '<=', method?: 'linear-trajectory' | 'un-cagr' | 'un-extrapolation' | 'statcan') =>
  numeric({
    comparator,
    target: 10,
    baseline: [2015, 20],
    actuals: [[2022, 17]],
    asOf: '2023-06-30',
    ...(method ? { method } : {}),
  });

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

describe.each(['<', '<='] as const)('the docs/methodology.md worked case, target %s 10 %%', (comparator) => {
  it('linear-trajectory: expected 15.33, ratio 0.64 → at risk', () => {
    const result = poverty(comparator);
    expect(result.method).toBe('linear-trajectory');
    expect(round2(result.expected)).toBe(15.33);
    expect(round2(result.ratio)).toBe(0.64);
    expect(result.status).toBe('at_risk');
    expect(result.explanation.en).toBe(
      `At risk: 17% in 2022 against 15.33% expected on the straight line from 20% (2015) to the target ${comparator === '<' ? '<' : '≤'} 10% by 2030 (ratio 0.64).`,
    );
  });

  it('un-cagr: CR ≈ 0.51 → fair progress (at risk)', () => {
    const result = poverty(comparator, 'un-cagr');
    expect(result.method).toBe('un-cagr');
    expect(round2(result.ratio)).toBe(0.51);
    expect(result.methodStatus).toBe('fair_progress');
    expect(result.status).toBe('at_risk');
  });

  it('un-extrapolation: projected 14.1, P ≈ 0.59 → fair progress (at risk)', () => {
    const result = poverty(comparator, 'un-extrapolation');
    expect(result.method).toBe('un-extrapolation');
    expect(result.projected?.year).toBe(2030);
    expect(Math.round((result.projected?.value ?? 0) * 10) / 10).toBe(14.1);
    expect(round2(result.ratio)).toBe(0.59);
    expect(result.methodStatus).toBe('fair_progress');
    expect(result.status).toBe('at_risk');
  });

  it('statcan: R ≈ 0.51 → limited progress (off track)', () => {
    const result = poverty(comparator, 'statcan');
    expect(round2(result.ratio)).toBe(0.51);
    expect(result.methodStatus).toBe('limited_progress');
    expect(result.status).toBe('off_track');
  });
});

describe('the worked case, exact figures behind the rounded ones', () => {
  it('matches the formulas of docs/methodology.md', () => {
    // expected = 20 + (10 − 20)·7/15; ratio = (17 − 20)/(expected − 20) = 45/70.
    expect(poverty('<').expected).toBeCloseTo(20 - 70 / 15, 12);
    expect(poverty('<').ratio).toBeCloseTo(45 / 70, 12);
    // CR = ((17/20)^(1/7) − 1)/((10/20)^(1/15) − 1).
    expect(poverty('<', 'un-cagr').ratio).toBeCloseTo((Math.pow(0.85, 1 / 7) - 1) / (Math.pow(0.5, 1 / 15) - 1), 12);
    // v_e = 17·(17/20)^(8/7); P = (v_e − 20)/(10 − 20).
    const projected = 17 * Math.pow(0.85, 8 / 7);
    expect(poverty('<', 'un-extrapolation').projected?.value).toBeCloseTo(projected, 12);
    expect(poverty('<', 'un-extrapolation').ratio).toBeCloseTo((projected - 20) / -10, 12);
  });

  it('explains each verdict in both languages', () => {
    expect(poverty('<', 'un-cagr').explanation).toEqual({
      vi: 'Có nguy cơ không đạt (LHQ: có tiến bộ nhưng cần tăng tốc): mức thay đổi từ 20% (2015) đến 17% (2022) là -2,29%/năm, so với -4,52%/năm cần có để đạt chỉ tiêu < 10% vào năm 2030 (CR 0,51).',
      en: 'At risk (UN: fair progress, acceleration needed): the change from 20% (2015) to 17% (2022) is -2.29% a year, against -4.52% a year needed to reach the target < 10% by 2030 (CR 0.51).',
    });
    expect(poverty('<', 'un-extrapolation').explanation).toEqual({
      vi: 'Có nguy cơ không đạt (LHQ: có tiến bộ nhưng cần tăng tốc): với tốc độ giai đoạn 2015–2022 (-2,29%/năm), năm 2030 sẽ đạt 14,12%: P 0,59 quãng đường từ 20% đến chỉ tiêu < 10% vào năm 2030.',
      en: 'At risk (UN: fair progress, acceleration needed): at the 2015–2022 rate (-2.29% a year) the value would reach 14.12% in 2030: P 0.59 of the way from 20% to the target < 10% by 2030.',
    });
    expect(poverty('<').explanation.vi).toBe(
      'Có nguy cơ không đạt: năm 2022 đạt 17%, trong khi lộ trình tuyến tính từ 20% (2015) đến chỉ tiêu < 10% vào năm 2030 cần 15,33% (tỷ lệ 0,64).',
    );
  });
});
