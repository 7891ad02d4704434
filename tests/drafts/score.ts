/**
 * How well drafts recover a labelled set of targets: a draft recovers a label when comparator, value,
 * unit and year agree and its clause lies within the label's sentence (or the reverse). A range drafted
 * as 'between' recovers a label of its lower end with '>=' (how the catalog wrote ranges before
 * 'between' existed). One draft may recover several labels when the plan states one figure for several
 * subjects ("100% hộ gia đình, trường học, trạm y tế"); the reviewer copies it. Two readings of the
 * catalog are the reviewer's, not the text's, and are accepted as such: "khoảng 75 tuổi" drafted as `~`
 * recovers the catalog's floor `>=` (its note quotes the wording), and a change per year drafted in
 * "%/năm" recovers the catalog's `change` target, whose unit is the indicator's level unit ("%").
 */
import type { TargetDraft } from '#shared/drafts/schema.ts';

export interface Label {
  quote: string;
  comparator: string;
  value: number;
  upper?: number;
  unit: string;
  year: number;
  /** The catalog's `target.change`: the value is a change per year. */
  change?: string;
}

export const normalise = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

const unitKey = (unit: string) => {
  const [numerator = '', ...rest] = normalise(unit).toLowerCase().replace(/m²/gu, 'm2').split('/');
  return { words: numerator.trim().split(' '), per: rest.map((r) => r.trim()).join('/') };
};

/** "điều dưỡng viên/10.000 dân" is "điều dưỡng/10.000 dân": the same base, one name a prefix of the other. */
export const sameUnit = (a: string, b: string): boolean => {
  const x = unitKey(a);
  const y = unitKey(b);
  if (x.per !== y.per) return false;
  const [short, long] = x.words.length <= y.words.length ? [x.words, y.words] : [y.words, x.words];
  return short.every((w, i) => long[i] === w);
};

const sameComparator = (draft: TargetDraft, label: Label) =>
  draft.comparator === label.comparator ||
  (draft.comparator === 'between' && label.comparator === '>=' && label.upper === undefined) ||
  (draft.comparator === '~' && label.comparator === '>=' && /khoảng|xấp xỉ/u.test(label.quote));

/** A per-year label's unit is the level's; the draft writes the rate ("%/năm"). */
const draftUnitFor = (draft: TargetDraft, label: Label) =>
  label.change ? draft.unit.replace(/\s*\/\s*năm$/u, '') : draft.unit;

export const recovers = (draft: TargetDraft, label: Label): boolean => {
  const d = normalise(draft.quote);
  const l = normalise(label.quote);
  return (
    sameComparator(draft, label) &&
    Math.abs(draft.value - label.value) < 1e-9 &&
    (label.upper === undefined || draft.upper === label.upper) &&
    sameUnit(draftUnitFor(draft, label), label.unit) &&
    draft.year === label.year &&
    (l.includes(d) || d.includes(l))
  );
};

export interface Score {
  labels: number;
  drafts: number;
  recovered: number;
  correct: number;
  recall: number | undefined;
  precision: number | undefined;
  missed: Label[];
  wrong: TargetDraft[];
}

export const score = (drafts: TargetDraft[], labels: Label[]): Score => {
  const missed = labels.filter((l) => !drafts.some((d) => recovers(d, l)));
  const wrong = drafts.filter((d) => !labels.some((l) => recovers(d, l)));
  const ratio = (n: number, of: number) => (of === 0 ? undefined : Math.round((n / of) * 1000) / 1000);
  return {
    labels: labels.length,
    drafts: drafts.length,
    recovered: labels.length - missed.length,
    correct: drafts.length - wrong.length,
    recall: ratio(labels.length - missed.length, labels.length),
    precision: ratio(drafts.length - wrong.length, drafts.length),
    missed,
    wrong,
  };
};
