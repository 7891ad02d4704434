import { spawn } from 'node:child_process';
import path from 'node:path';
import { importBodies, type ImportBodyCase } from './import-memory-bodies.ts';

/**
 * The import function's peak memory for the worst bodies the route accepts (bench/import-memory-bodies.ts):
 * each body in a fresh process of its own (bench/import-memory-child.ts), on the handler Lambda
 * runs, against the DynamoDB Local and table the environment names. `peakMiB` is the child's
 * maximum resident set, the same measure as Lambda's "Max Memory Used"; `loadedMiB` the same once
 * the handler is loaded, before the request.
 */
export interface ImportMemoryCase {
  case: ImportBodyCase;
  bodyBytes: number;
  status: number;
  milliseconds: number;
  /** CPU time of the request: on a shared machine the wall clock says more about the neighbours. */
  cpuMilliseconds: number;
  loadedMiB: number;
  peakMiB: number;
}

export interface ImportMemory {
  /** The highest peak over every case. */
  importPeakMemoryMiB: number;
  cases: ImportMemoryCase[];
}

const child = path.join(import.meta.dirname, 'import-memory-child.ts');

/** Far beyond any answer's time: a case that takes longer is a failure, and its process is ended. */
const caseTimeoutMs = 90_000;

const runCase = (name: ImportBodyCase) =>
  new Promise<ImportMemoryCase>((resolve, reject) => {
    const process_ = spawn(process.execPath, ['--import', 'tsx', child, name], {
      env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => process_.kill('SIGKILL'), caseTimeoutMs);
    let out = '';
    let err = '';
    process_.stdout.on('data', (chunk) => (out += chunk));
    process_.stderr.on('data', (chunk) => (err += chunk));
    process_.once('error', reject);
    process_.once('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{'))
        return reject(new Error(`import memory case ${name}: exit ${code ?? signal}\n${err.slice(-2000)}`));
      resolve(JSON.parse(line) as ImportMemoryCase);
    });
  });

export const measureImportMemory = async (cases = Object.keys(importBodies) as ImportBodyCase[]) => {
  const results: ImportMemoryCase[] = [];
  // One at a time: two children at once would share the machine's memory and CPU.
  for (const name of cases) results.push(await runCase(name));
  return {
    importPeakMemoryMiB: Math.max(...results.map((r) => r.peakMiB)),
    cases: results,
  } satisfies ImportMemory;
};
