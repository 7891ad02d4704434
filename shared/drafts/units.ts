/**
 * The unit written after a figure, as written: "%", "USD", "tuổi", "căn hộ", "m2 sàn/người",
 * "bé trai/100 bé gái", "%/năm"; a base written "1 vạn" is written 10.000.
 */
import { units } from './lexicon.ts';

export interface UnitReading {
  /** As written, with its base ("/10.000 dân") and "/năm" when the text gives them. */
  unit: string;
  /** The lexicon entry (lower case), to look its kind up. */
  key: string;
  /** Where the unit's words end. */
  end: number;
  perYear: boolean;
}

const byLength = [...units].sort((a, b) => b.length - a.length);
const unitPatterns = byLength.map((key) => ({
  key,
  // A measure may touch its figure ("33m2"); a word needs a space before it and a boundary after.
  re: new RegExp(
    `^${/^[a-z²0-9]+$/u.test(key) ? '\\s*' : '\\s+'}(${key.replace(/\s/gu, '\\s+')})(?![\\p{L}\\p{N}])`,
    'iu',
  ),
}));

const denominators = ['người dân', 'dân số', 'dân', 'người', 'bé gái', 'năm', 'tháng', 'hộ', 'trẻ đẻ sống'];
const baseNumber = '(?:1\\s+vạn|một\\s+vạn|\\d{1,3}(?:\\.\\d{3})+|\\d+)';
const perTail = new RegExp(
  `^(\\s*sàn)?\\s*\\/\\s*(?:(${baseNumber})\\s*)?(${denominators.map((d) => d.replace(/\s/gu, '\\s+')).join('|')})(?![\\p{L}])`,
  'iu',
);

/** "1 vạn" and "một vạn" are 10.000. */
export const writtenBase = (base: string): string => (/vạn/iu.test(base) ? '10.000' : base);

/** The unit at `at` in text, or undefined when none the rules know follows. */
export const unitAt = (text: string, at: number): UnitReading | undefined => {
  const rest = text.slice(at, at + 80);
  let unit: string;
  let key: string;
  let end: number;
  const share = /^\s?([%‰])/u.exec(rest);
  if (share) {
    unit = share[1]!;
    key = share[1]!;
    end = at + share[0].length;
  } else {
    const found = unitPatterns.map((p) => ({ p, m: p.re.exec(rest) })).find((x) => x.m);
    if (!found?.m) return undefined;
    unit = found.m[1]!.replace(/\s+/gu, ' ');
    key = found.p.key;
    end = at + found.m[0].length;
  }
  let perYear = false;
  for (let i = 0; i < 2; i++) {
    const tail = perTail.exec(text.slice(end, end + 40));
    if (!tail) break;
    const [, floor, base, per] = tail;
    if (per!.toLowerCase() === 'năm' && !base) perYear = true;
    unit = `${unit}${floor ? ' sàn' : ''}/${base ? `${writtenBase(base.replace(/\s+/gu, ' '))} ` : ''}${per!.replace(/\s+/gu, ' ')}`;
    end += tail[0].length;
  }
  return { unit, key, end, perYear };
};
