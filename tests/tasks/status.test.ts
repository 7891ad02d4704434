import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TaskDue, type TaskState } from '#shared/domain/task.ts';
import { daysBetween, taskDueDate, taskYearAsOf, taskYears } from '#shared/tasks/calendar.ts';
import { taskStatusWords } from '#shared/tasks/explanation.ts';
import {
  TaskStatus,
  computeTaskStatus,
  summariseTaskStatuses,
  type TaskStatusReport,
  type TaskStatusResult,
} from '#shared/tasks/status.ts';

const once = { date: '2025-12-31' } as const;
const yearly = { every: 'year', deadline: '12-10' } as const;

const report = (state: TaskState, reportedOn: string, completedOn?: string): TaskStatusReport => ({
  state,
  reportedOn,
  ...(completedOn === undefined ? {} : { completedOn }),
});

describe('a one-off task at the edges of its due date (31/12/2025)', () => {
  it.each([
    // asOf, report, status, reason
    ['2025-12-30', null, 'not_due', 'no_report_yet'],
    ['2025-12-31', null, 'not_due', 'no_report_yet'],
    ['2026-01-01', null, 'overdue', 'due_passed_not_done'],
    ['2025-12-31', report('not_started', '2025-03-01'), 'not_started', 'reported_not_started'],
    ['2026-01-01', report('not_started', '2025-03-01'), 'overdue', 'due_passed_not_done'],
    ['2025-12-31', report('in_progress', '2025-03-01'), 'in_progress', 'reported_in_progress'],
    ['2026-01-01', report('in_progress', '2025-03-01'), 'overdue', 'due_passed_not_done'],
    // Done on the due day itself is on time; the day after is late.
    ['2026-06-01', report('done', '2026-01-05', '2025-12-31'), 'done_on_time', 'done_by_due'],
    ['2026-06-01', report('done', '2026-01-05', '2026-01-01'), 'done_late', 'done_after_due'],
    // Without a completion date, the day 'done' was reported counts.
    ['2026-06-01', report('done', '2025-12-31'), 'done_on_time', 'done_by_due'],
    ['2026-06-01', report('done', '2026-01-01'), 'done_late', 'done_after_due'],
    // Asked about a day before the completion: the work was still under way then.
    ['2025-12-30', report('done', '2026-01-05', '2025-12-31'), 'in_progress', 'done_after_as_of'],
    ['2025-12-31', report('done', '2026-01-05', '2025-12-31'), 'done_on_time', 'done_by_due'],
    ['2026-01-01', report('done', '2026-01-05', '2026-01-02'), 'overdue', 'due_passed_not_done'],
    ['2026-01-02', report('done', '2026-01-05', '2026-01-02'), 'done_late', 'done_after_due'],
  ] as const)('as of %s with %j: %s (%s)', (asOf, r, status, reason) => {
    const result = computeTaskStatus({ due: once, report: r, asOf });
    expect(result).toMatchObject({ status, reason, year: 2025, dueDate: '2025-12-31' });
  });

  it('counts the days either side', () => {
    expect(computeTaskStatus({ due: once, asOf: '2025-12-21' }).daysToDue).toBe(10);
    expect(computeTaskStatus({ due: once, asOf: '2026-01-01' }).daysToDue).toBe(-1);
    expect(
      computeTaskStatus({ due: once, asOf: '2026-03-01', report: report('done', '2026-02-01', '2026-01-30') }).daysLate,
    ).toBe(30);
  });

  it('explains itself in both languages with the dates that decided', () => {
    const late = computeTaskStatus({
      due: once,
      asOf: '2026-03-01',
      report: report('done', '2026-02-01', '2026-01-30'),
    });
    expect(late.explanation.vi).toBe('Hoàn thành ngày 30/01/2026, chậm 30 ngày so với hạn 31/12/2025.');
    expect(late.explanation.en).toBe('Done on 2026-01-30, 30 days after the due date 2025-12-31.');
    const overdue = computeTaskStatus({ due: once, asOf: '2026-01-01', report: report('in_progress', '2025-06-01') });
    expect(overdue.explanation.vi).toBe('Đã quá hạn 31/12/2025 1 ngày mà chưa hoàn thành (báo cáo đang thực hiện).');
    expect(overdue.explanation.en).toBe('1 day past the due date 2025-12-31 and not done (reported in progress).');
    expect(computeTaskStatus({ due: once, asOf: '2025-12-01' }).explanation.vi).toBe(
      'Chưa có báo cáo; còn 30 ngày đến hạn 31/12/2025.',
    );
  });

  it('refuses another year than the due year, and malformed dates', () => {
    expect(() => computeTaskStatus({ due: once, year: 2024, asOf: '2025-01-01' })).toThrow(RangeError);
    expect(() => computeTaskStatus({ due: once, asOf: '2025-02-30' })).toThrow(RangeError);
    expect(() => computeTaskStatus({ due: once, asOf: '31/12/2025' })).toThrow(RangeError);
    expect(() => computeTaskStatus({ due: once, asOf: '2026-01-01', report: report('done', 'yesterday') })).toThrow(
      RangeError,
    );
  });
});

describe('recurring work across years (every year by 10/12)', () => {
  it.each([
    // year, asOf, report, status, dueDate
    [2024, '2024-12-10', null, 'not_due', '2024-12-10'],
    [2024, '2024-12-11', null, 'overdue', '2024-12-10'],
    [2024, '2025-01-01', null, 'overdue', '2024-12-10'],
    [2025, '2025-01-01', null, 'not_due', '2025-12-10'],
    // The 2024 report done in January 2025 is late for 2024; it says nothing about 2025.
    [2024, '2025-02-01', report('done', '2025-01-15'), 'done_late', '2024-12-10'],
    [2024, '2025-02-01', report('done', '2024-12-09'), 'done_on_time', '2024-12-10'],
    [2025, '2025-02-01', null, 'not_due', '2025-12-10'],
    // The last and first days of a year.
    [2025, '2025-12-31', report('in_progress', '2025-05-01'), 'overdue', '2025-12-10'],
    [2026, '2026-01-01', report('in_progress', '2026-01-01'), 'in_progress', '2026-12-10'],
  ] as const)('%i as of %s with %j: %s, due %s', (year, asOf, r, status, dueDate) => {
    expect(computeTaskStatus({ due: yearly, year, report: r, asOf })).toMatchObject({ status, dueDate, year });
  });

  it('judges the asOf year by default and names the year it speaks of', () => {
    const result = computeTaskStatus({ due: yearly, asOf: '2026-12-11' });
    expect(result).toMatchObject({ year: 2026, status: 'overdue' });
    expect(result.explanation.vi.startsWith('Năm 2026: ')).toBe(true);
    expect(result.explanation.en.startsWith('For 2026: ')).toBe(true);
  });

  it('lists one year per plan year, and the asOf year inside the period', () => {
    const period = { startYear: 2021, endYear: 2025 };
    expect(taskYears(yearly, period)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(taskYears(once, period)).toEqual([2025]);
    expect(taskYears({ date: '2030-06-30' }, period)).toEqual([2030]);
    expect(taskYearAsOf(yearly, '2019-05-01', period)).toBe(2021);
    expect(taskYearAsOf(yearly, '2023-05-01', period)).toBe(2023);
    expect(taskYearAsOf(yearly, '2031-05-01', period)).toBe(2025);
    expect(taskYearAsOf(once, '2031-05-01', period)).toBe(2025);
  });
});

describe('due dates', () => {
  it('refuses a yearly deadline that some years lack', () => {
    expect(TaskDue.safeParse({ every: 'year', deadline: '02-29' }).success).toBe(false);
    expect(TaskDue.safeParse({ every: 'year', deadline: '04-31' }).success).toBe(false);
    expect(TaskDue.safeParse({ every: 'year', deadline: '02-28' }).success).toBe(true);
    expect(TaskDue.safeParse({ date: '2025-02-29' }).success).toBe(false);
    expect(TaskDue.safeParse({ date: '2024-02-29' }).success).toBe(true);
    expect(TaskDue.safeParse({ date: '2024-12-31', every: 'year' }).success).toBe(false);
  });

  it('counts days across leap years and year ends', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2025-01-01')).toBe(-365);
    expect(taskDueDate(yearly, 2030)).toBe('2030-12-10');
  });
});

// Properties over any dates 2000–2040 and any report.
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyReport = fc.option(
  fc.record({
    state: fc.constantFrom<TaskState>('not_started', 'in_progress', 'done'),
    reportedOn: isoDate,
    completedOn: fc.option(isoDate, { nil: undefined }),
  }),
  { nil: null },
);
const clean = (
  r: { state: TaskState; reportedOn: string; completedOn: string | undefined } | null,
): TaskStatusReport | null => r && report(r.state, r.reportedOn, r.state === 'done' ? r.completedOn : undefined);
const anyDue = fc.oneof(
  isoDate.map((date) => ({ date })),
  fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ m, d }) => ({
    every: 'year' as const,
    deadline: `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  })),
);

describe('properties', () => {
  const run = (due: TaskDue, r: TaskStatusReport | null, asOf: string): TaskStatusResult =>
    computeTaskStatus({ due, report: r, asOf });

  it('overdue exactly when the due date has passed and no completion by asOf', () => {
    fc.assert(
      fc.property(anyDue, anyReport, isoDate, (due, raw, asOf) => {
        const r = clean(raw);
        const result = run(due, r, asOf);
        const completed = result.completedOn !== undefined && result.completedOn <= asOf;
        expect(result.status === 'overdue').toBe(asOf > result.dueDate && !completed);
        expect(result.status.startsWith('done_')).toBe(completed);
        if (result.status === 'done_on_time') expect(result.completedOn! <= result.dueDate).toBe(true);
        if (result.status === 'done_late') expect(result.daysLate).toBeGreaterThan(0);
        if (result.status === 'not_due') expect(r).toBeNull();
        expect(result.daysToDue).toBe(daysBetween(asOf, result.dueDate));
      }),
      { numRuns: 2000 },
    );
  });

  it('every answer is a known status with a sentence in each language naming the due date', () => {
    fc.assert(
      fc.property(anyDue, anyReport, isoDate, (due, raw, asOf) => {
        const result = run(due, clean(raw), asOf);
        expect(TaskStatus.options).toContain(result.status);
        const [y, m, d] = result.dueDate.split('-');
        expect(result.explanation.vi).toContain(`${d}/${m}/${y}`);
        expect(result.explanation.en).toContain(result.dueDate);
        expect(taskStatusWords[result.status].vi.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('once settled, a status no longer changes with a later asOf', () => {
    fc.assert(
      fc.property(anyDue, anyReport, isoDate, isoDate, (due, raw, a, b) => {
        const r = clean(raw);
        // The same year for both: recurring work otherwise defaults to each asOf's own year.
        const first = run(due, r, a < b ? a : b);
        const later = computeTaskStatus({ due, year: first.year, report: r, asOf: a < b ? b : a });
        if (first.status.startsWith('done_') || first.status === 'overdue') {
          // overdue can only turn into done_late (a completion reported after it); done stays.
          if (first.status === 'overdue') expect(['overdue', 'done_late']).toContain(later.status);
          else expect(later.status).toBe(first.status);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a recurring task judged a year later is due exactly a year later', () => {
    fc.assert(
      fc.property(
        anyDue.filter((d) => 'every' in d),
        fc.integer({ min: 2000, max: 2039 }),
        isoDate,
        (due, year, asOf) => {
          const a = computeTaskStatus({ due, year, asOf });
          const b = computeTaskStatus({ due, year: year + 1, asOf });
          expect(b.dueDate).toBe(`${year + 1}${a.dueDate.slice(4)}`);
        },
      ),
    );
  });

  it('summaries count every status, zero included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TaskStatus.options)), (statuses) => {
        const summary = summariseTaskStatuses(statuses);
        expect(Object.keys(summary).sort()).toEqual([...TaskStatus.options].sort());
        expect(Object.values(summary).reduce((a, b) => a + b, 0)).toBe(statuses.length);
      }),
    );
  });
});
