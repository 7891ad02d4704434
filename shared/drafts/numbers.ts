/**
 * Vietnamese figures in running text: `13.787` is thirteen thousand seven hundred eighty-seven,
 * `2,5` two and a half, `04` four, `4.700-5.000` a range, `70%` and `70 %` alike. A figure that is
 * part of a document number ("27/2022/NĐ-CP", "42-NQ/TW"), a date ("10/12", "08 tháng 3"), a version
 * ("4.0") or a heading's number is no figure.
 */
import { parseDecimal } from '#shared/imports/numbers.ts';

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** As written. */
  text: string;
}

/** The number a Vietnamese figure writes, or undefined when it is not one (the same rule as imports). */
export const parseVietnameseNumber = (written: string): number | undefined => {
  const parsed = parseDecimal(written, 'comma-decimal');
  return parsed.ok ? parsed.value : undefined;
};

const candidate = /(?<![\p{L}\p{N}_/.,\-–])(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?![\p{N}])/gu;

/** What may follow a figure that makes it part of something else. */
const partOfSomethingElse = /^(?:\/\s*\d|\/\s*\p{Lu}|[-–]\p{L}|\.\d|\s*tháng\s+\d)/u;

/** Every figure of a piece of text, left to right. */
export const numberTokens = (text: string, offset = 0): NumberToken[] => {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(candidate)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    if (partOfSomethingElse.test(after)) continue;
    const value = parseVietnameseNumber(match[0]);
    if (value === undefined) continue;
    tokens.push({
      start: offset + match.index,
      end: offset + match.index + match[0].length,
      value,
      text: match[0],
    });
  }
  return tokens;
};

/** A bare four-digit year (1900–2100) with nothing grouping it. */
export const looksLikeYear = (token: NumberToken): boolean =>
  /^(?:19|20)\d{2}$/u.test(token.text) && token.value >= 1900 && token.value <= 2100;
