import { describe, expect, it } from 'vitest';
import { formatTarget } from '../../web/src/format.ts';
import { semanticSeries, targetSteps } from '../../web/src/semantic-series.ts';

/** docs/methodology.md §11 as the dashboard draws it: band, yearly change bars, running mean, slips, steps. */
describe('semantic chart series', () => {
  const numeric = (target: Record<string, unknown>) => ({
    kind: 'numeric' as const,
    target: { comparator: '>=' as const, value: 95, year: 2030, ...target },
  });

  it('a range is a band from the lines to its two ends', () => {
    const s = semanticSeries(
      numeric({ comparator: 'between', value: 95, upper: 100 }),
      {
        trajectory: [
          { year: 2020, expected: 80, lower: 80, upper: 80 },
          { year: 2025, expected: 87.5, lower: 87.5, upper: 90 },
          { year: 2030, expected: 95, lower: 95, upper: 100 },
        ],
      },
      { actual: [], years: [2020, 2030] },
    );
    expect(s.band).toEqual([
      { x: 2020, low: 80, high: 80 },
      { x: 2025, low: 87.5, high: 90 },
      { x: 2030, low: 95, high: 100 },
    ]);
  });

  it("a per-year decrease draws each year's change against the required −4", () => {
    const s = semanticSeries(
      numeric({ comparator: 'between', value: 4, upper: 5, change: 'decrease', year: 2025 }),
      {
        requiredChange: 4,
        yearly: [
          { year: 2021, value: -3, met: false },
          { year: 2022, value: -5, met: true },
        ],
      },
      { actual: [], years: [2020, 2025] },
    );
    expect(s.changes).toEqual([
      { x: 2021, change: -3, required: -4, met: false },
      { x: 2022, change: -5, required: -4, met: true },
    ]);
  });

  it('an average draws its running mean', () => {
    const s = semanticSeries(
      numeric({}),
      {
        runningMean: [
          { year: 2021, mean: 5 },
          { year: 2022, mean: 5.5 },
        ],
      },
      { actual: [], years: [2021, 2025] },
    );
    expect(s.runningMean).toEqual([
      { x: 2021, y: 5 },
      { x: 2022, y: 5.5 },
    ]);
  });

  it('a maintained target marks the years it slipped, on the actual points', () => {
    const actual = [
      { x: 2021, y: 96, illustrative: false, provisional: false },
      { x: 2022, y: 94, illustrative: false, provisional: false },
    ];
    expect(
      semanticSeries(numeric({ maintain: true }), { failedYears: [2022] }, { actual, years: [2021, 2030] }).slips,
    ).toEqual([{ x: 2022, y: 94 }]);
    expect(semanticSeries(numeric({}), { failedYears: [2022] }, { actual, years: [2021, 2030] }).slips).toEqual([]);
  });

  it('an amendment is a step in the target line', () => {
    const versions = [
      { target: { value: 90 }, validFrom: '2017-07-18' },
      { target: { value: 95 }, validFrom: '2021-09-23' },
    ];
    expect(targetSteps(versions, [2018, 2025])).toEqual([
      { x: 2018, y: 90 },
      { x: 2021, y: 90 },
      { x: 2021, y: 95 },
      { x: 2025, y: 95 },
    ]);
    expect(targetSteps(versions.slice(0, 1), [2018, 2025])).toEqual([]);
  });

  it('a milestone draws none of it', () => {
    expect(
      semanticSeries(
        { kind: 'milestone', target: { comparator: '=', value: true, year: 2030 } },
        { failedYears: [2022] },
        {
          actual: [],
          years: null,
        },
      ),
    ).toEqual({ band: [], changes: [], runningMean: [], slips: [], targetSteps: [] });
  });

  it('writes ranges and per-year changes as plans do', () => {
    expect(formatTarget({ comparator: 'between', value: 95, upper: 100 }, '%', 'vi')).toBe('95–100\u00a0%');
    expect(formatTarget({ comparator: 'between', value: 4700, upper: 5000 }, 'USD', 'en')).toBe('4,700–5,000\u00a0USD');
    expect(formatTarget({ comparator: 'between', value: 4, upper: 5, change: 'decrease' }, '%', 'vi')).toBe(
      'giảm 4–5\u00a0điểm % mỗi năm',
    );
    expect(formatTarget({ comparator: '>=', value: 2, change: 'increase' }, '%', 'en')).toBe(
      'a rise of ≥\u00a02 points a year',
    );
  });
});
