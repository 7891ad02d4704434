import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import type { BundleSize } from './bundles.ts';
import type { ColdStart } from './cold-start.ts';
import type { DraftingResult } from './drafts.ts';
import type { FlagJobScaling } from './flag-job.ts';
import type { HttpResult } from './http.ts';
import type { ImportMemory } from './import-memory.ts';
import type { ImportThroughput } from './imports.ts';
import type { LatencyResult } from './latency.ts';
import type { RoundTrips } from './round-trips.ts';
import { round } from './lib/stats.ts';

/** bench/results.json: the headline ratios at the top level, each measurement's detail beside it. */
export interface BenchResults {
  generatedAt: string;
  machine: Machine;
  durationSeconds: number;
  /** function → bytes of its bundle as CDK builds it (minified ESM, AWS SDK bundled) and gzipped. */
  bundles: Record<string, Omit<BundleSize, 'path'>>;
  baselineBundle: Omit<BundleSize, 'path'>;
  coldStartRatio: number;
  coldStart: ColdStart;
  latencyRatioP50: number;
  latencyRatioP99: number;
  latency: LatencyResult;
  planProgressRequests: number;
  /** route → DynamoDB calls of one request. */
  routeRequests: RoundTrips['routes'];
  flagJob: FlagJobScaling | null;
  importRatio: number | null;
  import: ImportThroughput | null;
  /** Drafting a 2 MiB text (POST /target-drafts' limit) against a plain regex scan of it; absent in older results. */
  drafting?: DraftingResult;
  /** The import function's peak memory (MiB) over the worst bodies the route accepts (bench/import-memory.ts). */
  importPeakMemoryMiB: number | null;
  importMemory: ImportMemory | null;
  http: HttpResult;
  goals: Record<
    'coldStartRatio' | 'latencyRatioP50' | 'planProgressRequests' | 'flagJob' | 'importRatio' | 'importPeakMemoryMiB',
    Goal
  > &
    Partial<Record<'draftingShareOfTimeout', Goal>>;
  /** Measurements that could not run, and why. */
  skipped: Record<string, string>;
}

export interface Goal {
  goal: string;
  value: number | null;
  met: boolean | null;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  freeMemoryGiB: number;
  node: string;
  platform: string;
  loadAverage: number[];
}

export const describeMachine = (): Machine => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
  memoryGiB: round(totalmem() / 2 ** 30, 1),
  freeMemoryGiB: round(freemem() / 2 ** 30, 1),
  node: process.version,
  platform: `${platform()} ${release()}`,
  loadAverage: loadavg().map((l) => round(l, 2)),
});

const goal = (text: string, value: number | null, met: (v: number) => boolean): Goal => ({
  goal: text,
  value,
  met: value === null ? null : met(value),
});

/** A flag job whose cost per indicator grows by more than a quarter from 2,000 to 20,000 is not linear. */
export const goalsOf = (r: Omit<BenchResults, 'goals'>): BenchResults['goals'] => ({
  coldStartRatio: goal('≤ 1.5', r.coldStartRatio, (v) => v <= 1.5),
  latencyRatioP50: goal('≤ 1.5', r.latencyRatioP50, (v) => v <= 1.5),
  planProgressRequests: goal('= 1', r.planProgressRequests, (v) => v === 1),
  flagJob: goal('≈ 1 (≤ 1.25)', r.flagJob?.ratio ?? null, (v) => v <= 1.25),
  importRatio: goal('≥ 0.5', r.importRatio, (v) => v >= 0.5),
  draftingShareOfTimeout: goal('≤ 0.1', r.drafting?.shareOfTimeout ?? null, (v) => v <= 0.1),
  importPeakMemoryMiB: goal('< 256', r.importPeakMemoryMiB, (v) => v < 256),
});
