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

/** A one-off task shaped like 115/KH-UBND 2.4: a scheme due at the end of 2025. */
export const task = (id = 'th115-nv-2.4', extra: Record<string, unknown> = {}) => ({
  id,
  code: '2.4',
  section: '2. Xây dựng cộng đồng gắn kết mang lại lợi ích cho người dân',
  title: { vi: 'Xây dựng và triển khai Đề án sắp xếp các trường trung học phổ thông đến năm 2025' },
  leadDepartmentId: 'so-y-te',
  due: { date: '2025-12-31' },
  output: 'Đề án',
  source: {
    section: '2.4',
    quote:
      'Sở Giáo dục và Đào tạo xây dựng và triển khai thực hiện Đề án sắp xếp các Trường trung học phổ thông hiện có tỉnh Thanh Hóa đến năm 2025',
  },
  ...extra,
});

/** Yearly work ("hằng năm"), reported by 10 December of each year of the plan. */
export const recurringTask = (id = 'th115-nv-1.2', extra: Record<string, unknown> = {}) =>
  task(id, { code: '1.2', due: { every: 'year', deadline: '12-10' }, output: 'Báo cáo', ...extra });
