/**
 * The layout of a plan's text: numbered headings and the sections they open, paragraphs (lines are
 * hard-wrapped in the texts people paste), sentences, and clauses split on ';'. Every piece keeps its
 * offsets in the NFC text, so that what is quoted is a verbatim substring.
 */
import { yearIn, type YearMention } from './years.ts';

export interface Heading {
  /** 0 for I., II.; the number of parts for 2., 2.1., 2.1.3.; 9 for a), b); -1 for Điều 1. */
  depth: number;
  label: string;
  title: string;
  year?: YearMention;
}

export interface Section {
  /** "II.2.1.a", or undefined before the first heading. */
  path?: string;
  /** Innermost first. */
  headings: Heading[];
  /** The paragraph that introduces the list this one is in ("Sở Y tế chủ trì, … các nhiệm vụ sau:"). */
  intro?: { start: number; end: number };
}

export interface Clause {
  start: number;
  end: number;
  sentence: { start: number; end: number };
  section: Section;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const headingPatterns: { re: RegExp; depth: (label: string) => number }[] = [
  { re: /^(Điều\s+\d{1,3})\.\s*/u, depth: () => -1 },
  { re: /^([IVX]{1,5})\.\s+(?=\S)/u, depth: () => 0 },
  { re: /^(\d{1,2}(?:\.\d{1,2}){0,3})\.\s+(?=\p{L})/u, depth: (label) => label.split('.').length },
  { re: /^(\d{1,2}(?:\.\d{1,2}){1,3})\s+(?=\p{Lu})/u, depth: (label) => label.split('.').length },
  { re: /^([a-zđ])\)\s+(?=\S)/u, depth: () => 9 },
];

const headingOf = (text: string): { depth: number; label: string; length: number } | undefined => {
  for (const { re, depth } of headingPatterns) {
    const match = re.exec(text);
    if (match) return { depth: depth(match[1]!), label: match[1]!, length: match[0].length };
  }
  return undefined;
};

const bullet = /^[-+•–]\s+/u;
const separatorLine = /^[|\-_=*\s]*$/u;

const linesOf = (text: string): Line[] => {
  const lines: Line[] = [];
  let start = 0;
  for (const piece of text.split('\n')) {
    lines.push({ start, end: start + piece.length, text: piece });
    start += piece.length + 1;
  }
  return lines;
};

/** The path of the sections open at a heading: I + the innermost numbered part + the letter. */
const pathOf = (levels: Heading[]): string | undefined => {
  const article = levels.find((h) => h.depth === -1);
  const roman = levels.find((h) => h.depth === 0);
  const numbered = levels.filter((h) => h.depth > 0 && h.depth < 9).at(-1);
  const letter = levels.find((h) => h.depth === 9);
  const parts = [article?.label, roman?.label, numbered?.label, letter?.label].filter((p): p is string => !!p);
  return parts.length ? parts.join('.') : undefined;
};

const sentenceEnd = /[.!?](?:\/\.)?(?=\s+[\p{Lu}\d“"(-]|\s*$)/gu;

interface Block {
  start: number;
  end: number;
  section: Section;
}

/** Paragraph bodies (heading titles left out) with the section each belongs to. */
const blocksOf = (text: string): Block[] => {
  const blocks: Block[] = [];
  let levels: Heading[] = [];
  let section: Section = { headings: [] };
  let current: Block | undefined;
  let previous = '';
  let titleOpen: Heading | undefined;
  // A paragraph ending in ':' introduces the list after it: a '-' item's list ends at the next '-' item,
  // a plain paragraph's at the next heading.
  let intro: { start: number; end: number; bulleted: boolean } | undefined;
  let currentBulleted = false;
  const close = () => {
    if (current && current.end > current.start) {
      blocks.push(current);
      if (/:\s*$/u.test(text.slice(current.start, current.end)))
        intro = { start: current.start, end: current.end, bulleted: currentBulleted };
    }
    current = undefined;
  };
  for (const line of linesOf(text)) {
    const trimmed = line.text.trim();
    const lead = line.text.length - line.text.trimStart().length;
    if (separatorLine.test(trimmed)) {
      close();
      titleOpen = undefined;
      previous = '';
      continue;
    }
    const unfinished = /[-–(,]$|\svà$/u.test(previous) || previous.split('(').length > previous.split(')').length;
    if (titleOpen && (/^\p{Ll}/u.test(trimmed) || unfinished) && !/[:.]$/u.test(previous) && !headingOf(trimmed)) {
      // A heading's title wrapped onto this line ("a) Về lao động, người có / công và xã hội").
      titleOpen.title = `${titleOpen.title} ${trimmed}`;
      titleOpen.year = yearIn(titleOpen.title) ?? titleOpen.year;
      if (current) current.end = line.end;
      previous = trimmed;
      continue;
    }
    const heading = headingOf(trimmed);
    const startsParagraph =
      heading !== undefined ||
      titleOpen !== undefined ||
      bullet.test(trimmed) ||
      previous === '' ||
      (/[.:;!?]$/u.test(previous) && /^[\p{Lu}\d“"(]/u.test(trimmed));
    titleOpen = undefined;
    if (startsParagraph) {
      close();
      if (heading) intro = undefined;
      currentBulleted = /^-\s/u.test(trimmed);
      if (currentBulleted && intro?.bulleted) intro = undefined;
    }
    // A heading's own words stay in the body: a lettered item often states its target on the heading line.
    const bodyStart = line.start + lead + (heading?.length ?? 0);
    if (heading) {
      const rest = trimmed.slice(heading.length);
      const colon = rest.indexOf(':');
      const title = (colon >= 0 ? rest.slice(0, colon) : rest).trim();
      const entry: Heading = { depth: heading.depth, label: heading.label, title };
      const year = yearIn(title);
      if (year) entry.year = year;
      // An article (Điều 1) holds the decision; a roman part after it opens the plan it issues.
      levels = [...levels.filter((h) => h.depth < heading.depth && h.depth !== -1), entry];
      if (heading.depth === -1) levels = [entry];
      section = { path: pathOf(levels), headings: [...levels].reverse() };
      // A title ends at a colon ("4.2. Sở Y tế: Chủ trì, …"); without one it may wrap onto the next line.
      if (colon < 0) titleOpen = entry;
    }
    if (!current)
      current = {
        start: bodyStart,
        end: line.end,
        section: intro ? { ...section, intro: { start: intro.start, end: intro.end } } : section,
      };
    else current.end = line.end;
    previous = trimmed;
  }
  close();
  return blocks;
};

/** Trims whitespace, a leading bullet and a trailing ';' off a span. */
const trimSpan = (text: string, start: number, end: number): { start: number; end: number } => {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  const head = bullet.exec(text.slice(s, Math.min(e, s + 4)));
  if (head) s += head[0].length;
  while (e > s && /[\s;,]/u.test(text[e - 1]!)) e--;
  return { start: s, end: e };
};

/** Every clause of the text, in order, with its sentence and section. */
export const clausesOf = (text: string): Clause[] => {
  const clauses: Clause[] = [];
  for (const block of blocksOf(text)) {
    const body = text.slice(block.start, block.end);
    const sentences: { start: number; end: number }[] = [];
    let from = 0;
    for (const match of body.matchAll(sentenceEnd)) {
      const to = match.index + match[0].length;
      sentences.push({ start: from, end: to });
      from = to;
    }
    if (from < body.length) sentences.push({ start: from, end: body.length });
    for (const rel of sentences) {
      const sentence = trimSpan(text, block.start + rel.start, block.start + rel.end);
      if (sentence.end <= sentence.start) continue;
      let clauseStart = sentence.start;
      const sentenceText = text.slice(sentence.start, sentence.end);
      const cuts = [...sentenceText.matchAll(/;/gu)].map((m) => sentence.start + m.index);
      for (const cut of [...cuts, sentence.end]) {
        const span = trimSpan(text, clauseStart, cut);
        if (span.end > span.start) clauses.push({ ...span, sentence, section: block.section });
        clauseStart = cut + 1;
      }
    }
  }
  return clauses;
};
