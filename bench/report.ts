import type { BenchResults } from './results.ts';

/** The markdown tables `npm run bench` prints and docs/performance.md quotes. */
const fmt = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || Number.isNaN(value)
    ? '–'
    : value.toLocaleString('en-US', { maximumFractionDigits: digits });
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KiB`;
const failures = (load: { non2xx: number; errors: number }) =>
  load.non2xx || load.errors ? ` (**${load.non2xx} non-2xx, ${load.errors} errors**)` : '';
const mark = (met: boolean | null) => (met === null ? '' : met ? 'met' : '**missed**');

export const markdown = (r: BenchResults): string => {
  const g = r.goals;
  const rows: string[][] = [
    ['measurement', 'result', 'baseline (same run)', 'ratio', 'goal', ''],
    [
      `cold start: import of the bundle, median of ${r.coldStart.runs} fresh processes (worst: ${r.coldStart.worst.function})`,
      `${fmt(r.coldStart.functions[r.coldStart.worst.function]?.medianMs)} ms`,
      `${fmt(r.coldStart.baselineMedianMs)} ms (middy + DynamoDB client)`,
      fmt(r.coldStartRatio, 3),
      '≤ 1.5',
      mark(g.coldStartRatio.met),
    ],
    [
      `plan progress in-process, p50 (${r.latency.requests} requests, ${r.latency.planItems} items)`,
      `${fmt(r.latency.handlerMs.p50)} ms`,
      `${fmt(r.latency.bareQueryMs.p50)} ms (bare Query)`,
      fmt(r.latencyRatioP50, 3),
      '≤ 1.5',
      mark(g.latencyRatioP50.met),
    ],
    [
      'plan progress in-process, p99',
      `${fmt(r.latency.handlerMs.p99)} ms`,
      `${fmt(r.latency.bareQueryMs.p99)} ms`,
      fmt(r.latencyRatioP99, 3),
      '',
      '',
    ],
    [
      'DynamoDB calls per plan progress request',
      String(r.planProgressRequests),
      '',
      '',
      '1',
      mark(g.planProgressRequests.met),
    ],
  ];
  if (r.flagJob) {
    rows.push([
      `flag job, seconds per 1,000 indicators at ${fmt(r.flagJob.small.indicators, 0)} → ${fmt(r.flagJob.large.indicators, 0)}`,
      `${fmt(r.flagJob.large.secondsPerThousand, 3)} s`,
      `${fmt(r.flagJob.small.secondsPerThousand, 3)} s`,
      fmt(r.flagJob.ratio, 3),
      '≈ 1 (linear)',
      mark(g.flagJob.met),
    ]);
  } else rows.push(['flag job scaling', 'not measured', '', '', '≈ 1', '']);
  if (r.import) {
    rows.push([
      `import of ${fmt(r.import.rows, 0)} rows (POST /imports)`,
      `${fmt(r.import.importRowsPerSecond, 0)} rows/s`,
      `${fmt(r.import.bareRowsPerSecond, 0)} rows/s (bare BatchWriteItem)`,
      fmt(r.importRatio, 3),
      '≥ 0.5',
      mark(g.importRatio.met),
    ]);
    rows.push([
      '… the same import against the writes its guarantees need',
      `${fmt(r.import.importRowsPerSecond, 0)} rows/s`,
      `${fmt(r.import.transactFloorRowsPerSecond, 0)} rows/s (bare TransactWriteItems: actual + revision, conditional)`,
      fmt(r.import.importRatioToTransactFloor, 3),
      '',
      '',
    ]);
  } else rows.push(['import throughput', 'not measured', '', '', '≥ 0.5', '']);
  if (r.drafting) {
    rows.push([
      `target drafts of a ${fmt(r.drafting.textBytes / 2 ** 20, 2)} MiB text (${fmt(r.drafting.targets, 0)} targets), median of ${r.drafting.runs}`,
      `${fmt(r.drafting.draftMs, 0)} ms (${fmt(r.drafting.shareOfTimeout * 100, 1)} % of the ${r.drafting.timeoutSeconds} s timeout)`,
      `${fmt(r.drafting.baselineMs, 0)} ms (regex scan of the same text)`,
      fmt(r.drafting.ratio, 3),
      '≤ 10 % of the timeout',
      mark(g.draftingShareOfTimeout?.met ?? null),
    ]);
  } else rows.push(['target drafts of a 2 MiB text', 'not measured', '', '', '≤ 10 % of the timeout', '']);
  if (r.importMemory) {
    const worst = r.importMemory.cases.reduce((a, b) => (b.peakMiB > a.peakMiB ? b : a));
    rows.push([
      `import peak memory, worst of ${r.importMemory.cases.length} accepted bodies (${worst.case})`,
      `${fmt(r.importMemory.importPeakMemoryMiB, 0)} MiB (answered ${worst.status})`,
      `${fmt(worst.loadedMiB, 0)} MiB (the handler loaded)`,
      '',
      '< 256 MiB',
      mark(g.importPeakMemoryMiB.met),
    ]);
  } else rows.push(['import peak memory', 'not measured', '', '', '< 256 MiB', '']);
  rows.push([
    `HTTP plan progress, autocannon ${r.http.connections} connections × ${r.http.durationSeconds} s`,
    `${fmt(r.http.api.requestsPerSecond, 1)} req/s, p99 ${fmt(r.http.api.p99Ms, 0)} ms${failures(r.http.api)}`,
    `${fmt(r.http.bare.requestsPerSecond, 1)} req/s, p99 ${fmt(r.http.bare.p99Ms, 0)} ms (bare Query server)${failures(r.http.bare)}`,
    fmt(r.http.throughputRatio, 3),
    '',
    '',
  ]);

  const bundleRows = [
    ['function', 'minified', 'gzipped', 'import (wall, median)', 'ratio', 'import (CPU, median)', 'CPU ratio'],
    ...Object.entries(r.bundles).map(([name, size]) => {
      const c = r.coldStart.functions[name];
      return [
        name,
        kb(size.minifiedBytes),
        kb(size.gzipBytes),
        `${fmt(c?.medianMs)} ms`,
        fmt(c?.ratio, 3),
        `${fmt(c?.cpuMedianMs)} ms`,
        fmt(c?.cpuRatio, 3),
      ];
    }),
    [
      '(baseline: middy + DynamoDB client)',
      kb(r.baselineBundle.minifiedBytes),
      kb(r.baselineBundle.gzipBytes),
      `${fmt(r.coldStart.baselineMedianMs)} ms`,
      '1',
      `${fmt(r.coldStart.baselineCpuMedianMs)} ms`,
      '1',
    ],
  ];
  const callRows = [
    ['route', 'DynamoDB calls', 'commands'],
    ...Object.entries(r.routeRequests).map(([route, c]) => [
      `\`${route}\``,
      c.calls === null ? '–' : String(c.calls),
      `${c.commands.join(', ')}${c.note ? ` (${c.note})` : ''}`,
    ]),
  ];
  const m = r.machine;
  return [
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; load average at start ${m.loadAverage.join(' / ')}. Run took ${fmt(r.durationSeconds, 0)} s.`,
    '',
    table(rows),
    '',
    table(bundleRows),
    '',
    table(callRows),
  ].join('\n');
};

const table = (rows: string[][]) => {
  const [head, ...body] = rows;
  return [
    `| ${head!.join(' | ')} |`,
    `|${head!.map(() => '---').join('|')}|`,
    ...body.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
};
