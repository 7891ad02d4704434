import type { Actual } from '#shared/domain/actual.ts';
import type { Indicator } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';
import { buildConsolidatedReport, yearsOf } from '#shared/reports/consolidated/build.ts';
import { leadingUnits, yearReporting } from '#shared/reports/consolidated/expected-units.ts';
import type {
  ConsolidatedSources,
  ReportSpan,
  TaskSource,
  UnitReportSource,
} from '#shared/reports/consolidated/input.ts';

/** A small plan shaped like 68/KH-UBND, with every kind of thing the report prints, written out by hand. */

const at = '2024-03-08T00:00:00.000Z';

export const plan: Plan = {
  id: 'th-68',
  number: '68/KH-UBND',
  type: 'ke-hoach',
  title: 'Kế hoạch thực hiện chính sách xã hội giai đoạn 2024–2030',
  issuer: 'Ủy ban nhân dân tỉnh Thanh Hóa',
  area: 'Thanh Hóa',
  signedDate: '2024-03-08',
  period: { startYear: 2024, endYear: 2030 },
  implements: [],
  reporting: {
    deadline: '12-10',
    yearOffset: 0,
    to: 'Sở Lao động - Thương binh và Xã hội (tổng hợp, báo cáo UBND tỉnh)',
  },
  createdAt: at,
  updatedAt: at,
};

const indicator = (id: string, extra: Partial<Indicator>): Indicator => ({
  id,
  planId: plan.id,
  code: 'II.1',
  name: { vi: id, en: id },
  unit: '%',
  domain: 'health',
  accumulation: 'level',
  kind: 'numeric',
  target: { comparator: '>', value: 95, year: 2030 },
  source: { section: 'II', quote: id },
  createdAt: at,
  updatedAt: at,
  ...extra,
});

export const indicators: Indicator[] = [
  indicator('nha-o-xa-hoi', {
    code: 'II.10',
    name: { vi: 'Số căn nhà ở xã hội hoàn thành', en: 'Social housing' },
    unit: 'căn',
    accumulation: 'cumulative',
    departmentId: 'so-xay-dung',
    target: { comparator: '>=', value: 13787, year: 2030 },
  }),
  indicator('bhyt', {
    code: 'II.2',
    name: { vi: 'Tỷ lệ dân số tham gia bảo hiểm y tế', en: 'Health insurance' },
    departmentId: 'so-y-te',
    baseline: { year: 2023, value: 90 },
  }),
  indicator('sot-ret', {
    code: 'II.9',
    name: { vi: 'Loại trừ bệnh sốt rét', en: 'Malaria eliminated' },
    unit: 'có/không',
    kind: 'milestone',
    departmentId: 'so-y-te',
    target: { comparator: '=', value: true, year: 2030 },
  }),
];

export const actual = (
  indicatorId: string,
  year: number,
  value: number | boolean,
  extra: Partial<Actual> = {},
): Actual => ({
  indicatorId,
  year,
  value,
  status: 'final',
  reportedBy: 'test',
  reportedAt: `${year}-12-01T00:00:00.000Z`,
  version: 1,
  ...extra,
});

export const actuals: Actual[] = [
  actual('nha-o-xa-hoi', 2024, 1520),
  actual('nha-o-xa-hoi', 2025, 2100.5, { status: 'provisional' }),
  actual('bhyt', 2024, 91.2),
  actual('bhyt', 2025, 92.75, { illustrative: true }),
];

export const departments = [
  { id: 'so-y-te', name: 'Sở Y tế' },
  { id: 'so-xay-dung', name: 'Sở Xây dựng' },
  { id: 'so-lao-dong', name: 'Sở Lao động - Thương binh và Xã hội' },
];

export const tasks: TaskSource[] = [
  {
    task: {
      id: 'nv-2',
      code: '2',
      title: { vi: 'Ban hành Đề án phát triển nhà ở xã hội' },
      leadDepartmentId: 'so-xay-dung',
      due: { date: '2025-06-30' },
    },
    reports: [
      {
        year: 2025,
        state: 'done',
        completedOn: '2025-06-15',
        evidence: { document: 'Quyết định số 123/QĐ-UBND', date: '2025-06-15' },
        reportedAt: '2025-06-20T02:00:00.000Z',
      },
    ],
  },
  {
    task: {
      id: 'nv-10',
      code: '10',
      title: { vi: 'Tổng hợp, báo cáo kết quả thực hiện Kế hoạch' },
      leadDepartmentId: 'so-lao-dong',
      due: { every: 'year', deadline: '12-10' },
    },
    reports: [],
  },
];

const report = (
  departmentId: string,
  state: string,
  submittedAt: string | undefined,
  results: string,
): UnitReportSource => ({
  departmentId,
  year: 2025,
  state,
  ...(submittedAt ? { submittedAt } : {}),
  sections: { results, shortcomings: state === 'submitted' ? `Tồn tại của ${departmentId}` : undefined },
});

export const unitReports: UnitReportSource[] = [
  // 23:59 in Hà Nội on the due day: on time.
  report('so-y-te', 'submitted', '2025-12-10T16:59:00.000Z', 'Tỷ lệ tham gia BHYT đạt 92,75%.\nĐã cấp 1.200 thẻ.'),
  // 00:30 on 11 December in Hà Nội: late.
  report('so-xay-dung', 'submitted', '2025-12-10T17:30:00.000Z', 'Hoàn thành 2.100 căn nhà ở xã hội.'),
  report('so-lao-dong', 'draft', undefined, 'Bản nháp chưa gửi'),
];

export const sources = (extra: Partial<ConsolidatedSources> = {}): ConsolidatedSources => ({
  plan,
  indicators,
  actuals,
  departments,
  tasks,
  unitReports,
  ...extra,
});

/** The report as the API builds it: each year's completeness judged from the unit reports, as the store reader does. */
export const reportOf = (span: ReportSpan, asOf: string, base: ConsolidatedSources = sources()) => {
  const units = leadingUnits(base.indicators, base.tasks);
  const reporting = yearsOf(span).map((year) =>
    yearReporting(base.plan.reporting, year, units, base.unitReports ?? [], asOf)!,
  );
  return buildConsolidatedReport({ ...base, reporting }, { span, asOf });
};
