/**
 * The year a target is for, as plans write it: "đến năm 2030", "đến cuối năm 2021", "năm 2025",
 * "giai đoạn 2021-2025" (its last year). A date's year ("ngày 08 tháng 3 năm 2024"), a baseline's
 * ("từ 19,32% đầu năm 2018") and a comparison's ("tăng 1,5 lần so với năm 2020") are not target years.
 */
export interface YearMention {
  year: number;
  /** The words it was read from, to show the reviewer. */
  words: string;
  start: number;
  end: number;
}

const year = '((?:19|20)\\d{2})';
const patterns: RegExp[] = [
  new RegExp(`(?:đến|tới|trước|vào)\\s+(?:cuối\\s+|hết\\s+|trước\\s+)?năm\\s+${year}`, 'giu'),
  new RegExp(`giai\\s+đoạn\\s+(?:19|20)\\d{2}\\s*[-–—]\\s*${year}`, 'giu'),
  new RegExp(`(?<!tháng\\s+\\d{1,2}\\s+)(?<!(?:đầu|cuối|giữa|so với)\\s+)năm\\s+${year}`, 'giu'),
];

/** Every year mention, strongest kind first, then in order. */
export const yearMentions = (text: string, offset = 0): YearMention[] =>
  patterns.flatMap((re) =>
    [...text.matchAll(re)].map((m) => ({
      year: Number(m[1]),
      words: m[0].replace(/\s+/gu, ' '),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    })),
  );

/** The year a piece of text sets for the targets in it: "đến năm" before "năm", before a period's end. */
export const yearIn = (text: string, except: (m: YearMention) => boolean = () => false): YearMention | undefined =>
  yearMentions(text).find((m) => !except(m));
