import { describe, expect, it } from 'vitest';
import { computeProgress, type ProgressStatus } from '#shared/progress/index.ts';
import { numeric, type NumericCase } from './fixtures.ts';

/**
 * docs/methodology.md §3, numeric level, one row per branch. Every expected value and ratio was worked out
 * by hand from expected(y) = s + (T − s)(y − y0)/(yT − y0) and ratio = (v − s)/(expected − s),
 * and is written here as that arithmetic. Target year 2030 unless the row says otherwise.
 */
interface Row extends NumericCase {
  name: string;
  status: ProgressStatus;
  ratio: number | null;
  expected: number | null;
  start?: [number, number] | null;
}

const rows: Row[] = [
  // Increasing targets: the bands and their edges.
  {
    name: '≥ 95: 80 → 90 half-way, 87.5 expected',
    comparator: '>=',
    target: 95,
    baseline: [2020, 80],
    actuals: [[2025, 90]],
    status: 'on_track',
    expected: 87.5,
    ratio: 10 / 7.5,
  },
  {
    name: '≥ 100: 80 → 88 half-way',
    comparator: '>=',
    target: 100,
    baseline: [2020, 80],
    actuals: [[2025, 88]],
    status: 'at_risk',
    expected: 90,
    ratio: 8 / 10,
  },
  {
    name: '≥ 100: 80 → 84 half-way',
    comparator: '>=',
    target: 100,
    baseline: [2020, 80],
    actuals: [[2025, 84]],
    status: 'off_track',
    expected: 90,
    ratio: 4 / 10,
  },
  {
    name: '≥ 100: moving away',
    comparator: '>=',
    target: 100,
    baseline: [2020, 80],
    actuals: [[2025, 70]],
    status: 'off_track',
    expected: 90,
    ratio: -10 / 10,
  },
  {
    name: 'ratio exactly 0.95 is on track',
    comparator: '>=',
    target: 200,
    baseline: [2020, 0],
    actuals: [[2025, 95]],
    status: 'on_track',
    expected: 100,
    ratio: 95 / 100,
  },
  {
    name: 'ratio 0.94 is at risk',
    comparator: '>=',
    target: 200,
    baseline: [2020, 0],
    actuals: [[2025, 94]],
    status: 'at_risk',
    expected: 100,
    ratio: 94 / 100,
  },
  {
    name: 'ratio exactly 0.5 is at risk',
    comparator: '>=',
    target: 200,
    baseline: [2020, 0],
    actuals: [[2025, 50]],
    status: 'at_risk',
    expected: 100,
    ratio: 50 / 100,
  },
  {
    name: 'ratio 0.49 is off track',
    comparator: '>=',
    target: 200,
    baseline: [2020, 0],
    actuals: [[2025, 49]],
    status: 'off_track',
    expected: 100,
    ratio: 49 / 100,
  },
  // Decreasing targets.
  {
    name: '≤ 10: 30 → 21, 20 expected',
    comparator: '<=',
    target: 10,
    baseline: [2020, 30],
    actuals: [[2025, 21]],
    status: 'at_risk',
    expected: 20,
    ratio: -9 / -10,
  },
  {
    name: '≤ 10: 30 → 19',
    comparator: '<=',
    target: 10,
    baseline: [2020, 30],
    actuals: [[2025, 19]],
    status: 'on_track',
    expected: 20,
    ratio: -11 / -10,
  },
  {
    name: '≤ 10: 30 → 32, wrong way',
    comparator: '<=',
    target: 10,
    baseline: [2020, 30],
    actuals: [[2025, 32]],
    status: 'off_track',
    expected: 20,
    ratio: 2 / -10,
  },
  // Strict and non-strict comparators at the target value itself.
  {
    name: '< 10: exactly 10 is not achieved',
    comparator: '<',
    target: 10,
    baseline: [2020, 20],
    actuals: [[2025, 10]],
    status: 'on_track',
    expected: 15,
    ratio: -10 / -5,
  },
  {
    name: '≤ 10: exactly 10 is achieved',
    comparator: '<=',
    target: 10,
    baseline: [2020, 20],
    actuals: [[2025, 10]],
    status: 'achieved',
    expected: 15,
    ratio: -10 / -5,
  },
  {
    name: '> 50: exactly 50 is not achieved',
    comparator: '>',
    target: 50,
    baseline: [2020, 40],
    actuals: [[2025, 50]],
    status: 'on_track',
    expected: 45,
    ratio: 10 / 5,
  },
  {
    name: '≥ 50: exactly 50 is achieved',
    comparator: '>=',
    target: 50,
    baseline: [2020, 40],
    actuals: [[2025, 50]],
    status: 'achieved',
    expected: 45,
    ratio: 10 / 5,
  },
  // No baseline: the earliest actual before the latest starts the line.
  {
    name: 'no baseline: starts at the earliest actual',
    comparator: '>=',
    target: 60,
    targetYear: 2031,
    actuals: [
      [2021, 40],
      [2023, 46],
      [2025, 50],
    ],
    status: 'on_track',
    start: [2021, 40],
    expected: 40 + (20 * 4) / 10,
    ratio: 10 / 8,
  },
  {
    name: 'single point, not met: nothing to measure from',
    comparator: '>=',
    target: 60,
    actuals: [[2024, 50]],
    status: 'insufficient_data',
    start: null,
    expected: null,
    ratio: null,
  },
  {
    name: 'single point, met',
    comparator: '>=',
    target: 60,
    actuals: [[2024, 70]],
    status: 'achieved',
    start: null,
    expected: null,
    ratio: null,
  },
  {
    name: 'baseline in the latest year measures nothing',
    comparator: '>=',
    target: 50,
    baseline: [2024, 30],
    actuals: [[2024, 32]],
    status: 'insufficient_data',
    start: null,
    expected: null,
    ratio: null,
  },
  {
    name: 'baseline after the latest year: earliest actual instead',
    comparator: '>=',
    target: 50,
    targetYear: 2032,
    baseline: [2025, 30],
    actuals: [
      [2022, 20],
      [2024, 26],
    ],
    asOf: '2024-12-31',
    status: 'on_track',
    start: [2022, 20],
    expected: 20 + (30 * 2) / 10,
    ratio: 6 / 6,
  },
  // asOf hides later years.
  {
    name: 'asOf hides 2024',
    comparator: '<',
    target: 10,
    baseline: [2020, 20],
    actuals: [
      [2022, 15],
      [2024, 9],
    ],
    asOf: '2023-06-30',
    status: 'on_track',
    expected: 20 - (10 * 2) / 10,
    ratio: -5 / -2,
  },
  {
    name: 'asOf shows 2024',
    comparator: '<',
    target: 10,
    baseline: [2020, 20],
    actuals: [
      [2022, 15],
      [2024, 9],
    ],
    asOf: '2024-01-01',
    status: 'achieved',
    expected: 20 - (10 * 4) / 10,
    ratio: -11 / -4,
  },
  // Target year reached (the line holds at the target after it).
  {
    name: 'target year reached, not met',
    comparator: '<',
    target: 10,
    baseline: [2020, 20],
    actuals: [[2030, 12]],
    status: 'missed',
    expected: 10,
    ratio: -8 / -10,
  },
  {
    name: 'after the target year, not met',
    comparator: '<',
    target: 10,
    baseline: [2020, 20],
    actuals: [[2031, 12]],
    status: 'missed',
    expected: 10,
    ratio: -8 / -10,
  },
  {
    name: 'after the target year, met late',
    comparator: '<',
    target: 10,
    baseline: [2020, 20],
    actuals: [[2031, 9]],
    status: 'achieved',
    expected: 10,
    ratio: -11 / -10,
  },
  {
    name: 'target year reached without a start',
    comparator: '>=',
    target: 60,
    actuals: [[2030, 50]],
    status: 'missed',
    start: null,
    expected: null,
    ratio: null,
  },
  // '~': default tolerance 1 % of |target| (0.5 for 50), or the given one.
  {
    name: '~ 50: 50.5 is within 1 %',
    comparator: '~',
    target: 50,
    baseline: [2020, 40],
    actuals: [[2025, 50.5]],
    status: 'achieved',
    expected: 45,
    ratio: 10.5 / 5,
  },
  {
    name: '~ 50: 49.5 is within 1 %',
    comparator: '~',
    target: 50,
    baseline: [2020, 40],
    actuals: [[2025, 49.5]],
    status: 'achieved',
    expected: 45,
    ratio: 9.5 / 5,
  },
  {
    name: '~ 50: 50.6 overshoots before the target year',
    comparator: '~',
    target: 50,
    baseline: [2020, 40],
    actuals: [[2025, 50.6]],
    status: 'on_track',
    expected: 45,
    ratio: 10.6 / 5,
  },
  {
    name: '~ 50 ± 2: 48 is within',
    comparator: '~',
    target: 50,
    tolerance: 2,
    baseline: [2020, 40],
    actuals: [[2025, 48]],
    status: 'achieved',
    expected: 45,
    ratio: 8 / 5,
  },
  {
    name: '~ 50 ± 2: 47.9 is not',
    comparator: '~',
    target: 50,
    tolerance: 2,
    baseline: [2020, 40],
    actuals: [[2025, 47.9]],
    status: 'on_track',
    expected: 45,
    ratio: 7.9 / 5,
  },
  {
    name: '~ 50 from above: direction is down',
    comparator: '~',
    target: 50,
    baseline: [2020, 60],
    actuals: [[2025, 56]],
    status: 'at_risk',
    expected: 55,
    ratio: -4 / -5,
  },
  {
    name: '~ 50: start within tolerance, latest out',
    comparator: '~',
    target: 50,
    baseline: [2020, 50.2],
    actuals: [[2025, 51]],
    status: 'off_track',
    expected: 50,
    ratio: null,
  },
  {
    name: '~ 0: tolerance 0, only 0 meets',
    comparator: '~',
    target: 0,
    baseline: [2020, 10],
    actuals: [[2025, 0.001]],
    status: 'on_track',
    expected: 5,
    ratio: (0.001 - 10) / -5,
  },
  // '=': direction from start to target.
  {
    name: '= 100 from below',
    comparator: '=',
    target: 100,
    baseline: [2020, 60],
    actuals: [[2025, 90]],
    status: 'on_track',
    expected: 80,
    ratio: 30 / 20,
  },
  {
    name: '= 100 reached',
    comparator: '=',
    target: 100,
    baseline: [2020, 60],
    actuals: [[2025, 100]],
    status: 'achieved',
    expected: 80,
    ratio: 40 / 20,
  },
  {
    name: '= 0 from above',
    comparator: '=',
    target: 0,
    baseline: [2020, 10],
    actuals: [[2025, 6]],
    status: 'at_risk',
    expected: 5,
    ratio: -4 / -5,
  },
  {
    name: '= 100 missed by 1',
    comparator: '=',
    target: 100,
    baseline: [2020, 60],
    actuals: [[2030, 99]],
    status: 'missed',
    expected: 100,
    ratio: 39 / 40,
  },
  // maintain: every year from the plan's start is graded (docs/methodology.md §11): a slip now is off
  // track, a slip that was repaired keeps the target at risk until the target year, missed then.
  {
    name: 'maintain slipping',
    comparator: '>=',
    target: 95,
    maintain: true,
    actuals: [
      [2021, 96],
      [2022, 97],
      [2023, 94],
    ],
    status: 'off_track',
    start: [2021, 96],
    expected: 95,
    ratio: null,
  },
  {
    name: 'maintain slipping, with baseline',
    comparator: '>=',
    target: 95,
    maintain: true,
    baseline: [2020, 98],
    actuals: [
      [2021, 96],
      [2023, 94],
    ],
    status: 'off_track',
    start: [2020, 98],
    expected: 95,
    ratio: null,
  },
  {
    name: 'maintain recovered: 2022 slipped',
    comparator: '>=',
    target: 95,
    maintain: true,
    actuals: [
      [2021, 96],
      [2022, 94],
      [2023, 95],
    ],
    status: 'at_risk',
    start: [2021, 96],
    expected: 95,
    ratio: null,
  },
  {
    name: 'maintain slipping in the target year',
    comparator: '>=',
    target: 95,
    maintain: true,
    actuals: [
      [2029, 96],
      [2030, 94],
    ],
    status: 'missed',
    start: [2029, 96],
    expected: 95,
    ratio: null,
  },
  {
    name: 'start met without maintain, then lost',
    comparator: '<=',
    target: 5,
    baseline: [2020, 4],
    actuals: [[2025, 6]],
    status: 'off_track',
    expected: 5,
    ratio: null,
  },
  // A strict target whose start sits exactly on its edge: no change was planned.
  {
    name: '> 10 from exactly 10, still 10',
    comparator: '>',
    target: 10,
    baseline: [2020, 10],
    actuals: [[2025, 10]],
    status: 'off_track',
    expected: 10,
    ratio: null,
  },
  {
    name: '> 10 from exactly 10, now 9',
    comparator: '>',
    target: 10,
    baseline: [2020, 10],
    actuals: [[2025, 9]],
    status: 'off_track',
    expected: 10,
    ratio: null,
  },
  {
    name: '> 10 from exactly 10, now 11',
    comparator: '>',
    target: 10,
    baseline: [2020, 10],
    actuals: [[2025, 11]],
    status: 'achieved',
    expected: 10,
    ratio: null,
  },
  // Negative levels are fine for a straight line.
  {
    name: '≥ 0 from −10',
    comparator: '>=',
    target: 0,
    baseline: [2020, -10],
    actuals: [[2025, -6]],
    status: 'at_risk',
    expected: -5,
    ratio: 4 / 5,
  },
  // No data.
  {
    name: 'no actual',
    comparator: '>=',
    target: 95,
    baseline: [2020, 80],
    actuals: [],
    status: 'no_data',
    start: [2020, 80],
    expected: null,
    ratio: null,
  },
  {
    name: 'only actuals after asOf',
    comparator: '>=',
    target: 95,
    baseline: [2020, 80],
    actuals: [[2025, 90]],
    asOf: '2024-12-31',
    status: 'no_data',
    start: [2020, 80],
    expected: null,
    ratio: null,
  },
];

describe('linear-trajectory, numeric level (docs/methodology.md §3)', () => {
  it.each(rows)('$name → $status', (row) => {
    const result = numeric(row);
    expect(result.method).toBe('linear-trajectory');
    expect(result.status).toBe(row.status);
    if (row.ratio === null) expect(result.ratio).toBeNull();
    else expect(result.ratio).toBeCloseTo(row.ratio, 12);
    if (row.expected === null) expect(result.expected).toBeNull();
    else expect(result.expected).toBeCloseTo(row.expected, 12);
    if (row.start !== undefined) {
      expect(result.start).toEqual(row.start === null ? null : { year: row.start[0], value: row.start[1] });
    }
    expect(result.explanation.vi).toMatch(/\.$/);
    expect(result.explanation.en).toMatch(/\.$/);
    expect(result.methodStatus).toBeUndefined();
  });

  it('a ratio of whole-number figures is the exact quotient: 19/20 counts as 0.95', () => {
    expect(numeric(rows[4]!).ratio).toBe(0.95);
  });

  it('draws the line from the start year to the target year, ending exactly on the target', () => {
    const result = numeric({ comparator: '<', target: 10, baseline: [2015, 20], actuals: [[2022, 17]] });
    expect(result.trajectory).toHaveLength(16);
    expect(result.trajectory[0]).toEqual({ year: 2015, expected: 20 });
    expect(result.trajectory.at(-1)).toEqual({ year: 2030, expected: 10 });
    expect(result.trajectory.find((p) => p.year === 2022)?.expected).toBeCloseTo(20 - (10 * 7) / 15, 12);
  });

  it('keeps the line at the target when the start already meets it', () => {
    const result = numeric({
      comparator: '>=',
      target: 95,
      maintain: true,
      actuals: [
        [2021, 96],
        [2023, 94],
      ],
    });
    expect(result.trajectory.map((p) => p.expected)).toEqual(Array(10).fill(95));
    expect(result.trajectory[0]?.year).toBe(2021);
  });

  it('with neither a start nor data, marks only the target', () => {
    expect(numeric({ comparator: '>=', target: 95, actuals: [] }).trajectory).toEqual([{ year: 2030, expected: 95 }]);
  });

  it('lists exactly the actuals that counted, sorted, with the illustrative mark kept', () => {
    const result = computeProgress({
      indicator: {
        id: 'x',
        kind: 'numeric',
        accumulation: 'level',
        unit: '%',
        target: { comparator: '>=', value: 90, year: 2030 },
      },
      period: { startYear: 2021, endYear: 2030 },
      actuals: [
        { year: 2024, value: 80, illustrative: true },
        { year: 2022, value: 70 },
        { year: 2023, value: Number.NaN },
        { year: 2021, value: true },
        { year: 2026, value: 85 },
      ],
      asOf: '2025-12-31',
    });
    expect(result.actuals).toEqual([
      { year: 2022, value: 70 },
      { year: 2024, value: 80, illustrative: true },
    ]);
    expect(result.explanation.en).toContain('(illustrative figures)');
    expect(result.explanation.vi).toContain('(số liệu minh họa)');
  });

  it('takes the later of two actuals for the same year', () => {
    const result = numeric({
      comparator: '>=',
      target: 90,
      actuals: [
        [2024, 10],
        [2024, 95],
      ],
    });
    expect(result.status).toBe('achieved');
    expect(result.actuals).toEqual([{ year: 2024, value: 95 }]);
  });
});
