import type { ReportKind, SectionKey, Timeliness } from './input.ts';

/** The words of the consolidated report, as a provincial report writes them. */

export const sectionTitles: Record<SectionKey, string> = {
  results: 'I. KẾT QUẢ THỰC HIỆN',
  shortcomings: 'II. TỒN TẠI, HẠN CHẾ',
  causes: 'III. NGUYÊN NHÂN',
  directions: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
  recommendations: 'V. KIẾN NGHỊ, ĐỀ XUẤT',
};

export const timelinessWords: Record<Timeliness, string> = {
  on_time: 'Đúng hạn',
  late: 'Chậm',
  missing: 'Chưa báo cáo',
  not_due: 'Chưa đến hạn',
};

export const nationalName = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const nationalMotto = 'Độc lập - Tự do - Hạnh phúc';

export const noUnitText = 'Chưa có đơn vị gửi nội dung này.';
export const provisionalNote = 'Số liệu ghi "(ước)" là số ước thực hiện, chưa phải số chính thức.';
export const taskHeader = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng', 'Kết quả, sản phẩm'];
export const provisionalMark = ' (ước)';

/** dd/mm/yyyy, as Vietnamese documents date things. */
export const viDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** What the review is called in its title: the year's report, a mid-term review (sơ kết), the final one (tổng kết). */
export const kindWords: Record<ReportKind, string> = {
  year: 'Kết quả thực hiện',
  midterm: 'Sơ kết',
  final: 'Tổng kết',
};

const skipped = new Set(['và', '-', '–']);

/**
 * The issuing body's letters after "BC-" in a document number: the initials of its name, as
 * "Sở Lao động - Thương binh và Xã hội" signs "SLĐTBXH" and "Sở Giáo dục và Đào tạo" "SGDĐT".
 */
export const initials = (name: string): string =>
  name
    .normalize('NFC')
    .split(/\s+/)
    .filter((word) => word && !skipped.has(word.toLocaleLowerCase('vi')))
    .map((word) => word[0]!.toLocaleUpperCase('vi'))
    .join('');
