import { describe, expect, it } from 'vitest';
import { anyIllustrative, chartSeries, latestActual } from '../../web/src/series.ts';
import { bhyt, housing, malaria } from './fixtures.ts';

describe('chart series', () => {
  it('plots a level indicator’s counted actuals, its trajectory and its target, over every year involved', () => {
    const series = chartSeries(bhyt, bhyt, [
      { year: 2025, value: 92.3, status: 'provisional', illustrative: true },
      { year: 2021, value: 89, status: 'final', illustrative: true },
    ]);
    expect(series.actual).toEqual([
      { x: 2021, y: 89, illustrative: true, provisional: false },
      { x: 2022, y: 90.1, illustrative: true, provisional: false },
      { x: 2025, y: 92.3, illustrative: true, provisional: true },
    ]);
    expect(series.expected).toEqual([
      { x: 2021, y: 89 },
      { x: 2030, y: 95 },
    ]);
    expect(series.target).toEqual({ year: 2030, value: 95 });
    expect(series.cumulative).toBe(false);
    expect(series.years).toEqual([2021, 2030]);
  });

  it('plots a cumulative indicator as running totals from the plan’s start year, as it is judged', () => {
    const series = chartSeries(
      housing,
      undefined,
      [
        { year: 2023, value: 999 },
        { year: 2025, value: 1250, illustrative: true },
        { year: 2024, value: 850, illustrative: true },
      ],
      2024,
    );
    expect(series.actual.map((p) => [p.x, p.y])).toEqual([
      [2024, 850],
      [2025, 2100],
    ]);
    expect(series.cumulative).toBe(true);
    expect(series.expected).toEqual([]);
  });

  it('marks an actual illustrative when either the progress answer or the stored actual says so', () => {
    const series = chartSeries(bhyt, { actuals: [{ year: 2021, value: 89 }], trajectory: [] }, [
      { year: 2021, value: 89, illustrative: true },
    ]);
    expect(series.actual[0]!.illustrative).toBe(true);
  });

  it('draws nothing for a milestone (its reports are listed instead)', () => {
    const series = chartSeries(malaria, malaria, []);
    expect(series.actual).toEqual([]);
    expect(series.expected).toEqual([]);
    expect(series.target).toBeNull();
    expect(series.years).toBeNull();
  });

  it('leaves out values that are not finite numbers', () => {
    const series = chartSeries(bhyt, {
      actuals: [
        { year: 2021, value: Number.NaN },
        { year: 2022, value: true },
      ],
      trajectory: [],
    });
    expect(series.actual).toEqual([]);
    expect(series.years).toEqual([2030, 2030]);
  });
});

describe('latest value', () => {
  it('is the latest counted actual, with the running total and the illustrative mark', () => {
    expect(latestActual(housing)).toEqual({ year: 2025, value: 1250, total: 2100, illustrative: true });
    expect(latestActual(malaria)).toEqual({ year: 2025, value: false, illustrative: false });
    expect(latestActual(undefined)).toBeNull();
  });

  it('says whether any item is illustrative', () => {
    expect(anyIllustrative(bhyt.actuals)).toBe(true);
    expect(anyIllustrative(malaria.actuals)).toBe(false);
  });
});
