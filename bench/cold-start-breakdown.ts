import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildBundles } from './bundles.ts';
import { measureColdStart } from './cold-start.ts';
import { cleanup } from './lib/environment.ts';

/**
 * Where a function's import time comes from, layer by layer: bundles of the baseline plus one more
 * module each (bench/breakdown/*.ts: zod alone, each area's contracts, the whole route table, the
 * middy stack with the store), built like the functions and timed like them, interleaved with
 * three real functions. Not part of `npm run bench`; docs/performance.md quotes its output.
 *   npx tsx bench/cold-start-breakdown.ts
 */
const dir = path.join(import.meta.dirname, 'breakdown');
const layers = Object.fromEntries(
  readdirSync(dir).map((file) => [`+${path.basename(file, '.ts')}`, path.join(dir, file)]),
);
const compared = ['api-read', 'api-progress', 'api-meta'];

try {
  const bundles = await buildBundles(path.join(import.meta.dirname, '.bundles'), layers);
  const contenders = {
    ...Object.fromEntries(Object.entries(bundles.extra).map(([name, b]) => [name, b.path])),
    ...Object.fromEntries(compared.map((name) => [name, bundles.functions[name]!.path])),
  };
  const result = measureColdStart(contenders, bundles.baseline.path, Number(process.env.RUNS || 15));
  const sizes = { ...bundles.extra, ...bundles.functions };
  console.log(
    `baseline: ${result.baselineMedianMs} ms wall, ${result.baselineCpuMedianMs} ms CPU, ${(bundles.baseline.minifiedBytes / 1024).toFixed(0)} KiB\n`,
  );
  console.log('| bundle | minified KiB | import wall ms | ratio | import CPU ms | CPU ratio |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const rows = Object.entries(result.functions).sort(([, a], [, b]) => a.cpuRatio - b.cpuRatio);
  for (const [name, r] of rows) {
    console.log(
      `| ${name} | ${(sizes[name]!.minifiedBytes / 1024).toFixed(0)} | ${r.medianMs} | ${r.ratio} | ${r.cpuMedianMs} | ${r.cpuRatio} |`,
    );
  }
} finally {
  await cleanup();
}
