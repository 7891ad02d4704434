import { describe, expect, it } from 'vitest';
import type { Comparator } from '#shared/domain/indicator.ts';
import type { ProgressStatus } from '#shared/progress/index.ts';
import { numeric } from './fixtures.ts';

/**
 * docs/methodology.md §4, numeric cumulative. Plan 2021–2025, target 1000 units by 2025 unless the row
 * says otherwise: expected(y) = 1000·(y − 2020)/5, i.e. 200 a year; ratio = total/expected.
 */
interface Row {
  name: string;
  comparator?: Comparator;
  target?: number;
  actuals: Array<[number, number]>;
  asOf?: string;
  status: ProgressStatus;
  total: number | undefined;
  expected: number | null;
  ratio: number | null;
}

const each = (from: number, to: number, value: number): Array<[number, number]> =>
  Array.from({ length: to - from + 1 }, (_, i) => [from + i, value]);

const rows: Row[] = [
  {
    name: 'on track: 400 of 400 by 2022',
    actuals: [
      [2021, 150],
      [2022, 250],
    ],
    status: 'on_track',
    total: 400,
    expected: 400,
    ratio: 400 / 400,
  },
  {
    name: 'at risk: 250 of 400',
    actuals: [
      [2021, 100],
      [2022, 150],
    ],
    status: 'at_risk',
    total: 250,
    expected: 400,
    ratio: 250 / 400,
  },
  {
    name: 'off track: 150 of 400',
    actuals: [
      [2021, 50],
      [2022, 100],
    ],
    status: 'off_track',
    total: 150,
    expected: 400,
    ratio: 150 / 400,
  },
  {
    name: 'achieved early: 1050 by 2024',
    actuals: [
      [2021, 300],
      [2022, 300],
      [2023, 200],
      [2024, 250],
    ],
    status: 'achieved',
    total: 1050,
    expected: 800,
    ratio: 1050 / 800,
  },
  {
    name: 'missed: 900 by 2025',
    actuals: each(2021, 2025, 180),
    status: 'missed',
    total: 900,
    expected: 1000,
    ratio: 900 / 1000,
  },
  {
    name: 'met after the target year counts (late)',
    actuals: [...each(2021, 2025, 180), [2026, 200]],
    status: 'achieved',
    total: 1100,
    expected: 1000,
    ratio: 1100 / 1000,
  },
  {
    name: 'flows before the plan start do not count',
    actuals: [
      [2020, 500],
      [2021, 200],
    ],
    status: 'on_track',
    total: 200,
    expected: 200,
    ratio: 200 / 200,
  },
  {
    name: 'a year without a report adds nothing',
    actuals: [
      [2021, 300],
      [2023, 300],
    ],
    status: 'on_track',
    total: 600,
    expected: 600,
    ratio: 600 / 600,
  },
  {
    name: 'asOf hides 2023',
    actuals: [
      [2021, 200],
      [2022, 200],
      [2023, 2000],
    ],
    asOf: '2022-12-31',
    status: 'on_track',
    total: 400,
    expected: 400,
    ratio: 400 / 400,
  },
  {
    name: '> 1000: exactly 1000 is not achieved',
    comparator: '>',
    actuals: each(2021, 2024, 250),
    status: 'on_track',
    total: 1000,
    expected: 800,
    ratio: 1000 / 800,
  },
  {
    name: 'cap ≤ 100: within it',
    comparator: '<=',
    target: 100,
    actuals: [
      [2021, 30],
      [2022, 40],
    ],
    status: 'achieved',
    total: 70,
    expected: 40,
    ratio: 70 / 40,
  },
  {
    name: 'cap ≤ 100: exceeded before the target year',
    comparator: '<=',
    target: 100,
    actuals: [
      [2021, 80],
      [2022, 40],
    ],
    status: 'off_track',
    total: 120,
    expected: 40,
    ratio: 120 / 40,
  },
  {
    name: 'cap ≤ 100: exceeded by the target year',
    comparator: '<=',
    target: 100,
    actuals: [
      [2021, 80],
      [2025, 40],
    ],
    status: 'missed',
    total: 120,
    expected: 100,
    ratio: 120 / 100,
  },
  { name: 'no report yet', actuals: [], status: 'no_data', total: undefined, expected: null, ratio: null },
];

describe('cumulative (docs/methodology.md §4)', () => {
  it.each(rows)('$name → $status', (row) => {
    const result = numeric({
      accumulation: 'cumulative',
      comparator: row.comparator ?? '>=',
      target: row.target ?? 1000,
      targetYear: 2025,
      period: [2021, 2025],
      actuals: row.actuals,
      asOf: row.asOf ?? '2030-12-31',
      unit: 'căn',
    });
    expect(result.method).toBe('linear-trajectory');
    expect(result.status).toBe(row.status);
    expect(result.total).toBe(row.total);
    expect(result.start).toBeNull();
    if (row.expected === null) expect(result.expected).toBeNull();
    else expect(result.expected).toBeCloseTo(row.expected, 12);
    if (row.ratio === null) expect(result.ratio).toBeNull();
    else expect(result.ratio).toBeCloseTo(row.ratio, 12);
  });

  it('draws an equal share a year, ending on the target', () => {
    const result = numeric({
      accumulation: 'cumulative',
      comparator: '>=',
      target: 1000,
      targetYear: 2025,
      period: [2021, 2025],
      actuals: [],
    });
    expect(result.trajectory).toEqual([
      { year: 2021, expected: 200 },
      { year: 2022, expected: 400 },
      { year: 2023, expected: 600 },
      { year: 2024, expected: 800 },
      { year: 2025, expected: 1000 },
    ]);
  });

  it('counts only actuals from the plan start year', () => {
    const result = numeric({
      accumulation: 'cumulative',
      comparator: '>=',
      target: 1000,
      targetYear: 2025,
      period: [2021, 2025],
      actuals: [
        [2020, 500],
        [2021, 200],
      ],
    });
    expect(result.actuals).toEqual([{ year: 2021, value: 200 }]);
  });

  it('explains with the total and the expected total, in both languages', () => {
    const result = numeric({
      accumulation: 'cumulative',
      comparator: '>=',
      target: 13787,
      targetYear: 2030,
      period: [2024, 2030],
      actuals: [
        [2024, 1500],
        [2025, 2500],
      ],
      unit: 'căn',
    });
    expect(result.status).toBe('on_track');
    expect(result.explanation.en).toBe(
      'On track: the 2024–2025 total of 4,000 căn against 3,939.14 căn expected by 2025 on the way to the target ≥ 13,787 căn by 2030 (ratio 1.02).',
    );
    expect(result.explanation.vi).toBe(
      'Đúng tiến độ: tổng giai đoạn 2024–2025 đạt 4.000 căn, so với 3.939,14 căn cần đạt đến năm 2025 trên lộ trình tới chỉ tiêu ≥ 13.787 căn vào năm 2030 (tỷ lệ 1,02).',
    );
  });
});
