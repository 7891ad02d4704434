import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const catalogDir = path.join(repoRoot, 'catalog');
export const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');

/** NFC, and every run of whitespace (newlines included) collapsed to one space. */
export const normalise = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

const seedCache = new Map<string, string>();
export const seedText = (seedFile: string): string => {
  let text = seedCache.get(seedFile);
  if (text === undefined) {
    text = normalise(readFileSync(path.join(seedsDir, seedFile), 'utf8'));
    seedCache.set(seedFile, text);
  }
  return text;
};
