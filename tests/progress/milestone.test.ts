import { describe, expect, it } from 'vitest';
import type { ProgressStatus } from '#shared/progress/index.ts';
import { milestone, type MilestoneCase } from './fixtures.ts';

/** docs/methodology.md §5, milestones. The goal is "done by 2025" unless the row says otherwise. */
const rows: Array<MilestoneCase & { name: string; status: ProgressStatus; latest: [number, boolean] | null }> = [
  { name: 'done', actuals: [[2023, true]], asOf: '2024-06-30', status: 'achieved', latest: [2023, true] },
  { name: 'not done yet', actuals: [[2023, false]], asOf: '2024-06-30', status: 'pending', latest: [2023, false] },
  { name: 'no report yet', actuals: [], asOf: '2024-06-30', status: 'pending', latest: null },
  {
    name: 'not done in the target year',
    actuals: [[2024, false]],
    asOf: '2025-01-01',
    status: 'missed',
    latest: [2024, false],
  },
  { name: 'no report once the target year has come', actuals: [], asOf: '2026-03-01', status: 'no_data', latest: null },
  {
    name: 'done, then reported undone: the latest decides',
    actuals: [
      [2022, true],
      [2023, false],
    ],
    asOf: '2023-12-31',
    status: 'pending',
    latest: [2023, false],
  },
  {
    name: 'done after the target year',
    actuals: [
      [2024, false],
      [2026, true],
    ],
    asOf: '2026-12-31',
    status: 'achieved',
    latest: [2026, true],
  },
  {
    name: 'a later report hidden by asOf',
    actuals: [
      [2023, false],
      [2025, true],
    ],
    asOf: '2024-12-31',
    status: 'pending',
    latest: [2023, false],
  },
  {
    name: 'a number is not a yes/no report',
    actuals: [[2023, 1]],
    asOf: '2024-06-30',
    status: 'pending',
    latest: null,
  },
  {
    name: 'a "false" goal met by false',
    goal: false,
    actuals: [[2023, false]],
    asOf: '2024-06-30',
    status: 'achieved',
    latest: [2023, false],
  },
];

describe('milestones (docs/methodology.md §5)', () => {
  it.each(rows)('$name → $status', (row) => {
    const result = milestone(row);
    expect(result.status).toBe(row.status);
    expect(result.latest).toEqual(row.latest === null ? null : { year: row.latest[0], value: row.latest[1] });
    expect(result).toMatchObject({
      method: 'linear-trajectory',
      start: null,
      expected: null,
      ratio: null,
      trajectory: [],
    });
  });

  it('is graded the same whatever method is asked for, and says so', () => {
    const result = milestone({ actuals: [[2023, true]], asOf: '2024-06-30', method: 'un-cagr' });
    expect(result.method).toBe('linear-trajectory');
    expect(result.status).toBe('achieved');
    expect(result.explanation.en).toBe(
      'Achieved: reported done in 2023, as the target requires by 2025 (the UN compound growth ratio grades numeric level indicators only).',
    );
  });

  it('explains pending and no_data in both languages', () => {
    expect(milestone({ actuals: [], asOf: '2024-06-30' }).explanation).toEqual({
      vi: 'Đang chờ: chưa có báo cáo; năm mục tiêu là 2025.',
      en: 'Pending: nothing reported yet; the target year is 2025.',
    });
    expect(milestone({ actuals: [], asOf: '2026-03-01' }).explanation).toEqual({
      vi: 'Chưa có số liệu: chưa có báo cáo nào đến năm 2026 dù đã đến năm mục tiêu 2025.',
      en: 'No data: nothing reported up to 2026, although the target year 2025 has come.',
    });
  });
});
