/**
 * The small language Vietnamese plans write their targets in: comparator words, units, and the
 * words that make a figure a yearly change, a level to keep, or not a target at all. Data only;
 * the reading is in read-clause.ts. Every phrase is lower case NFC, matched case-insensitively.
 */
import type { DraftComparator } from './schema.ts';

export interface ComparatorWord {
  phrase: string;
  comparator: Exclude<DraftComparator, 'between'>;
  /** đạt / là say "reaches", which plans mean as "at least"; any stronger word beside them wins. */
  weak?: true;
  /** Words after which the phrase is no comparator: "trên địa bàn" is a place. */
  notBefore?: string;
}

export const comparatorWords: readonly ComparatorWord[] = [
  { phrase: 'không thấp hơn', comparator: '>=' },
  { phrase: 'không dưới', comparator: '>=' },
  { phrase: 'không ít hơn', comparator: '>=' },
  { phrase: 'ít nhất', comparator: '>=' },
  { phrase: 'tối thiểu', comparator: '>=' },
  { phrase: 'không vượt quá', comparator: '<=' },
  { phrase: 'không quá', comparator: '<=' },
  { phrase: 'tối đa', comparator: '<=' },
  { phrase: 'xuống còn', comparator: '<=' },
  { phrase: 'giảm còn', comparator: '<=' },
  { phrase: 'còn', comparator: '<=' },
  { phrase: 'xuống', comparator: '<=' },
  { phrase: 'trên dưới', comparator: '~' },
  { phrase: 'khoảng', comparator: '~' },
  { phrase: 'xấp xỉ', comparator: '~' },
  { phrase: 'chừng', comparator: '~' },
  { phrase: 'cao hơn', comparator: '>' },
  { phrase: 'lớn hơn', comparator: '>' },
  { phrase: 'nhiều hơn', comparator: '>' },
  { phrase: 'vượt', comparator: '>' },
  { phrase: 'trên', comparator: '>', notBefore: 'địa bàn|cơ sở|phạm vi|toàn|mạng|nền tảng|thế giới|lĩnh vực' },
  { phrase: 'hơn', comparator: '>' },
  { phrase: 'thấp hơn', comparator: '<' },
  { phrase: 'nhỏ hơn', comparator: '<' },
  { phrase: 'ít hơn', comparator: '<' },
  { phrase: 'dưới', comparator: '<' },
  { phrase: 'đạt mức', comparator: '>=', weak: true },
  { phrase: 'ở mức', comparator: '>=', weak: true },
  { phrase: 'đạt', comparator: '>=', weak: true },
  { phrase: 'là', comparator: '>=', weak: true },
  { phrase: 'bằng', comparator: '>=', weak: true },
  { phrase: 'lên', comparator: '>=', weak: true },
];

/** Written after the figure: "từ 60% trở lên", "5% trở xuống". */
export const trailingComparators: readonly { phrase: string; comparator: '>=' | '<=' }[] = [
  { phrase: 'trở lên', comparator: '>=' },
  { phrase: 'trở xuống', comparator: '<=' },
];

/**
 * Units written after a figure, longest first so that "tháng tuổi" wins over "tháng". Count nouns
 * are units too: "13.787 căn hộ", "15 bác sĩ".
 */
const currencies = [
  'nghìn tỷ đồng',
  'tỷ đồng',
  'triệu đồng',
  'nghìn đồng',
  'đồng',
  'triệu usd',
  'tỷ usd',
  'usd',
  'đô la mỹ',
] as const;

export const units: readonly string[] = [
  ...currencies,
  'tháng tuổi',
  'tuổi',
  'lần',
  'năm',
  'tháng',
  'giờ',
  'lượt người',
  'lượt',
  'người dân',
  'người',
  'lao động',
  'căn hộ',
  'căn nhà',
  'căn',
  'ngôi nhà',
  'hộ gia đình',
  'hộ',
  'doanh nghiệp',
  'hợp tác xã',
  'xã',
  'phường',
  'huyện',
  'thôn',
  'làng',
  'trường học',
  'trường',
  'phòng học',
  'cơ sở',
  'giường bệnh',
  'giường',
  'bác sĩ',
  'dược sĩ',
  'điều dưỡng viên',
  'điều dưỡng',
  'nữ hộ sinh',
  'nhân viên y tế',
  'bé trai',
  'con',
  'thuê bao',
  'học sinh',
  'sinh viên',
  'trẻ em',
  'sản phẩm',
  'dự án',
  'công trình',
  'di tích',
  'điểm',
  'km²',
  'km2',
  'km',
  'm²',
  'm2',
  'ha',
  'tấn',
  'kg',
  'kwh',
  'mw',
];

/** Units that name an age: a figure in them is a qualifier of who is counted ("trẻ em dưới 5 tuổi"). */
export const ageUnits: ReadonlySet<string> = new Set(['tuổi', 'tháng tuổi']);

/** …unless the subject is an age itself. */
export const ageSubjects = /tuổi thọ|tuổi bình quân|độ tuổi trung bình/iu;

/** Units of time that read as a target only with a comparator word ("đạt tối thiểu 68 năm"). */
export const durationUnits: ReadonlySet<string> = new Set(['năm', 'tháng', 'giờ']);

export const currencyUnits: ReadonlySet<string> = new Set(currencies);

/** A clause about money to spend is a budget, not a target (its figures are not drafted). */
export const budgetWords = /kinh phí|ngân sách|dự toán|nguồn vốn|tổng mức đầu tư|vốn đầu tư|bố trí vốn/iu;

/** "trên 100 dân", "/10.000 dân", "trên 1 vạn dân": the base a count is per, not a figure. */
export const perBase =
  /(?:trên|\/)\s*(1\s+vạn|một\s+vạn|\d{1,3}(?:\.\d{3})+|\d+)\s*(người dân|dân số|dân|người|bé gái|trẻ đẻ sống)(?![\p{L}])/giu;

/** Words before a figure that make it not a figure of the plan: a date, an article, a level name. */
export const notAFigureBefore =
  /(?:ngày|tháng|điều|khoản|điểm|mục|chương|phần|quý|lần thứ|số|khóa|khoá|nhiệm kỳ|mức độ|cấp độ|giai đoạn|năm|phiên bản|kỳ)\s*$/iu;

/** "duy trì", "giữ vững", "hằng năm": the level must hold every year. */
export const maintainWords = /duy trì|giữ vững|hằng năm|hàng năm|mỗi năm/iu;

/** A yearly change: "giảm 4-5%/năm", "tăng bình quân 8%/năm". */
export const perYearAfter = /^\s*(?:\/\s*năm|mỗi năm|mỗi năm|một năm|hằng năm|hàng năm)/iu;
export const decreaseWords = /giảm/giu;
export const increaseWords = /tăng/giu;

/** Verbs that open a clause before what is measured ("Bảo đảm 100% …", "Xây dựng được ít nhất …"). */
export const leadingVerbs =
  /^(?:(?:phấn đấu|bảo đảm vững chắc|bảo đảm|đảm bảo|có|xây dựng được|hoàn thành|duy trì|giữ vững|nâng|trong đó|và)(?:\s+|$))+/iu;
