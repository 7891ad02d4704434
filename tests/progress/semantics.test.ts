import { describe, expect, it } from 'vitest';
import type { TargetVersion } from '#shared/domain/indicator.ts';
import type { ProgressStatus } from '#shared/progress/index.ts';
import { milestone, numeric, type MilestoneCase, type NumericCase } from './fixtures.ts';

/**
 * docs/methodology.md §11, the targets as plans write them. Every figure below was worked out by
 * hand and is written as that arithmetic. Plan period 2021–2030 and target year 2030 unless the
 * row says otherwise.
 */
interface Row extends NumericCase {
  name: string;
  status: ProgressStatus;
  ratio?: number | null;
  expected?: number | null;
  failedYears?: number[];
}

const check = (row: Row) => {
  const result = numeric(row);
  expect(result.status).toBe(row.status);
  if (row.ratio !== undefined) {
    if (row.ratio === null) expect(result.ratio).toBeNull();
    else expect(result.ratio).toBeCloseTo(row.ratio, 9); // every figure leaves the engine at 15 significant digits
  }
  if (row.expected !== undefined) {
    if (row.expected === null) expect(result.expected).toBeNull();
    else expect(result.expected).toBeCloseTo(row.expected, 9);
  }
  if (row.failedYears) expect(result.failedYears).toEqual(row.failedYears);
  return result;
};

describe('ranges: comparator between, value..upper inclusive', () => {
  const rows: Row[] = [
    // 95–100 %: measured towards the near end, 95: expected 80 + 15·5/10 = 87.5, ratio 10/7.5.
    {
      name: '95–100: 80 → 90 half-way',
      comparator: 'between',
      target: 95,
      upper: 100,
      baseline: [2020, 80],
      actuals: [[2025, 90]],
      status: 'on_track',
      expected: 87.5,
      ratio: 10 / 7.5,
    },
    {
      name: '95–100: the lower end meets',
      comparator: 'between',
      target: 95,
      upper: 100,
      actuals: [[2025, 95]],
      status: 'achieved',
    },
    {
      name: '95–100: the upper end meets',
      comparator: 'between',
      target: 95,
      upper: 100,
      actuals: [[2025, 100]],
      status: 'achieved',
    },
    {
      name: '28–30 from above: 40 → 36, aim 30, expected 40 − 10·5/10 = 35, ratio −4/−5',
      comparator: 'between',
      target: 28,
      upper: 30,
      baseline: [2020, 40],
      actuals: [[2025, 36]],
      status: 'at_risk',
      expected: 35,
      ratio: 4 / 5,
    },
    {
      name: '28–30: past the range below in the target year',
      comparator: 'between',
      target: 28,
      upper: 30,
      baseline: [2020, 40],
      actuals: [[2030, 27]],
      status: 'missed',
    },
    {
      name: '4.700–5.000 USD: 4.200 → 4.450 half-way, expected 4.450',
      comparator: 'between',
      target: 4700,
      upper: 5000,
      unit: 'USD',
      baseline: [2020, 4200],
      actuals: [[2025, 4450]],
      status: 'on_track',
      expected: 4450,
      ratio: 1,
    },
  ];
  it.each(rows)('$name → $status', (row) => void check(row));

  it('draws the band: a line to each end from the start', () => {
    const result = numeric(rows[0]!);
    expect(result.trajectory.find((p) => p.year === 2025)).toEqual({
      year: 2025,
      expected: 87.5,
      lower: 87.5,
      upper: 80 + (20 * 5) / 10,
    });
    expect(result.trajectory.at(-1)).toEqual({ year: 2030, expected: 95, lower: 95, upper: 100 });
  });

  it('says how a UN method reads it', () => {
    const result = numeric({ ...rows[0]!, method: 'un-cagr' });
    expect(result.method).toBe('un-cagr');
    expect(result.explanation.en).toContain('measures progress towards the near end of the range');
    expect(result.explanation.vi).toContain('từ 95% đến 100% vào năm 2030');
  });
});

describe('change per year: target.change', () => {
  // Khánh Sơn: "phấn đấu mức giảm tỷ lệ hộ nghèo 4–5 %/năm", baseline 40 % in 2020, target year 2025.
  const khanhSon = {
    comparator: 'between',
    target: 4,
    upper: 5,
    change: 'decrease',
    targetYear: 2025,
    baseline: [2020, 40],
  } as const;
  const rows: Row[] = [
    {
      name: 'falls of 3 and 3,5 points: 6,5 of the 8 expected by 2022',
      ...khanhSon,
      baseline: [2020, 40],
      actuals: [
        [2021, 37],
        [2022, 33.5],
      ],
      asOf: '2022-12-31',
      status: 'at_risk',
      ratio: 6.5 / 8,
      expected: 40 - 8,
      failedYears: [2021, 2022],
    },
    {
      name: 'falls of 4 and 5 points: 9 of 8',
      ...khanhSon,
      baseline: [2020, 40],
      actuals: [
        [2021, 36],
        [2022, 31],
      ],
      asOf: '2022-12-31',
      status: 'on_track',
      ratio: 9 / 8,
      failedYears: [],
    },
    {
      name: 'a fall of 2 points in 2 years: 2 of 8',
      ...khanhSon,
      baseline: [2020, 40],
      actuals: [[2022, 38]],
      asOf: '2022-12-31',
      status: 'off_track',
      ratio: 2 / 8,
      failedYears: [2022],
    },
    {
      name: 'the target year: a fall of 20 = 4·5 is achieved',
      ...khanhSon,
      baseline: [2020, 40],
      actuals: [[2025, 20]],
      status: 'achieved',
      ratio: 1,
    },
    {
      name: 'the target year: a fall of 19 < 20 is missed',
      ...khanhSon,
      baseline: [2020, 40],
      actuals: [[2025, 21]],
      status: 'missed',
      ratio: 19 / 20,
    },
    {
      name: 'an increase of ≥ 2 a year, no baseline: start is the earliest actual',
      comparator: '>=',
      target: 2,
      change: 'increase',
      actuals: [
        [2020, 50],
        [2021, 52],
        [2023, 54],
      ],
      asOf: '2023-12-31',
      status: 'at_risk',
      ratio: 4 / 6,
      expected: 56,
      failedYears: [2023],
    },
    {
      name: 'no start to measure from',
      comparator: '>=',
      target: 2,
      change: 'increase',
      actuals: [[2023, 54]],
      status: 'insufficient_data',
      ratio: null,
    },
  ];
  it.each(rows)('$name → $status', (row) => void check(row));

  it("lists each year's own change, per year across a gap", () => {
    const result = numeric(rows[5]!);
    expect(result.yearly).toEqual([
      { year: 2021, value: 2, met: true },
      { year: 2023, value: 1, met: false },
    ]);
    expect(result.requiredChange).toBe(2);
    expect(result.achievedChange).toBe(4);
  });

  it('explains itself in both languages', () => {
    expect(numeric(rows[0]!).explanation).toEqual({
      vi: 'Có nguy cơ không đạt: từ 40% (2020) đến 33,5% (2022) giảm 6,5 điểm phần trăm, so với 8 điểm phần trăm cần có đến năm 2022 theo chỉ tiêu giảm 4–5 điểm phần trăm mỗi năm đến năm 2025 (tỷ lệ 0,81); từng năm: 2021 giảm 3 điểm phần trăm (không đạt), 2022 giảm 3,5 điểm phần trăm (không đạt).',
      en: 'At risk: from 40% (2020) to 33.5% (2022) the value fell by 6.5 percentage points, against 8 percentage points expected by 2022 for the target a decrease of 4–5 percentage points a year up to 2025 (ratio 0.81); year by year: 2021 fell by 3 percentage points (below the rate), 2022 fell by 3.5 percentage points (below the rate).',
    });
  });

  it('a UN method does not apply, and the answer says so', () => {
    const result = numeric({ ...rows[0]!, method: 'statcan' });
    expect(result.method).toBe('linear-trajectory');
    expect(result.status).toBe('at_risk');
    expect(result.explanation.en).toContain(
      'the Statistics Canada method does not grade changes per year or period averages; the linear trajectory decided',
    );
  });
});

describe('period averages: accumulation average', () => {
  // "tốc độ tăng trưởng bình quân 5 năm khoảng 6,5–7 %", plan 2021–2025.
  const growth = {
    comparator: 'between',
    target: 6.5,
    upper: 7,
    accumulation: 'average',
    targetYear: 2025,
    period: [2021, 2025] as [number, number],
  } as const;
  const rows: Row[] = [
    {
      name: 'mean (6 + 7)/2 = 6,5 meets before the target year',
      ...growth,
      actuals: [
        [2021, 6],
        [2022, 7],
      ],
      status: 'on_track',
    },
    {
      name: 'mean 5,5: ratio 5,5/6,5',
      ...growth,
      actuals: [
        [2021, 5],
        [2022, 6],
      ],
      status: 'at_risk',
      ratio: 5.5 / 6.5,
      expected: 6.5,
    },
    {
      name: 'mean 8,5 above the range: ratio 7/8,5',
      ...growth,
      actuals: [
        [2021, 8],
        [2022, 9],
      ],
      status: 'at_risk',
      ratio: 7 / 8.5,
      expected: 7,
    },
    {
      name: 'five years, mean 33,5/5 = 6,7: achieved',
      ...growth,
      actuals: [
        [2021, 6],
        [2022, 7],
        [2023, 7],
        [2024, 6.5],
        [2025, 7],
      ],
      status: 'achieved',
    },
    {
      name: 'five years at 6: missed',
      ...growth,
      actuals: [
        [2021, 6],
        [2022, 6],
        [2023, 6],
        [2024, 6],
        [2025, 6],
      ],
      status: 'missed',
    },
    {
      name: 'an actual before the plan does not count',
      ...growth,
      actuals: [
        [2020, 1],
        [2021, 7],
      ],
      status: 'on_track',
    },
    {
      name: 'countFrom 2023: 2021 left out, mean 7',
      ...growth,
      countFrom: 2023,
      actuals: [
        [2021, 1],
        [2023, 7],
        [2024, 7],
      ],
      status: 'on_track',
    },
    {
      name: '≤ 3 on average: mean 4,5, ratio 3/4,5',
      comparator: '<=',
      target: 3,
      accumulation: 'average',
      actuals: [
        [2021, 4],
        [2022, 5],
      ],
      asOf: '2022-12-31',
      status: 'at_risk',
      ratio: 3 / 4.5,
    },
  ];
  it.each(rows)('$name → $status', (row) => void check(row));

  it('carries the mean and the running mean, and explains them', () => {
    const result = numeric(rows[1]!);
    expect(result.mean).toBe(5.5);
    expect(result.runningMean).toEqual([
      { year: 2021, mean: 5 },
      { year: 2022, mean: 5.5 },
    ]);
    expect(result.explanation.en).toBe(
      'At risk: the 2021–2022 average is 5.5% against the target an average between 6.5% and 7% over 2021–2025 (ratio 0.85).',
    );
    expect(result.explanation.vi).toBe(
      'Có nguy cơ không đạt: bình quân 2021–2022 là 5,5%, so với chỉ tiêu bình quân từ 6,5% đến 7% giai đoạn 2021–2025 (tỷ lệ 0,85).',
    );
  });
});

describe('maintain every year', () => {
  const held = { comparator: '>=', target: 95, maintain: true } as const;
  const rows: Row[] = [
    {
      name: 'every year met',
      ...held,
      actuals: [
        [2021, 96],
        [2022, 97],
      ],
      status: 'achieved',
      failedYears: [],
    },
    {
      name: '2022 slipped, 2023 recovered: at risk before the target year',
      ...held,
      actuals: [
        [2021, 96],
        [2022, 94],
        [2023, 95],
      ],
      status: 'at_risk',
      failedYears: [2022],
    },
    {
      name: '2022 slipped, the target year met: missed',
      ...held,
      actuals: [
        [2021, 96],
        [2022, 94],
        [2030, 96],
      ],
      status: 'missed',
      failedYears: [2022],
    },
    {
      name: 'the latest year fails: off track',
      ...held,
      actuals: [
        [2021, 96],
        [2022, 94],
      ],
      status: 'off_track',
      failedYears: [2022],
    },
    {
      name: 'a year before the plan is not graded',
      ...held,
      actuals: [
        [2019, 90],
        [2021, 96],
      ],
      status: 'achieved',
      failedYears: [],
    },
  ];
  it.each(rows)('$name → $status', (row) => void check(row));

  it('names the years that failed', () => {
    expect(numeric(rows[1]!).explanation.en).toBe(
      'At risk: 95% in 2023 meets the target ≥ 95% by 2030, but it must hold every year and 2022 did not.',
    );
  });

  const milestones: Array<MilestoneCase & { name: string; status: ProgressStatus }> = [
    {
      name: 'reached in 2025, lost in 2026: off track, not pending until 2030',
      maintain: true,
      targetYear: 2030,
      actuals: [
        [2025, true],
        [2026, false],
      ],
      asOf: '2026-12-31',
      status: 'off_track',
    },
    {
      name: 'the same without maintain: pending',
      targetYear: 2030,
      actuals: [
        [2025, true],
        [2026, false],
      ],
      asOf: '2026-12-31',
      status: 'pending',
    },
    {
      name: 'reached and held',
      maintain: true,
      targetYear: 2030,
      actuals: [
        [2025, true],
        [2026, true],
      ],
      asOf: '2026-12-31',
      status: 'achieved',
    },
    {
      name: 'lost in the target year: missed',
      maintain: true,
      targetYear: 2030,
      actuals: [
        [2025, true],
        [2030, false],
      ],
      asOf: '2030-12-31',
      status: 'missed',
    },
    {
      name: 'never reached yet: pending as any milestone',
      maintain: true,
      targetYear: 2030,
      actuals: [[2025, false]],
      asOf: '2026-12-31',
      status: 'pending',
    },
  ];
  it.each(milestones)('milestone: $name → $status', (row) => {
    expect(milestone(row).status).toBe(row.status);
  });

  it('a lost milestone says when', () => {
    expect(milestone(milestones[0]!).explanation.en).toBe(
      'Off track: reported not done in 2026 after it was reached; the goal must hold every year (years not held: 2026).',
    );
  });
});

describe('due dates inside the year: target.due', () => {
  // Trà Vinh: "quý III/2025 tổ chức đánh giá cuối giai đoạn": due 30 September 2025.
  const rows: Array<MilestoneCase & { name: string; status: ProgressStatus }> = [
    {
      name: 'June, not yet: pending',
      due: '2025-09-30',
      actuals: [[2025, false]],
      asOf: '2025-06-30',
      status: 'pending',
    },
    {
      name: 'on the due day: pending',
      due: '2025-09-30',
      actuals: [[2025, false]],
      asOf: '2025-09-30',
      status: 'pending',
    },
    {
      name: 'the day after: missed',
      due: '2025-09-30',
      actuals: [[2025, false]],
      asOf: '2025-10-01',
      status: 'missed',
    },
    {
      name: 'nothing reported after due: no data',
      due: '2025-09-30',
      actuals: [],
      asOf: '2025-10-01',
      status: 'no_data',
    },
    { name: 'done: achieved', due: '2025-09-30', actuals: [[2025, true]], asOf: '2025-06-30', status: 'achieved' },
    {
      name: 'without due, June of the target year: missed',
      actuals: [[2025, false]],
      asOf: '2025-06-30',
      status: 'missed',
    },
  ];
  it.each(rows)('$name → $status', (row) => {
    expect(milestone(row).status).toBe(row.status);
  });

  it('names the day and returns it', () => {
    const result = milestone(rows[0]!);
    expect(result.due).toBe('2025-09-30');
    expect(result.explanation).toEqual({
      vi: 'Đang chờ: năm 2025 báo cáo chưa hoàn thành; hạn 30/9/2025.',
      en: 'Pending: reported not done in 2025; due 2025-09-30.',
    });
  });
});

describe('interim milestones shape expected and the line', () => {
  const rows: Row[] = [
    {
      name: 'level: the 2025 milestone 95 is expected, not 90 on the straight line',
      comparator: '>=',
      target: 100,
      baseline: [2020, 80],
      milestones: [[2025, 95]],
      actuals: [[2025, 90]],
      status: 'at_risk',
      expected: 95,
      ratio: 10 / 15,
    },
    {
      name: 'level, without it: on track',
      comparator: '>=',
      target: 100,
      baseline: [2020, 80],
      actuals: [[2025, 90]],
      status: 'on_track',
      expected: 90,
      ratio: 1,
    },
    {
      name: 'cumulative: a total of 100 due by 2022 met',
      comparator: '>=',
      target: 1000,
      accumulation: 'cumulative',
      targetYear: 2025,
      period: [2021, 2025],
      milestones: [[2022, 100]],
      actuals: [
        [2021, 50],
        [2022, 50],
      ],
      status: 'on_track',
      expected: 100,
      ratio: 1,
    },
    {
      name: 'cumulative, without it: 100 of 400',
      comparator: '>=',
      target: 1000,
      accumulation: 'cumulative',
      targetYear: 2025,
      period: [2021, 2025],
      actuals: [
        [2021, 50],
        [2022, 50],
      ],
      status: 'off_track',
      expected: 400,
      ratio: 0.25,
    },
  ];
  it.each(rows)('$name → $status', (row) => void check(row));

  it('the line passes through them', () => {
    const level = numeric(rows[0]!).trajectory;
    expect(level.find((p) => p.year === 2023)?.expected).toBeCloseTo(80 + (15 * 3) / 5, 12);
    expect(level.find((p) => p.year === 2025)?.expected).toBe(95);
    expect(level.find((p) => p.year === 2027)?.expected).toBeCloseTo(95 + (5 * 2) / 5, 12);
    const total = numeric(rows[2]!).trajectory;
    expect(total.map((p) => p.expected)).toEqual([50, 100, 400, 700, 1000]);
  });
});

describe('counting window: target.countFrom', () => {
  // Thanh Hóa's social housing: 13.787 units by 2030, counted from 2021, a plan that starts in 2024.
  const housing = {
    comparator: '>=',
    target: 13787,
    accumulation: 'cumulative',
    period: [2024, 2030] as [number, number],
    unit: 'căn',
    actuals: [
      [2021, 1500],
      [2022, 1500],
      [2023, 1500],
      [2024, 1500],
    ],
    asOf: '2024-12-31',
  } as const satisfies Partial<Row>;
  const rows: Row[] = [
    {
      name: 'from 2021: 6.000 against 13.787·4/10',
      ...housing,
      actuals: [...housing.actuals],
      countFrom: 2021,
      status: 'on_track',
      expected: (13787 * 4) / 10,
      ratio: (6000 * 10) / (13787 * 4),
    },
    {
      name: 'from the plan start: 1.500 against 13.787/7',
      ...housing,
      actuals: [...housing.actuals],
      status: 'at_risk',
      expected: 13787 / 7,
      ratio: (1500 * 7) / 13787,
    },
  ];
  it.each(rows)('$name → $status', (row) => void check(row));

  it('says from which year it counts', () => {
    expect(numeric(rows[0]!).explanation.en).toContain('the 2021–2024 total of 6,000 căn');
  });
});

describe('amendments: the target version in force on asOf', () => {
  const v1: TargetVersion = {
    indicatorId: 'ind',
    version: 1,
    target: { comparator: '>=', value: 90, year: 2025 },
    validFrom: '2017-07-18',
    validUntil: '2021-09-23',
    document: '115/KH-UBND',
    recordedAt: '2024-01-01T00:00:00.000Z',
  };
  const v2: TargetVersion = {
    indicatorId: 'ind',
    version: 2,
    target: { comparator: '>=', value: 95, year: 2025 },
    validFrom: '2021-09-23',
    document: '208/KH-UBND',
    recordedAt: '2024-01-01T00:00:00.000Z',
  };
  const base = {
    comparator: '>=',
    target: 95,
    targetYear: 2025,
    actuals: [[2020, 92]],
    targetVersions: [v2, v1],
  } as const;

  it('before the amendment the old target decides, and the answer names it', () => {
    const result = numeric({ ...base, actuals: [[2020, 92]], targetVersions: [v2, v1], asOf: '2021-09-22' });
    expect(result.status).toBe('achieved');
    expect(result.targetVersion).toEqual({ version: 1, validFrom: '2017-07-18', document: '115/KH-UBND' });
    expect(result.explanation.en).toContain('(target as set by 115/KH-UBND, in force from 2017-07-18)');
  });

  it('from its date the amended one does', () => {
    const result = numeric({ ...base, actuals: [[2020, 92]], targetVersions: [v2, v1], asOf: '2021-09-23' });
    expect(result.status).toBe('insufficient_data');
    expect(result.targetVersion?.version).toBe(2);
    expect(result.explanation.vi).toContain('(chỉ tiêu theo 208/KH-UBND, áp dụng từ 23/9/2021)');
  });
});
