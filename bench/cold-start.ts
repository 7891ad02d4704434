import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { median, round, shuffle } from './lib/stats.ts';

/**
 * Cold start as the part we control: the time a fresh `node` spends importing a function's bundle
 * (module parse, evaluation, work done at import), measured inside the child around `import()`.
 * Each function against the baseline bundle (a middy handler that only creates the DynamoDB client,
 * bench/baseline/index.ts, bundled the same way). Rounds interleave all bundles in a fresh random
 * order; a first round warms the file cache and is dropped.
 */
export interface ColdStart {
  runs: number;
  baselineMedianMs: number;
  baselineCpuMedianMs: number;
  /**
   * name → median import time (wall, ms) and its ratio to the baseline; the same for the CPU time
   * the import used (user + system, all threads), which other processes on the machine disturb less.
   */
  functions: Record<string, { medianMs: number; ratio: number; cpuMedianMs: number; cpuRatio: number }>;
  worst: { function: string; ratio: number };
  coldStartRatio: number;
}

const importOnce = `const cpu = process.cpuUsage();
const started = performance.now();
await import(process.env.BENCH_BUNDLE_URL);
const wall = performance.now() - started;
const used = process.cpuUsage(cpu);
process.stdout.write(JSON.stringify([wall, (used.user + used.system) / 1000]));`;

const importMs = (bundle: string): [wall: number, cpu: number] => {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', importOnce], {
    encoding: 'utf8',
    timeout: 30_000,
    // What Lambda gives the functions (infra/cdk/functions.ts), nothing of this process's own loader.
    env: {
      PATH: process.env.PATH,
      NODE_OPTIONS: '--enable-source-maps',
      TABLE_NAME: 'chitieu',
      AWS_REGION: 'ap-southeast-1',
      POWERTOOLS_SERVICE_NAME: 'chitieu',
      BENCH_BUNDLE_URL: pathToFileURL(bundle).href,
    },
  });
  if (child.status !== 0) throw new Error(`importing ${bundle} failed (${child.status}):\n${child.stderr}`);
  return JSON.parse(child.stdout) as [number, number];
};

export const measureColdStart = (bundles: Record<string, string>, baseline: string, runs = 21): ColdStart => {
  const contenders = [...Object.entries(bundles), ['baseline', baseline] as const];
  const wall = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
  const cpu = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
  for (let pass = 0; pass <= runs; pass++) {
    for (const [name, bundle] of shuffle(contenders)) {
      const [wallMs, cpuMs] = importMs(bundle);
      if (pass === 0) continue;
      wall.get(name)!.push(wallMs);
      cpu.get(name)!.push(cpuMs);
    }
  }
  const baselineMedianMs = median(wall.get('baseline')!);
  const baselineCpuMedianMs = median(cpu.get('baseline')!);
  const functions = Object.fromEntries(
    Object.keys(bundles).map((name) => {
      const medianMs = median(wall.get(name)!);
      const cpuMedianMs = median(cpu.get(name)!);
      return [
        name,
        {
          medianMs: round(medianMs, 2),
          ratio: round(medianMs / baselineMedianMs),
          cpuMedianMs: round(cpuMedianMs, 2),
          cpuRatio: round(cpuMedianMs / baselineCpuMedianMs),
        },
      ];
    }),
  );
  const [worstName, worst] = Object.entries(functions).sort(([, a], [, b]) => b.ratio - a.ratio)[0]!;
  return {
    runs,
    baselineMedianMs: round(baselineMedianMs, 2),
    baselineCpuMedianMs: round(baselineCpuMedianMs, 2),
    functions,
    worst: { function: worstName, ratio: worst.ratio },
    coldStartRatio: worst.ratio,
  };
};
