import { describe, expect, it } from 'vitest';
import { ofTotal, reportYears, unitsByUrgency } from '../../web/src/reporting.ts';
import { buildHash, parseHash } from '../../web/src/route.ts';
import type { ReportingStatus } from '../../web/src/types.ts';

describe('the reporting page', () => {
  it('shows the years of the period up to the current one, newest first', () => {
    expect(reportYears({ startYear: 2024, endYear: 2030 }, '2026-12-03')).toEqual([2026, 2025, 2024]);
    expect(reportYears({ startYear: 2024, endYear: 2030 }, '2023-05-01')).toEqual([2024]);
    expect(reportYears({ startYear: 2017, endYear: 2020 }, '2026-12-03')).toEqual([2020, 2019, 2018, 2017]);
  });

  it('lists overdue units first, then late, not yet due, on time', () => {
    const unit = (departmentId: string, timeliness: ReportingStatus['units'][number]['timeliness']) => ({
      departmentId,
      timeliness,
      state: 'none' as const,
      submittedAt: null,
      values: { reported: 1, expected: 3 },
      tasks: { reported: 0, expected: 0 },
      missing: { indicatorIds: [], taskIds: [] },
    });
    const units = [
      unit('a', 'on_time'),
      unit('b', 'missing'),
      unit('c', 'not_due'),
      unit('d', 'late'),
      unit('e', 'missing'),
    ];
    expect(unitsByUrgency(units).map((u) => u.departmentId)).toEqual(['b', 'e', 'd', 'c', 'a']);
    expect(ofTotal(units[0]!.values)).toBe('1/3');
  });

  it('has a route of its own, #/plans/{planId}/reports', () => {
    const route = { view: 'reporting' as const, planId: 'thanh-hoa-68-kh-ubnd-2024' };
    expect(buildHash(route, 'vi')).toBe('#/plans/thanh-hoa-68-kh-ubnd-2024/reports?lang=vi');
    expect(parseHash('#/plans/thanh-hoa-68-kh-ubnd-2024/reports?lang=en')).toEqual({ route, lang: 'en' });
  });
});
