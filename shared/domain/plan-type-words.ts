import type { Plan } from './plan.ts';

/** A plan's type as its own text names it: "Kế hoạch số 68/KH-UBND", "Quyết định số 1436/QĐ-UBND". */
export const planTypeWords: Record<Plan['type'], string> = {
  'ke-hoach': 'Kế hoạch',
  'quyet-dinh': 'Quyết định',
  'nghi-quyet': 'Nghị quyết',
  'chuong-trinh': 'Chương trình',
  'de-an': 'Đề án',
  'chi-thi': 'Chỉ thị',
};
