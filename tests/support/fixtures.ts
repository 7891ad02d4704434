/** Request bodies shaped like the real seeds (Thanh Hóa 68/KH-UBND), small enough to read in a test. */
export const department = (id = 'so-y-te', extra: Record<string, unknown> = {}) => ({
  id,
  name: 'Sở Y tế',
  nameEn: 'Department of Health',
  area: 'Thanh Hóa',
  ...extra,
});

export const plan = (id = 'th-68-kh-ubnd-2024', extra: Record<string, unknown> = {}) => ({
  id,
  number: '68/KH-UBND',
  type: 'ke-hoach',
  title: 'Kế hoạch thực hiện chính sách xã hội giai đoạn 2024–2030',
  issuer: 'UBND tỉnh Thanh Hóa',
  area: 'Thanh Hóa',
  signedDate: '2024-03-08',
  period: { startYear: 2024, endYear: 2030 },
  implements: ['Nghị quyết số 42-NQ/TW'],
  reporting: { deadline: '12-10', yearOffset: 0, to: 'Sở Lao động - Thương binh và Xã hội' },
  ...extra,
});

export const indicator = (id = 'th68-bhyt', extra: Record<string, unknown> = {}) => ({
  id,
  code: 'II.2.3',
  name: { vi: 'Tỷ lệ dân số tham gia bảo hiểm y tế', en: 'Health insurance coverage' },
  unit: '%',
  domain: 'health',
  departmentId: 'so-y-te',
  target: { comparator: '>', value: 95, year: 2030 },
  source: { section: 'II.2', quote: 'tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 95%' },
  ...extra,
});

export const milestone = (id = 'th68-milestone', extra: Record<string, unknown> = {}) => ({
  id,
  code: 'II.2.9',
  name: { vi: 'Loại trừ bệnh sốt rét', en: 'Malaria eliminated' },
  unit: 'có/không',
  domain: 'health',
  departmentId: 'so-y-te',
  kind: 'milestone',
  target: { comparator: '=', value: true, year: 2030 },
  source: { section: 'II.2', quote: 'loại trừ bệnh sốt rét' },
  ...extra,
});
