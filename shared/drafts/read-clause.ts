/**
 * One clause → the targets it states. A figure is a target when it has a unit the rules know and
 * is not a qualifier of who is counted ("trẻ em dưới 5 tuổi"), a base ("trên 100 dân"), a budget,
 * a date, a document number or a baseline ("từ 19,32% đầu năm 2018", kept as the next target's).
 */
import {
  ageSubjects,
  ageUnits,
  budgetWords,
  comparatorWords,
  currencyUnits,
  decreaseWords,
  durationUnits,
  increaseWords,
  leadingVerbs,
  maintainWords,
  notAFigureBefore,
  perBase,
  perYearAfter,
  trailingComparators,
  type ComparatorWord,
} from './lexicon.ts';
import { looksLikeYear, numberTokens, parseVietnameseNumber, type NumberToken } from './numbers.ts';
import type { DraftComparator, DraftNote } from './schema.ts';
import { unitAt, writtenBase } from './units.ts';

/** A target as one clause states it; the year, section and lead come from around it (draft.ts). */
export interface ClauseTarget {
  subject: string;
  comparator: DraftComparator;
  comparatorWord?: string;
  value: number;
  upper?: number;
  unit: string;
  perYear?: true;
  change?: 'decrease' | 'increase';
  maintain?: true;
  baseline?: { value: number; year: number };
  /** Years written inside this clause that are not the target's (a baseline's). */
  excludedYears: { start: number; end: number }[];
  /** Lower when the comparator was not written or was inherited. */
  comparatorSure: boolean;
}

export interface ClauseReading {
  targets: ClauseTarget[];
  notes: Omit<DraftNote, 'section'>[];
}

const wordBoundary = '(?<![\\p{L}\\p{N}])';
const comparatorPatterns = comparatorWords.map((w) => ({
  word: w,
  re: new RegExp(
    `${wordBoundary}${w.phrase.replace(/\s/gu, '\\s+')}(?![\\p{L}\\p{N}])${w.notBefore ? `(?!\\s+(?:${w.notBefore}))` : ''}`,
    'giu',
  ),
}));

/** The comparator word nearest before a figure; a strong word beats "đạt"/"là" anywhere in the window. */
const comparatorBefore = (window: string): { word: ComparatorWord; written: string } | undefined => {
  const found: { word: ComparatorWord; written: string; end: number; length: number }[] = [];
  for (const { word, re } of comparatorPatterns) {
    for (const m of window.matchAll(re)) {
      found.push({ word, written: m[0], end: m.index + m[0].length, length: m[0].length });
    }
  }
  const best = (list: typeof found) =>
    list.sort((a, b) => b.end - a.end || b.length - a.length)[0] as (typeof found)[number] | undefined;
  const strong = best(found.filter((f) => !f.word.weak));
  const chosen = strong ?? best(found);
  return chosen ? { word: chosen.word, written: chosen.written.replace(/\s+/gu, ' ') } : undefined;
};

const lastWords = (text: string, n: number): string => {
  const words = text.split(/\s+/u).filter(Boolean);
  return words.slice(-n).join(' ');
};

const flat = (s: string) => s.replace(/\s+/gu, ' ').trim();
const capitalise = (s: string) => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s);

const noneOf = /(?<![\p{L}])không\s+để(?:\s+(?:xảy ra|có|phát sinh))?(?=\s+\p{L})/giu;
const rangeUpper = /^\s*(?:[-–—]|đến)\s*((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)(?![\p{N}])/u;
const baselineYearAfter = /^\s*(?:vào\s+)?(?:đầu|cuối|giữa)?\s*năm\s+((?:19|20)\d{2})/iu;
const fraction = /(giảm|tăng)\s+(\d{1,2})\/(\d{1,2})(?!\d|\/)(\s*\([^)]{0,40}\))?/giu;

/** A share of a whole: per cent or per mille. */
const isShare = (key: string) => key === '%' || key === '‰';

interface PerSpan {
  start: number;
  end: number;
  base: string;
  noun: string;
}

/** The clause's figures and the subject, comparator, unit and shape of each. */
export const readClause = (text: string, start: number, end: number): ClauseReading => {
  const clause = text.slice(start, end);
  const targets: ClauseTarget[] = [];
  const notes: ClauseReading['notes'] = [];
  const quote = clause;
  const budget = budgetWords.test(clause);
  const perSpans: PerSpan[] = [...clause.matchAll(perBase)].map((m) => ({
    start: start + m.index,
    end: start + m.index + m[0].length,
    base: writtenBase(m[1]!.replace(/\s+/gu, ' ')),
    noun: m[2]!,
  }));
  const inPer = (t: NumberToken) => perSpans.some((p) => t.start >= p.start && t.end <= p.end);
  const tokens = numberTokens(clause, start).filter((t) => !inPer(t));
  const excludedYears: ClauseTarget['excludedYears'] = [];
  let boundary = start;
  let consumedTo = start;
  let baseline: ClauseTarget['baseline'];
  const fractionStarts = new Set<number>();
  const shapes: Shape[] = [];

  for (const m of clause.matchAll(fraction)) {
    const [, verb, num, den] = m;
    const value = (Number(num) / Number(den)) * 100;
    if (!Number.isFinite(value) || Number(den) === 0) continue;
    const before = clause.slice(0, m.index);
    const subject = flat(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1));
    fractionStarts.add(start + m.index + verb!.length);
    targets.push({
      subject: capitalise(subject.replace(leadingVerbs, '')) || 'Mức thay đổi',
      comparator: '>=',
      comparatorWord: flat(m[0]),
      value: Math.round(value * 100) / 100,
      unit: '%',
      change: verb!.toLowerCase() === 'giảm' ? 'decrease' : 'increase',
      excludedYears,
      comparatorSure: true,
    });
  }

  // "không để hộ gia đình chính sách rơi vào diện hộ nghèo": none of them, every year.
  const zeroEnds: number[] = [];
  for (const m of clause.matchAll(noneOf)) {
    const unit = unitAt(text, start + m.index + m[0].length);
    if (!unit || unit.end > end || isShare(unit.key) || currencyUnits.has(unit.key)) continue;
    const rest = text.slice(start + m.index + m[0].length, end);
    const stop = rest.search(/\s+và\s|[,;]/u);
    const words = flat(stop >= 0 ? rest.slice(0, stop) : rest).replace(/[.]+$/u, '');
    zeroEnds.push(start + m.index + m[0].length + (stop >= 0 ? stop : rest.length));
    targets.push({
      subject: capitalise(`số ${words}`),
      comparator: '<=',
      comparatorWord: flat(m[0]),
      value: 0,
      unit: unit.unit,
      maintain: true,
      excludedYears,
      comparatorSure: true,
    });
  }

  for (const token of tokens) {
    if (token.start < consumedTo) continue;
    for (const z of zeroEnds) if (z <= token.start && z > boundary) boundary = z;
    const before = text.slice(Math.max(start, token.start - 16), token.start);
    if (notAFigureBefore.test(before)) continue;
    if ([...fractionStarts].some((s) => token.start >= s && token.start <= s + 3)) continue;
    const value = token.value;
    let upper: number | undefined;
    let afterNumber = token.end;
    const range = rangeUpper.exec(text.slice(token.end, token.end + 24));
    if (range) {
      const top = parseVietnameseNumber(range[1]!);
      if (top !== undefined && top > value) {
        upper = top;
        afterNumber = token.end + range[0].length;
      }
    }
    const unit = unitAt(text, afterNumber);
    if (!unit || unit.end > end) {
      if (looksLikeYear(token)) continue;
      const window = text.slice(boundary, token.start);
      const said = comparatorBefore(lastWords(window, 3));
      if (said && !said.word.weak && !/^\s*(?:[-–]|\/)/u.test(text.slice(token.end, token.end + 2))) {
        notes.push({
          quote,
          vi: `Con số ${token.text} có từ so sánh “${said.written}” nhưng không rõ đơn vị: chưa lập chỉ tiêu.`,
          en: `The figure ${token.text} has the comparator word “${said.written}” but no unit the rules know: not drafted.`,
        });
      }
      continue;
    }
    // "giai đoạn 2022 - 2025 / Căn cứ …": a bare year is a figure only as a share ("2025%" never is).
    if (looksLikeYear(token) && !isShare(unit.key)) continue;
    consumedTo = unit.end;
    const segment = text.slice(boundary, token.start);
    const lowerKey = unit.key.toLowerCase();
    // "trẻ em dưới 5 tuổi", "trẻ mẫu giáo từ 3 - 5 tuổi": who is counted, not a target.
    if (ageUnits.has(lowerKey) && !ageSubjects.test(segment)) continue;
    if (budget && currencyUnits.has(lowerKey)) continue;
    const baselineYear = baselineYearAfter.exec(text.slice(unit.end, unit.end + 24));
    if (/(?<![\p{L}])từ\s*$/iu.test(segment) && baselineYear) {
      baseline = { value, year: Number(baselineYear[1]) };
      excludedYears.push({ start: unit.end, end: unit.end + baselineYear[0].length });
      consumedTo = unit.end + baselineYear[0].length;
      continue;
    }
    const said = comparatorBefore(lastWords(segment.slice(-60), 5));
    const trailing = trailingComparators.find((t) =>
      new RegExp(`^\\s*${t.phrase.replace(/\s/gu, '\\s+')}`, 'iu').test(text.slice(unit.end, unit.end + 16)),
    );
    if (durationUnits.has(lowerKey) && !said && !trailing) continue;
    const previous = targets.at(-1);
    const gap = flat(segment);
    // A list goes on with the comparator it started with ("dưới 10%, thể thấp còi 15%"), unless a new measure starts.
    const listGoesOn =
      /(?:,|\svà|\()$/u.test(gap) ||
      (gap.startsWith(',') && gap.split(' ').length <= 5 && !/(?:tỷ lệ|tỷ số|số|mức|tổng)\s/iu.test(gap));
    const inherits = !said && !trailing && previous !== undefined && gap.length <= 80 && listGoesOn;
    let comparator: DraftComparator = trailing?.comparator ?? said?.word.comparator ?? '>=';
    let comparatorWord = trailing?.phrase ?? said?.written;
    if (inherits) {
      comparator = previous.comparator === 'between' ? '>=' : previous.comparator;
      comparatorWord = previous.comparatorWord;
    }
    if (upper !== undefined) comparator = 'between';
    const perYear = unit.perYear || perYearAfter.test(text.slice(unit.end, unit.end + 16));
    const verbs = [...segment.matchAll(decreaseWords), ...segment.matchAll(increaseWords)].sort(
      (a, b) => b.index - a.index,
    );
    const nearVerb = verbs[0];
    const level = said && ['<=', '>='].includes(said.word.comparator) && /còn|xuống|lên/iu.test(said.written);
    let change: ClauseTarget['change'];
    if (nearVerb && !level && (perYear || lastWords(segment, 3).toLowerCase().includes(nearVerb[0].toLowerCase()))) {
      change = nearVerb[0].toLowerCase() === 'giảm' ? 'decrease' : 'increase';
    }
    // The unit takes the base written after a list of counts ("15 bác sĩ, 04 dược sĩ … trên 10.000 dân"),
    // or, for a share, the base its subject names ("thuê bao … trên 100 dân đạt trên 70%").
    let writtenUnit = unit.unit;
    if (!isShare(unit.key) && !writtenUnit.includes('/')) {
      const per = perSpans.find((p) => p.start >= unit.end);
      if (per) writtenUnit = `${writtenUnit}/${per.base} ${per.noun}`;
    } else if (isShare(unit.key)) {
      const per = perSpans.filter((p) => p.end <= token.start && p.start >= boundary).at(-1);
      if (per) {
        const counted = flat(text.slice(boundary, per.start))
          .replace(/^.*?(?:tỷ lệ\s+)?số\s+/iu, '')
          .split(' ')
          .slice(0, 6)
          .join(' ');
        if (counted) writtenUnit = `${counted}/${per.base} ${per.noun}`;
      }
    }
    const maintain =
      maintainWords.test(segment) || (previous === undefined && maintainWords.test(text.slice(start, boundary)));
    shapes.push({
      segment,
      said: said?.written,
      unitKey: unit.key,
      unitEnd: unit.end,
      writtenUnit,
      start: token.start,
    });
    targets.push({
      subject: '',
      comparator,
      ...(comparatorWord ? { comparatorWord } : {}),
      value,
      ...(upper !== undefined ? { upper } : {}),
      unit: writtenUnit,
      ...(perYear ? { perYear: true as const } : {}),
      ...(change ? { change } : {}),
      ...(maintain ? { maintain: true as const } : {}),
      ...(baseline ? { baseline } : {}),
      excludedYears,
      comparatorSure: !!(said || trailing) && !said?.word.weak,
    });
    baseline = undefined;
    boundary = unit.end;
  }
  // Subjects last: the words after a figure that leads its clause run up to the next target.
  const offset = targets.length - shapes.length;
  let previous: { subject: string; fromAfter: boolean } | undefined;
  shapes.forEach((shape, i) => {
    const next = shapes[i + 1];
    const reading = subjectOf(text, shape, next?.start ?? end, next !== undefined, previous?.fromAfter ?? false);
    const subject =
      previous && !reading.fromAfter ? sharedHead(previous.subject, reading.subject, shape.segment) : undefined;
    previous = reading;
    targets[offset + i]!.subject = subject ?? reading.subject;
  });
  return { targets, notes };
};

interface Shape {
  segment: string;
  said: string | undefined;
  unitKey: string;
  unitEnd: number;
  writtenUnit: string;
  start: number;
}

/** The words that open the name of a measure. */
const measureWords = 'tỷ lệ|tỷ số|tỷ suất|số|mức|tổng|chỉ số|diện tích|thu nhập|tuổi thọ';

/**
 * A list's later items leave out the head they share with the first: "tỷ lệ đi học đúng độ tuổi cấp tiểu học
 * đạt 99,5%, cấp trung học cơ sở …" is "tỷ lệ đi học đúng độ tuổi cấp trung học cơ sở"; "…, trong đó, có
 * bằng cấp, chứng chỉ đạt 35%" is the first subject with its qualifier.
 */
const sharedHead = (first: string, later: string, segment: string): string | undefined => {
  if (new RegExp(`^(?:${measureWords})\\s`, 'iu').test(later)) return undefined;
  if (/trong đó/iu.test(segment)) {
    const rest = flat(segment.slice(segment.toLowerCase().lastIndexOf('trong đó') + 'trong đó'.length))
      .replace(/^[,\s]+/u, '')
      .replace(/(?:\s+(?:đạt|là|tối thiểu|ít nhất|khoảng|trên|dưới))+\s*$/iu, '');
    return rest ? `${first} ${rest}` : undefined;
  }
  const word = later.split(' ')[0]!.toLowerCase();
  const words = first.split(' ');
  const at = words.findIndex((w, i) => i > 0 && w.toLowerCase() === word);
  return at > 0 ? `${words.slice(0, at).join(' ')} ${later.charAt(0).toLowerCase()}${later.slice(1)}` : undefined;
};

/** A comma opens a new subject when what follows names a measure ("…, tỷ lệ đi học đúng độ tuổi…"). */
const measureHead = new RegExp(`,\\s*((?:${measureWords})\\s.*)$`, 'iu');

/** What is measured: the words before the comparator, else the words after the unit. */
const subjectOf = (
  text: string,
  shape: Shape,
  nextStart: number,
  hasNext: boolean,
  previousTookAfter: boolean,
): { subject: string; fromAfter: boolean } => {
  let before = flat(shape.segment).replace(/^[,;:\s]+|(?:\s+và)?[\s,(]+$/gu, '');
  before = before.replace(/^\([^)]*\)[\s,]*/u, '').replace(/^(?:và|trong đó,?)\s+/iu, '');
  const head = measureHead.exec(before);
  if (head) before = head[1]!;
  if (shape.said) {
    const at = before.toLowerCase().lastIndexOf(shape.said.toLowerCase());
    if (at >= 0) before = before.slice(0, at);
  }
  before = flat(before.replace(/(?:\s+(?:đạt|là|duy trì|hằng năm|hàng năm|mức|ở mức|tối thiểu|ít nhất))+\s*$/iu, ''));
  before = flat(before.replace(leadingVerbs, ''));
  // After a figure that led its clause, the words before the next figure are still the previous one's.
  if (!previousTookAfter && before.split(' ').filter(Boolean).length >= 2)
    return { subject: capitalise(before), fromAfter: false };
  let after = flat(text.slice(shape.unitEnd, nextStart));
  if (hasNext) {
    // The words before the next figure belong to it ("…thành thị và 75% hộ gia đình…").
    after = after.replace(/\s+và$/u, '');
    const cut = Math.max(after.lastIndexOf(','), after.lastIndexOf(' và '));
    if (cut > 0 && !/(?:đạt|trên|dưới|khoảng|ít nhất|tối thiểu)$/iu.test(after)) after = after.slice(0, cut);
    else after = after.replace(/\s+\S+$/u, (w) => (/^\s+(?:đạt|trên|dưới|khoảng|là)$/iu.test(w) ? '' : w));
  }
  after = after.replace(/[\s,;.]+$/u, '').replace(/\s+và$/u, '');
  const lead = isShare(shape.unitKey) ? 'Tỷ lệ' : `Số ${shape.writtenUnit.split('/')[0]}`;
  return { subject: capitalise(flat(`${lead} ${after}`)), fromAfter: true };
};
