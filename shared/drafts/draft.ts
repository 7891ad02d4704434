/**
 * Drafts a plan's targets from its text: one pure function from the text (and the departments it
 * may name) to the drafts, each with the clause it was read from and the words that explain it.
 * Rules, not a model: lexicon.ts holds the words, read-clause.ts reads a clause, layout.ts finds the
 * sections, sentences and clauses, years.ts the year. docs/target-drafts.md measures it.
 */
import { areaOf, departmentIndex, type KnownDepartment } from './departments.ts';
import { clausesOf, type Clause } from './layout.ts';
import { readClause, type ClauseTarget } from './read-clause.ts';
import { reportingIn } from './reporting.ts';
import type { DraftNote, DraftResult, ReportingDraft, TargetDraft, YearSource } from './schema.ts';
import { yearIn, type YearMention } from './years.ts';

export interface DraftOptions {
  /** Departments the text may name as leads; matched by name, within the text's area when several share it. */
  departments?: readonly KnownDepartment[];
  /** The area (province) the plan is about, when the text's opening does not say. */
  area?: string;
  /** At most this many targets and notes in one answer (the rest is cut, `truncated: true`). */
  maxTargets?: number;
  maxNotes?: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Where the year comes from: the clause, its sentence, its section's headings, or the document's opening. */
const yearOf = (
  text: string,
  clause: Clause,
  target: ClauseTarget,
  documentYear: YearMention | undefined,
): { mention: YearMention; from: YearSource } | undefined => {
  const excluded = (m: YearMention, offset: number) =>
    target.excludedYears.some((x) => m.start + offset < x.end && m.end + offset > x.start);
  const inClause = yearIn(text.slice(clause.start, clause.end), (m) => excluded(m, clause.start));
  if (inClause) return { mention: inClause, from: 'clause' };
  const inSentence = yearIn(text.slice(clause.sentence.start, clause.sentence.end), (m) =>
    excluded(m, clause.sentence.start),
  );
  if (inSentence) return { mention: inSentence, from: 'sentence' };
  const heading = clause.section.headings.find((h) => h.year);
  if (heading?.year) return { mention: heading.year, from: 'section' };
  return documentYear ? { mention: documentYear, from: 'document' } : undefined;
};

const confidenceOf = (target: ClauseTarget, from: YearSource | undefined): number => {
  let c = 0.95;
  if (!target.comparatorSure) c -= 0.15;
  if (from === 'document') c -= 0.15;
  if (from === undefined) c -= 0.35;
  if (target.subject.split(' ').length < 3) c -= 0.1;
  return round2(Math.max(0.05, c));
};

/** The opening, before the first section: where a plan's title states its horizon. */
const documentYearOf = (text: string, clauses: Clause[]): YearMention | undefined => {
  const firstSection = clauses.find((c) => c.section.path)?.start ?? Math.min(text.length, 4000);
  return yearIn(text.slice(0, Math.min(firstSection, 6000)));
};

/** The plan's targets, reporting rule and notes, from its text. */
export const draftTargets = (input: string, options: DraftOptions = {}): DraftResult => {
  const text = input.normalize('NFC');
  const known = options.departments ?? [];
  const departments = departmentIndex(known, options.area ?? areaOf(text, known));
  const maxTargets = options.maxTargets ?? 5000;
  const maxNotes = options.maxNotes ?? 1000;
  const clauses = clausesOf(text);
  const documentYear = documentYearOf(text, clauses);
  const targets: TargetDraft[] = [];
  const notes: DraftNote[] = [];
  let reporting: ReportingDraft | undefined;
  let truncated = false;
  let lastSentence = -1;
  for (const clause of clauses) {
    if (clause.sentence.start !== lastSentence) {
      lastSentence = clause.sentence.start;
      const found = reportingIn(text.slice(clause.sentence.start, clause.sentence.end), departments);
      if (found && (!reporting || (!reporting.yearly && found.yearly))) reporting = found;
    }
    const reading = readClause(text, clause.start, clause.end);
    if (reading.targets.length === 0 && reading.notes.length === 0) continue;
    const section = clause.section.path;
    for (const note of reading.notes) {
      if (notes.length >= maxNotes) truncated = true;
      else notes.push({ ...note, ...(section ? { section } : {}) });
    }
    const lead =
      departments.find(text.slice(clause.start, clause.end), 'leads') ??
      departments.find(text.slice(clause.sentence.start, clause.sentence.end), 'leads') ??
      (clause.section.intro
        ? departments.find(text.slice(clause.section.intro.start, clause.section.intro.end), 'leads')
        : undefined) ??
      clause.section.headings
        .map((h) => departments.find(h.title, 'heading') ?? departments.find(h.title, 'leads'))
        .find((d) => d !== undefined);
    const quote = text.slice(clause.start, clause.end);
    for (const t of reading.targets) {
      if (targets.length >= maxTargets) {
        truncated = true;
        break;
      }
      const year = yearOf(text, clause, t, documentYear);
      targets.push({
        quote,
        start: clause.start,
        end: clause.end,
        ...(section ? { section } : {}),
        subject: t.subject,
        comparator: t.comparator,
        value: t.value,
        ...(t.upper !== undefined ? { upper: t.upper } : {}),
        unit: t.unit,
        ...(year ? { year: year.mention.year, yearFrom: year.from } : {}),
        ...(t.perYear ? { perYear: t.perYear } : {}),
        ...(t.change ? { change: t.change } : {}),
        ...(t.maintain ? { maintain: t.maintain } : {}),
        ...(t.baseline ? { baseline: t.baseline } : {}),
        ...(lead ? { leadDepartment: lead } : {}),
        confidence: confidenceOf(t, year?.from),
        basis: {
          ...(t.comparatorWord ? { comparatorWord: t.comparatorWord } : {}),
          ...(year ? { yearWords: year.mention.words } : {}),
        },
      });
    }
  }
  return { targets, ...(reporting ? { reporting } : {}), notes, ...(truncated ? { truncated: true as const } : {}) };
};
