/**
 * `npm run build:web`: writes the dashboard to web/dist for S3 (the CDK app calls buildWebDist while
 * it synthesizes too). Each file is written to a temporary name and renamed, so a concurrent build or
 * an asset hash computed meanwhile never sees a half-written file. No config.json: on AWS it is
 * written at deploy time with the API's URL; without it the page calls its own origin.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleWeb, webDist } from './bundle.ts';

export const buildWebDist = (outDir: string = webDist): string[] => {
  mkdirSync(outDir, { recursive: true });
  const files = bundleWeb();
  for (const file of files) {
    const target = path.join(outDir, file.name);
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, target);
  }
  return files.map((file) => file.name);
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const names = buildWebDist();
  console.log(`web/dist: ${names.join(', ')} (${Math.round(performance.now() - started)} ms)`);
}
