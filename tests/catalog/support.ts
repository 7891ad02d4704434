import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const catalogDir = path.join(repoRoot, 'catalog');
/** The plan texts, public government documents, kept verbatim beside the catalog that quotes them. */
export const seedsDir = path.join(catalogDir, 'sources');

/** NFC, and every run of whitespace (newlines included) collapsed to one space. */
export const normalise = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

const seedCache = new Map<string, string>();
export const seedText = (sourceFile: string): string => {
  let text = seedCache.get(sourceFile);
  if (text === undefined) {
    text = normalise(readFileSync(path.join(seedsDir, sourceFile), 'utf8'));
    seedCache.set(sourceFile, text);
  }
  return text;
};
