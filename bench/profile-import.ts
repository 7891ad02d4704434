import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBundles } from './bundles.ts';
import { cleanup } from './lib/environment.ts';

/**
 * Where a bundle's import time goes: `node --cpu-prof` around `import()` of the bundle (fresh
 * process, as in cold-start.ts), repeated, samples mapped back through the bundle's source map to
 * the package or project file they ran in, and compared with the baseline bundle's.
 *   npx tsx bench/profile-import.ts [function ...]     (default: every function)
 * Not part of `npm run bench`: a diagnosis tool; docs/performance.md quotes its output.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const runs = Number(process.env.PROFILE_RUNS || 10);

/** Source file → package ("zod", "@aws-sdk/client-dynamodb") or project path ("shared/http/contracts.ts"). */
const owner = (source: string) => {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  return source.replace(/^(\.\.\/)+/, '');
};

const profileOnce = (bundle: string, dir: string) => {
  const child = spawnSync(
    process.execPath,
    [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      '--cpu-prof-interval=50',
      '--input-type=module',
      '-e',
      `await import(${JSON.stringify(pathToFileURL(bundle).href)});`,
    ],
    {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        NODE_OPTIONS: '--enable-source-maps',
        TABLE_NAME: 'chitieu',
        AWS_REGION: 'ap-southeast-1',
      },
    },
  );
  if (child.status !== 0) throw new Error(child.stderr);
};

/**
 * Milliseconds of self time by owner, averaged over the runs. (Only self time: esbuild hoists every
 * module's top-level code into the bundle's one module function, so stacks cannot say which project
 * module's import triggered a call; bench/cold-start-breakdown.ts answers that by layers instead.)
 */
interface Attribution {
  self: Map<string, number>;
}

const attribute = (bundle: string, dir: string): Attribution => {
  const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
  const bundleUrl = pathToFileURL(bundle).href;
  const result: Attribution = { self: new Map() };
  const add = (into: Map<string, number>, key: string, ms: number) => into.set(key, (into.get(key) ?? 0) + ms / runs);
  const sourceOf = (frame: ProfileNode['callFrame']) => {
    if (frame.url !== bundleUrl) return undefined;
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string };
    return entry.originalSource ? owner(entry.originalSource) : '(bundle top level, unmapped)';
  };
  for (const file of readdirSync(dir)) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const frame = byId.get(id)!.callFrame;
      const source = sourceOf(frame);
      const key =
        source ??
        (frame.url.startsWith('node:') || frame.url === ''
          ? frame.functionName.startsWith('(')
            ? frame.functionName
            : `node: ${frame.functionName || 'internal'}`
          : '(other)');
      add(result.self, key, ms);
    });
  }
  return result;
};

/** Profiles `bundles` interleaved (one import of each per round), `runs` rounds. */
const profileAll = (bundles: Record<string, string>): Record<string, Attribution> => {
  const dirs = Object.fromEntries(
    Object.keys(bundles).map((name) => [name, mkdtempSync(path.join(tmpdir(), `chitieu-prof-${name}-`))]),
  );
  try {
    for (let i = 0; i < runs; i++)
      for (const [name, bundle] of Object.entries(bundles)) profileOnce(bundle, dirs[name]!);
    return Object.fromEntries(Object.entries(bundles).map(([name, bundle]) => [name, attribute(bundle, dirs[name]!)]));
  } finally {
    for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
  }
};

const fmt = (ms: number) => ms.toFixed(1).padStart(7);

try {
  const bundles = await buildBundles(path.join(import.meta.dirname, '.bundles'));
  const wanted = process.argv.slice(2);
  const chosen = Object.fromEntries(
    Object.entries(bundles.functions)
      .filter(([name]) => !wanted.length || wanted.includes(name))
      .map(([name, b]) => [name, b.path]),
  );
  const profiles = profileAll({ ...chosen, '(baseline)': bundles.baseline.path });
  const baseline = profiles['(baseline)']!;
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  for (const name of Object.keys(chosen)) {
    const profile = profiles[name]!;
    const keys = [...new Set([...profile.self.keys(), ...baseline.self.keys()])];
    const rows = keys
      .map((key) => ({ key, ms: profile.self.get(key) ?? 0, base: baseline.self.get(key) ?? 0 }))
      .sort((a, b) => b.ms - b.base - (a.ms - a.base));
    console.log(
      `\n## ${name}: ${sum(profile.self).toFixed(1)} ms sampled per process (baseline ${sum(baseline.self).toFixed(1)} ms), ${runs} runs interleaved`,
    );
    console.log(`${'self ms'.padStart(7)} ${'base'.padStart(7)} ${'extra'.padStart(7)}  where`);
    for (const row of rows.slice(0, 12))
      console.log(`${fmt(row.ms)} ${fmt(row.base)} ${fmt(row.ms - row.base)}  ${row.key}`);
  }
} finally {
  await cleanup();
}
