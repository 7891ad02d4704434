import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../catalog/index.ts';
import { draftTargets } from '#shared/drafts/draft.ts';
import { functionSize } from '#infra/cdk/function-sizing.ts';
import { draftMaxBodyBytes } from '#shared/http/routes/drafts.ts';
import { median, round } from './lib/stats.ts';

/**
 * Drafting a 2 MiB plan text (the five seed texts repeated up to POST /target-drafts' limit) with the
 * extractor of shared/drafts, against a plain regex scan of the same text for its figures and words
 * (one pass, matches counted): what reading the text at all costs. Interleaved run by run, medians of
 * each; the absolute time is judged against api-drafts' timeout (infra/cdk/function-sizing.ts).
 */
export interface DraftingResult {
  textBytes: number;
  runs: number;
  targets: number;
  draftMs: number;
  baselineMs: number;
  /** draft ÷ baseline. */
  ratio: number;
  timeoutSeconds: number;
  /** draft time ÷ the function's timeout. */
  shareOfTimeout: number;
}

const catalogDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'catalog', 'sources');

/** The seed texts, repeated until the next copy would pass `bytes`. */
export const draftingText = (bytes = draftMaxBodyBytes): string => {
  const seeds = loadCatalog().map((doc) => readFileSync(path.join(catalogDir, doc.sourceFile), 'utf8'));
  let text = '';
  for (let i = 0; ; i++) {
    const next = `${seeds[i % seeds.length]!}\n`;
    if (Buffer.byteLength(text + next) > bytes) return text;
    text += next;
  }
};

/** A plain scan: every figure and every word once, no reading. */
const baselineScan = (text: string): number => {
  let n = 0;
  for (const _ of text.normalize('NFC').matchAll(/\d+(?:[.,]\d+)*\s?%?|[\p{L}]+/gu)) n++;
  return n;
};

export const measureDrafting = (runs = 7): DraftingResult => {
  const text = draftingText();
  const departments = loadCatalog().flatMap((doc) => doc.departments);
  // Warm both paths (regex compilation, JIT).
  baselineScan(text);
  let targets = draftTargets(text, { departments }).targets.length;
  const draft: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    baselineScan(text);
    baseline.push(performance.now() - t0);
    t0 = performance.now();
    targets = draftTargets(text, { departments }).targets.length;
    draft.push(performance.now() - t0);
  }
  const draftMs = median(draft);
  const baselineMs = median(baseline);
  const { timeoutSeconds } = functionSize('api-drafts');
  return {
    textBytes: Buffer.byteLength(text),
    runs,
    targets,
    draftMs: round(draftMs),
    baselineMs: round(baselineMs),
    ratio: round(draftMs / baselineMs, 3),
    timeoutSeconds,
    shareOfTimeout: round(draftMs / 1000 / timeoutSeconds, 4),
  };
};

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(measureDrafting(), null, 2));
