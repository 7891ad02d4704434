import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  reportCompleteness,
  submittedOn,
  timelinessOf,
  type CompletenessInput,
} from '#shared/reporting/completeness.ts';
import { reportingUnits } from '#shared/reporting/units.ts';

const rule = { deadline: '12-10', yearOffset: 0 } as const;

describe('timelinessOf: the due day itself is still on time', () => {
  // [due, submitted on, as of, expected]
  const cases: [string | null, string | undefined, string, string][] = [
    ['2025-12-10', '2025-12-09', '2026-01-01', 'on_time'],
    ['2025-12-10', '2025-12-10', '2026-01-01', 'on_time'],
    ['2025-12-10', '2025-12-11', '2026-01-01', 'late'],
    ['2025-12-10', undefined, '2025-12-10', 'not_due'],
    ['2025-12-10', undefined, '2025-12-11', 'missing'],
    ['2025-12-10', undefined, '2025-01-01', 'not_due'],
    // Submitted after asOf: as of then it had not arrived.
    ['2025-12-10', '2025-12-12', '2025-12-11', 'missing'],
    ['2025-12-10', '2025-12-09', '2025-12-08', 'not_due'],
    // yearOffset 1: the 2025 report is due on 2026-03-31.
    ['2026-03-31', '2026-03-31', '2026-04-01', 'on_time'],
    ['2026-03-31', undefined, '2026-03-31', 'not_due'],
    ['2026-03-31', undefined, '2026-04-01', 'missing'],
    // No reporting rule: nothing is ever late or missing.
    [null, undefined, '2099-01-01', 'not_due'],
    [null, '2025-01-01', '2099-01-01', 'on_time'],
  ];
  it.each(cases)('due %s, submitted %s, as of %s → %s', (due, submitted, asOf, expected) => {
    expect(timelinessOf(due, submitted, asOf)).toBe(expected);
  });

  it('a submission at 23:30 UTC arrived the next day in Hà Nội', () => {
    expect(submittedOn('2025-12-10T16:59:59.000Z')).toBe('2025-12-10');
    expect(submittedOn('2025-12-10T17:00:00.000Z')).toBe('2025-12-11');
  });
});

const base = (extra: Partial<CompletenessInput> = {}): CompletenessInput => ({
  rule,
  year: 2025,
  asOf: '2025-12-20',
  units: ['a', 'b', 'c', 'd'],
  indicators: [
    { id: 'a1', departmentId: 'a' },
    { id: 'a2', departmentId: 'a' },
    { id: 'b1', departmentId: 'b' },
    { id: 'x1' },
  ],
  actuals: [
    { indicatorId: 'a1', year: 2025 },
    { indicatorId: 'a2', year: 2024 },
    { indicatorId: 'b1', year: 2025 },
  ],
  tasks: [
    { id: 't1', leadDepartmentId: 'a', due: { every: 'year', deadline: '12-10' } },
    { id: 't2', leadDepartmentId: 'c', due: { date: '2025-06-30' } },
    { id: 't3', leadDepartmentId: 'c', due: { date: '2026-06-30' } },
  ],
  taskReports: [{ taskId: 't2', year: 2025 }],
  reports: [
    { departmentId: 'a', state: 'accepted', submittedAt: '2025-12-01T02:00:00.000Z' },
    { departmentId: 'b', state: 'submitted', submittedAt: '2025-12-15T02:00:00.000Z' },
    { departmentId: 'c', state: 'draft' },
  ],
  ...extra,
});

describe('reportCompleteness: the reporting rate of a plan with on-time, late, missing and not-yet-due units', () => {
  it('hand-worked: a on time, b late, c and d missing; values and tasks counted against what each leads', () => {
    const result = reportCompleteness(base());
    expect(result.due).toBe('2025-12-10');
    expect(result.units.map((u) => [u.departmentId, u.state, u.timeliness])).toEqual([
      ['a', 'accepted', 'on_time'],
      ['b', 'submitted', 'late'],
      ['c', 'draft', 'missing'],
      ['d', 'none', 'missing'],
    ]);
    const [a, , c] = result.units;
    expect(a!.values).toEqual({ reported: 1, expected: 2 });
    expect(a!.missing).toEqual({ indicatorIds: ['a2'], taskIds: ['t1'] });
    expect(a!.tasks).toEqual({ reported: 0, expected: 1 });
    expect(c!.tasks, "c's 2026 task is not due under 2025").toEqual({ reported: 1, expected: 1 });
    expect(result.summary).toEqual({
      expected: 4,
      onTime: 1,
      late: 1,
      missing: 2,
      notDue: 0,
      reportingRate: 0.5,
      timelyRate: 0.25,
    });
  });

  it('before the due date the units without a report are not due; with yearOffset 1 the due date moves a year on', () => {
    const early = reportCompleteness(base({ asOf: '2025-12-10' }));
    expect(early.units.map((u) => u.timeliness)).toEqual(['on_time', 'not_due', 'not_due', 'not_due']);
    expect(early.summary).toMatchObject({ onTime: 1, notDue: 3, reportingRate: 0.25, timelyRate: 0.25 });
    const offset = reportCompleteness(base({ rule: { deadline: '03-31', yearOffset: 1 }, asOf: '2026-03-31' }));
    expect(offset.due).toBe('2026-03-31');
    expect(offset.units.map((u) => u.timeliness)).toEqual(['on_time', 'on_time', 'not_due', 'not_due']);
  });

  it('no unit expected: rates are null, not a division by zero', () => {
    expect(reportCompleteness(base({ units: [] })).summary).toEqual({
      expected: 0,
      onTime: 0,
      late: 0,
      missing: 0,
      notDue: 0,
      reportingRate: null,
      timelyRate: null,
    });
  });

  it('reportingUnits: the plan list when given, else the leads of indicators and tasks, sorted, once each', () => {
    const indicators = [{ departmentId: 'b' }, { departmentId: 'a' }, {}, { departmentId: 'b' }];
    expect(reportingUnits({}, indicators, [{ leadDepartmentId: 'c' }, { leadDepartmentId: 'a' }])).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(reportingUnits({ reporting: { ...rule, units: ['z'] } }, indicators)).toEqual(['z']);
  });
});

describe('reportCompleteness: properties', () => {
  const day = fc
    .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const input = fc
    .record({
      units: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 }),
      asOf: day,
      yearOffset: fc.integer({ min: 0, max: 2 }),
      reports: fc.array(
        fc.record({
          departmentId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
          state: fc.constantFrom('draft', 'submitted', 'accepted', 'returned' as const),
          submittedAt: fc.option(
            day.map((d) => `${d}T03:00:00.000Z`),
            { nil: undefined },
          ),
        }),
        { maxLength: 8 },
      ),
      actuals: fc.array(fc.record({ indicatorId: fc.constantFrom('a1', 'b1', 'c1'), year: fc.constant(2025) })),
    })
    .map((r): CompletenessInput => ({
      rule: { deadline: '12-10', yearOffset: r.yearOffset },
      year: 2025,
      asOf: r.asOf,
      units: r.units,
      indicators: [
        { id: 'a1', departmentId: 'a' },
        { id: 'b1', departmentId: 'b' },
        { id: 'c1', departmentId: 'c' },
      ],
      actuals: r.actuals,
      tasks: [],
      taskReports: [],
      reports: r.reports,
    }));

  it('the counts add up to the units expected, the rates lie in [0, 1] with timely ≤ reporting, one entry per unit', () => {
    fc.assert(
      fc.property(input, (i) => {
        const { units, summary } = reportCompleteness(i);
        expect(units.map((u) => u.departmentId)).toEqual(i.units);
        expect(summary.onTime + summary.late + summary.missing + summary.notDue).toBe(summary.expected);
        if (summary.expected === 0) expect(summary.reportingRate).toBeNull();
        else {
          expect(summary.reportingRate).toBeGreaterThanOrEqual(0);
          expect(summary.reportingRate).toBeLessThanOrEqual(1);
          expect(summary.timelyRate!).toBeLessThanOrEqual(summary.reportingRate!);
        }
        for (const unit of units) expect(unit.values.reported).toBeLessThanOrEqual(unit.values.expected);
      }),
    );
  });

  it('time only moves a unit forward: not_due → on_time/missing, missing → late, never back', () => {
    const order = { not_due: 0, on_time: 1, missing: 1, late: 2 } as const;
    fc.assert(
      fc.property(input, day, (i, later) => {
        fc.pre(later >= i.asOf);
        const before = reportCompleteness(i).units;
        const after = reportCompleteness({ ...i, asOf: later }).units;
        before.forEach((unit, k) => {
          const next = after[k]!.timeliness;
          expect(order[next]).toBeGreaterThanOrEqual(order[unit.timeliness]);
          if (unit.timeliness === 'on_time') expect(next).toBe('on_time');
          if (unit.timeliness === 'late') expect(next).toBe('late');
        });
      }),
    );
  });
});
