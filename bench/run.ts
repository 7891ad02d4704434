import './silence-logs.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildBundles } from './bundles.ts';
import { measureColdStart } from './cold-start.ts';
import { measureDrafting } from './drafts.ts';
import { measureFlagJob } from './flag-job.ts';
import { measureHttp } from './http.ts';
import { measureImportMemory } from './import-memory.ts';
import { measureImport } from './imports.ts';
import { measureLatency } from './latency.ts';
import { cleanup, onCleanup, startBenchDynamo } from './lib/environment.ts';
import { seedPlanFixture } from './lib/plan-fixture.ts';
import { round } from './lib/stats.ts';
import { markdown } from './report.ts';
import { describeMachine, goalsOf, type BenchResults } from './results.ts';
import { measureRoundTrips } from './round-trips.ts';

/**
 * `npm run bench`: every measurement as a ratio to a baseline measured in the same run (the machine
 * is shared and noisy; a ratio measured side by side holds where an absolute time does not).
 * Starts its own DynamoDB Local (in memory) and leaves nothing running: cleanup in `finally`, on
 * SIGINT/SIGTERM, and at the overall deadline. Prints markdown; writes bench/results.json.
 */
const deadlineMinutes = Number(process.env.BENCH_DEADLINE_MINUTES || 9.5);
const started = performance.now();
const bench = path.dirname(new URL(import.meta.url).pathname);

const abort = async (why: string, code: number) => {
  console.error(`\nbench: ${why}; stopping DynamoDB Local and child processes…`);
  await cleanup();
  process.exit(code);
};
process.once('SIGINT', () => void abort('SIGINT', 130));
process.once('SIGTERM', () => void abort('SIGTERM', 143));
const deadline = setTimeout(() => void abort(`over the ${deadlineMinutes}-minute budget`, 1), deadlineMinutes * 60_000);
deadline.unref();

const step = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
  const t0 = performance.now();
  process.stderr.write(`bench: ${name}…`);
  const result = await work();
  process.stderr.write(` ${round((performance.now() - t0) / 1000, 1)} s\n`);
  return result;
};

try {
  const machine = describeMachine();
  const scratch = mkdtempSync(path.join(tmpdir(), 'chitieu-bench-'));
  onCleanup(() => rmSync(scratch, { recursive: true, force: true }));
  // The flag job's local notifier writes its outbox here, never under the project's .data/.
  process.env.CHITIEU_DATA_DIR = scratch;

  // Bundling runs in a child while DynamoDB Local starts; the cold-start runs need the machine to themselves.
  const [bundles] = await step('bundles (CDK NodejsFunction) + DynamoDB Local', () =>
    Promise.all([buildBundles(path.join(bench, '.bundles')), startBenchDynamo()]),
  );
  const coldStart = await step('cold start', () =>
    measureColdStart(
      Object.fromEntries(Object.entries(bundles.functions).map(([name, b]) => [name, b.path])),
      bundles.baseline.path,
      25,
    ),
  );

  const fixture = await step('plan of 60 indicators × 7 years', () => seedPlanFixture('bench-plan-60x7', 60, 7));
  const latency = await step('latency', () => measureLatency(fixture, { warmup: 50, requests: 320 }));
  const http = await step('http (autocannon)', () => measureHttp(fixture.planId, `${fixture.lastYear}-12-31`));
  // After the two measurements of the plan: the write scenarios add to it.
  const roundTrips = await step('DynamoDB calls per route', () =>
    measureRoundTrips(fixture, 'so-lao-dong-tbxh-thanh-hoa'),
  );
  const skipped: Record<string, string> = {};
  const importThroughput = await step('import', () =>
    measureImport().catch((error: Error) => void (skipped.import = error.message)),
  );
  const drafting = await step('target drafts of a 2 MiB text', () => measureDrafting());
  // Each worst body in a child process of its own: they do not share this process's memory.
  const importMemory = await step('import peak memory (worst accepted bodies)', () =>
    measureImportMemory().catch((error: Error) => void (skipped.importMemory = error.message)),
  );
  // Last: it leaves ~75,000 items and their flags in DynamoDB Local's memory.
  const flagJob = await step('flag job scaling', () =>
    measureFlagJob().catch((error: Error) => void (skipped.flagJob = error.message)),
  );

  const sizes = (b: { minifiedBytes: number; gzipBytes: number }) => ({
    minifiedBytes: b.minifiedBytes,
    gzipBytes: b.gzipBytes,
  });
  const partial: Omit<BenchResults, 'goals'> = {
    generatedAt: new Date().toISOString(),
    machine,
    durationSeconds: round((performance.now() - started) / 1000, 1),
    bundles: Object.fromEntries(Object.entries(bundles.functions).map(([name, b]) => [name, sizes(b)])),
    baselineBundle: sizes(bundles.baseline),
    coldStartRatio: coldStart.coldStartRatio,
    coldStart,
    latencyRatioP50: latency.latencyRatioP50,
    latencyRatioP99: latency.latencyRatioP99,
    latency,
    planProgressRequests: roundTrips.planProgressRequests,
    routeRequests: roundTrips.routes,
    flagJob: flagJob ?? null,
    importRatio: importThroughput ? importThroughput.importRatio : null,
    import: importThroughput ?? null,
    drafting,
    importPeakMemoryMiB: importMemory ? importMemory.importPeakMemoryMiB : null,
    importMemory: importMemory ?? null,
    http,
    skipped,
  };
  const results: BenchResults = { ...partial, goals: goalsOf(partial) };
  writeFileSync(path.join(bench, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(markdown(results));
  for (const [what, why] of Object.entries(skipped)) console.log(`\nnot measured: ${what}: ${why}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  clearTimeout(deadline);
  await cleanup();
}
