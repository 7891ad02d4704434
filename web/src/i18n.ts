/**
 * Every word the dashboard prints, in Vietnamese (the reference) and English. Status words are the
 * product's own (shared/progress/words.ts), so the page and the API's explanations agree.
 */
import { statusWords } from '../../shared/progress/words.ts';
import type { FlagType, Lang, ProgressMethod, ProgressStatus } from './types.ts';

const vi = {
  appName: 'Theo dõi chỉ tiêu',
  appTagline: 'Tiến độ thực hiện các chỉ tiêu của kế hoạch tỉnh',
  skipToContent: 'Chuyển đến nội dung chính',
  navPlans: 'Kế hoạch',
  navFlags: 'Cảnh báo',
  langToggle: 'English',
  langToggleLabel: 'Switch to English',
  loading: 'Đang tải…',
  errorTitle: 'Không tải được dữ liệu',
  retry: 'Thử lại',
  notFound: 'Không tìm thấy trang này.',
  backToPlans: 'Về danh sách kế hoạch',
  plansTitle: 'Các kế hoạch',
  plansIntro:
    'Mỗi kế hoạch với số chỉ tiêu theo trạng thái, đánh giá theo phương pháp lộ trình tuyến tính tại ngày hôm nay.',
  period: 'Giai đoạn',
  signed: 'Ngày ký',
  issuer: 'Cơ quan ban hành',
  area: 'Địa bàn',
  indicatorsCount: (n: number) => `${n} chỉ tiêu`,
  noTargets: 'Văn bản không có chỉ tiêu định lượng: chỉ theo dõi nhiệm vụ và chế độ báo cáo.',
  statusSummary: 'Số chỉ tiêu theo trạng thái',
  reportingRule: 'Chế độ báo cáo',
  reportingDue: (deadline: string, offset: number, to?: string) =>
    `Số liệu năm Y báo cáo trước ngày ${deadline} ${offset === 0 ? 'của năm Y' : `của năm Y + ${offset}`}${to ? `, gửi ${to}` : ''}.`,
  noReportingRule: 'Văn bản không quy định thời hạn báo cáo định kỳ.',
  openFlags: 'Cảnh báo đang mở',
  noOpenFlags: 'Không có cảnh báo đang mở.',
  allPlanFlags: (n: number) => `Xem cả ${n} cảnh báo của kế hoạch này`,
  filters: 'Lọc chỉ tiêu',
  department: 'Sở, ngành',
  status: 'Trạng thái',
  all: 'Tất cả',
  shown: (n: number, total: number) => `Hiển thị ${n}/${total} chỉ tiêu`,
  noMatch: 'Không có chỉ tiêu nào khớp bộ lọc.',
  latest: 'Mới nhất',
  target: 'Chỉ tiêu',
  total: 'Lũy kế',
  noData: 'Chưa có số liệu',
  trend: (name: string) => `Xu hướng: ${name}`,
  illustrative: 'Minh họa',
  illustrativeNote:
    'Các giá trị đánh dấu "Minh họa" là số liệu giả định để trình diễn, không phải số liệu thống kê chính thức.',
  provisional: 'sơ bộ',
  indicatorCode: 'Mã',
  chartTitle: 'Thực hiện so với lộ trình và chỉ tiêu',
  chartActual: 'Thực hiện',
  chartActualTotal: 'Thực hiện (lũy kế)',
  chartExpected: 'Lộ trình dự kiến',
  chartTarget: 'Chỉ tiêu',
  dataTable: 'Số liệu theo năm',
  year: 'Năm',
  value: 'Giá trị',
  expected: 'Dự kiến',
  note: 'Ghi chú',
  method: 'Phương pháp đánh giá',
  chooseMethod: 'Chọn phương pháp',
  methodExplanation: 'Giải thích',
  ratio: 'Tỷ lệ tiến độ',
  history: 'Lịch sử chỉnh sửa',
  noHistory: 'Chưa có lần báo cáo nào.',
  version: 'Phiên bản',
  reportedBy: 'Người báo cáo',
  reportedAt: 'Thời điểm',
  source: 'Căn cứ (trích nguyên văn)',
  section: 'Mục',
  milestoneReports: 'Các lần báo cáo mốc',
  flagsTitle: 'Cảnh báo đang mở theo sở, ngành',
  flagsIntro: 'Chỉ tiêu chậm tiến độ, báo cáo năm và nhiệm vụ quá hạn, mới nhất trước.',
  flagOpened: 'Mở ngày',
  flagsShown: (n: number) => `${n} cảnh báo đang mở`,
  due: 'Hạn báo cáo',
  noDepartment: 'Chưa giao sở, ngành',
  plan: 'Kế hoạch',
  asOfToday: 'Đánh giá tại ngày hôm nay',
  maintain: 'duy trì hằng năm',
  cumulative: 'cộng dồn cả giai đoạn',
};

type Messages = typeof vi;

const en: Messages = {
  appName: 'Target tracker',
  appTagline: 'Progress on the targets of provincial plans',
  skipToContent: 'Skip to main content',
  navPlans: 'Plans',
  navFlags: 'Flags',
  langToggle: 'Tiếng Việt',
  langToggleLabel: 'Chuyển sang tiếng Việt',
  loading: 'Loading…',
  errorTitle: 'Could not load the data',
  retry: 'Try again',
  notFound: 'This page does not exist.',
  backToPlans: 'Back to the plans',
  plansTitle: 'Plans',
  plansIntro: 'Every plan with its targets counted by status, graded by the linear-trajectory method as of today.',
  period: 'Period',
  signed: 'Signed',
  issuer: 'Issued by',
  area: 'Area',
  indicatorsCount: (n: number) => `${n} ${n === 1 ? 'target' : 'targets'}`,
  noTargets: 'The document sets no numeric target: only its tasks and reporting rule are tracked.',
  statusSummary: 'Targets by status',
  reportingRule: 'Reporting rule',
  reportingDue: (deadline: string, offset: number, to?: string) =>
    `The figures for year Y are due by ${deadline} ${offset === 0 ? 'of year Y' : `of year Y + ${offset}`}${to ? `, to ${to}` : ''}.`,
  noReportingRule: 'The document sets no dated yearly report.',
  openFlags: 'Open flags',
  noOpenFlags: 'No open flags.',
  allPlanFlags: (n: number) => `See all ${n} open flags of this plan`,
  filters: 'Filter targets',
  department: 'Department',
  status: 'Status',
  all: 'All',
  shown: (n: number, total: number) => `Showing ${n} of ${total} targets`,
  noMatch: 'No target matches these filters.',
  latest: 'Latest',
  target: 'Target',
  total: 'Total',
  noData: 'No data yet',
  trend: (name: string) => `Trend: ${name}`,
  illustrative: 'Illustrative',
  illustrativeNote: 'Values marked "Illustrative" are invented for demonstration; they are not official statistics.',
  provisional: 'provisional',
  indicatorCode: 'Code',
  chartTitle: 'Actuals against the trajectory and the target',
  chartActual: 'Actual',
  chartActualTotal: 'Actual (running total)',
  chartExpected: 'Expected trajectory',
  chartTarget: 'Target',
  dataTable: 'Figures by year',
  year: 'Year',
  value: 'Value',
  expected: 'Expected',
  note: 'Note',
  method: 'Method',
  chooseMethod: 'Choose a method',
  methodExplanation: 'Explanation',
  ratio: 'Progress ratio',
  history: 'Revision history',
  noHistory: 'Nothing reported yet.',
  version: 'Version',
  reportedBy: 'Reported by',
  reportedAt: 'At',
  source: 'Source (verbatim)',
  section: 'Section',
  milestoneReports: 'Milestone reports',
  flagsTitle: 'Open flags by department',
  flagsIntro: 'Lagging targets, overdue yearly reports and overdue tasks, newest first.',
  flagOpened: 'Opened',
  flagsShown: (n: number) => `${n} open ${n === 1 ? 'flag' : 'flags'}`,
  due: 'Due',
  noDepartment: 'No department assigned',
  plan: 'Plan',
  asOfToday: 'Graded as of today',
  maintain: 'to hold every year',
  cumulative: 'cumulative over the period',
};

const messages: Record<Lang, Messages> = { vi, en };

export const t = (lang: Lang): Messages => messages[lang];

export const statusWord = (status: ProgressStatus, lang: Lang): string => statusWords[status][lang];

export const flagTypeWords: Record<FlagType, Record<Lang, string>> = {
  lagging: { vi: 'Chậm so với lộ trình', en: 'Lagging' },
  missing_report: { vi: 'Thiếu báo cáo năm', en: 'Missing yearly report' },
  overdue_task: { vi: 'Nhiệm vụ quá hạn', en: 'Overdue task' },
};

export const flagTypeWord = (type: string, lang: Lang): string => flagTypeWords[type as FlagType]?.[lang] ?? type;

const domains: Record<string, Record<Lang, string>> = {
  'social-protection': { vi: 'Người có công và bảo trợ xã hội', en: 'Social protection' },
  employment: { vi: 'Lao động, việc làm', en: 'Employment' },
  'social-insurance': { vi: 'Bảo hiểm xã hội', en: 'Social insurance' },
  education: { vi: 'Giáo dục', en: 'Education' },
  population: { vi: 'Dân số', en: 'Population' },
  health: { vi: 'Y tế', en: 'Health' },
  'health-insurance': { vi: 'Bảo hiểm y tế', en: 'Health insurance' },
  nutrition: { vi: 'Dinh dưỡng', en: 'Nutrition' },
  housing: { vi: 'Nhà ở', en: 'Housing' },
  'water-sanitation': { vi: 'Nước sạch và vệ sinh', en: 'Water and sanitation' },
  information: { vi: 'Thông tin, văn hóa', en: 'Information and culture' },
  digital: { vi: 'Viễn thông, chuyển đổi số', en: 'Telecoms and digital' },
  poverty: { vi: 'Giảm nghèo', en: 'Poverty reduction' },
  governance: { vi: 'Chỉ đạo, điều hành', en: 'Governance' },
};

/** A domain slug as a heading; an unknown slug is shown with its dashes as spaces. */
export const domainLabel = (domain: string, lang: Lang): string =>
  domains[domain]?.[lang] ?? domain.replaceAll('-', ' ');

export const methodInfo: Record<ProgressMethod, Record<Lang, { name: string; about: string }>> = {
  'linear-trajectory': {
    vi: {
      name: 'Lộ trình tuyến tính',
      about:
        'Vẽ đường thẳng từ điểm xuất phát đến chỉ tiêu ở năm mục tiêu, rồi so quãng đường đã đi được với quãng đường lẽ ra phải đi được đến năm có số liệu mới nhất. Tỷ lệ ≥ 0,95: đúng tiến độ; 0,5 đến dưới 0,95: có nguy cơ không đạt; dưới 0,5: chậm tiến độ (ngưỡng của biểu đồ tiến độ SDG của Liên Hợp Quốc). Chỉ tiêu cộng dồn so tổng lũy kế với phần đều mỗi năm; mốc có/không theo báo cáo mới nhất.',
    },
    en: {
      name: 'Linear trajectory',
      about:
        'Draws a straight line from the start point to the target in its target year and compares the change achieved with the change that line expected by the latest reported year. Ratio ≥ 0.95: on track; 0.5 to below 0.95: at risk; below 0.5: off track (the thresholds of the UN SDG progress chart). Cumulative targets compare the running total with an equal share a year; yes/no milestones follow the latest report.',
    },
  },
  'un-cagr': {
    vi: {
      name: 'Tỷ số tăng trưởng kép của LHQ',
      about: 'So tốc độ tăng trưởng bình quân năm đã đạt với tốc độ cần có để đạt chỉ tiêu đúng hạn.',
    },
    en: {
      name: 'UN compound growth ratio',
      about: 'Compares the yearly growth rate achieved with the rate needed to meet the target on time.',
    },
  },
  'un-extrapolation': {
    vi: {
      name: 'Phép ngoại suy của LHQ',
      about: 'Kéo dài xu hướng hiện tại đến năm mục tiêu và so giá trị dự báo với chỉ tiêu.',
    },
    en: {
      name: 'UN extrapolation',
      about: 'Extends the current trend to the target year and compares the projection with the target.',
    },
  },
  statcan: {
    vi: {
      name: 'Phương pháp của Thống kê Canada',
      about: 'So mức thay đổi đã đạt với mức thay đổi cần có, theo các ngưỡng của Thống kê Canada.',
    },
    en: {
      name: 'Statistics Canada method',
      about: 'Compares the change achieved with the change required, graded by Statistics Canada thresholds.',
    },
  },
};
