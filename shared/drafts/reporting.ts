/**
 * A reporting deadline is not a target: "định kỳ trước ngày 10/12 hằng năm, báo cáo … gửi Sở Lao động
 * - Thương binh và Xã hội" becomes the plan's reporting rule (deadline MM-DD, to whom).
 */
import type { DepartmentIndex } from './departments.ts';
import type { ReportingDraft } from './schema.ts';

const deadline =
  /(?:trước|chậm nhất|không muộn hơn|hạn chót)\s+(?:là\s+)?ngày\s+(\d{1,2})\s*(?:\/|tháng\s+)(\d{1,2})(?!\d)/iu;
const yearly = /hằng năm|hàng năm|định kỳ|mỗi năm/iu;

const pad = (n: number) => String(n).padStart(2, '0');

/** The reporting rule of one sentence, if it states one. */
export const reportingIn = (sentence: string, departments: DepartmentIndex): ReportingDraft | undefined => {
  if (!/báo cáo/iu.test(sentence)) return undefined;
  const m = deadline.exec(sentence);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const sent = /gửi\s+(.{3,120})/iu.exec(sentence);
  const to = sent ? departments.find(sent[1]!, 'named') : undefined;
  return {
    deadline: `${pad(month)}-${pad(day)}`,
    yearly: yearly.test(sentence),
    quote: sentence,
    ...(to ? { to } : {}),
  };
};
