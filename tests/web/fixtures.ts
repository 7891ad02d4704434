/** Small API answers shaped like the real ones (GET /plans/{id}/progress?detail=full, /flags). */
import type { Flag, ProgressEntry } from '../../web/src/types.ts';

export const entry = (
  overrides: Partial<ProgressEntry> & Pick<ProgressEntry, 'indicatorId' | 'code'>,
): ProgressEntry => ({
  planId: 'thanh-hoa-68-kh-ubnd-2024',
  name: { vi: `Chỉ tiêu ${overrides.code}`, en: `Target ${overrides.code}` },
  unit: '%',
  domain: 'health',
  departmentId: 'so-y-te-thanh-hoa',
  kind: 'numeric',
  accumulation: 'level',
  target: { comparator: '>', value: 95, year: 2030 },
  method: 'linear-trajectory',
  status: 'no_data',
  latest: null,
  start: null,
  expected: null,
  ratio: null,
  actuals: [],
  explanation: { vi: 'Chưa có số liệu.', en: 'No data.' },
  ...overrides,
});

export const bhyt = entry({
  indicatorId: 'th68-tham-gia-bhyt',
  code: 'II.2.1.b.14',
  domain: 'health-insurance',
  status: 'on_track',
  latest: { year: 2025, value: 92.3 },
  start: { year: 2021, value: 89 },
  expected: 91.67,
  ratio: 1.237,
  actuals: [
    { year: 2021, value: 89, illustrative: true },
    { year: 2022, value: 90.1, illustrative: true },
    { year: 2025, value: 92.3, illustrative: true },
  ],
  trajectory: [
    { year: 2021, expected: 89 },
    { year: 2030, expected: 95 },
  ],
  illustrative: true,
});

export const housing = entry({
  indicatorId: 'th68-nha-o-xa-hoi',
  code: 'II.2.1.c.1',
  unit: 'căn hộ',
  domain: 'housing',
  departmentId: 'so-xay-dung-thanh-hoa',
  accumulation: 'cumulative',
  target: { comparator: '>=', value: 13787, year: 2030 },
  status: 'at_risk',
  latest: { year: 2025, value: 1250 },
  total: 2100,
  actuals: [
    { year: 2024, value: 850, illustrative: true },
    { year: 2025, value: 1250, illustrative: true },
  ],
  trajectory: [
    { year: 2024, expected: 1969.57 },
    { year: 2025, expected: 3939.14 },
  ],
  illustrative: true,
});

export const malaria = entry({
  indicatorId: 'th68-loai-tru-sot-ret',
  code: 'II.2.1.b.22',
  unit: 'có/không',
  kind: 'milestone',
  target: { comparator: '=', value: true, year: 2030 },
  status: 'pending',
  latest: { year: 2025, value: false },
  actuals: [{ year: 2025, value: false }],
});

export const doctors = entry({ indicatorId: 'th68-bac-si', code: 'II.2.1.b.11', status: 'at_risk' });
export const beds = entry({ indicatorId: 'th68-giuong-benh', code: 'II.2.1.b.10', status: 'at_risk' });
export const unemployment = entry({
  indicatorId: 'th68-that-nghiep',
  code: 'II.2.1.a.2',
  domain: 'employment',
  departmentId: 'so-lao-dong-tbxh-thanh-hoa',
  status: 'achieved',
});

export const flag = (overrides: Partial<Flag> & Pick<Flag, 'id' | 'openedAt'>): Flag => ({
  type: 'lagging',
  indicatorId: 'th68-bac-si',
  planId: 'thanh-hoa-68-kh-ubnd-2024',
  departmentId: 'so-y-te-thanh-hoa',
  year: 2025,
  status: 'open',
  ...overrides,
});
