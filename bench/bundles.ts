import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnTracked } from './lib/environment.ts';

/** Per function: the bundle CDK builds (minified ESM, SDK bundled), its size and its gzipped size. */
export interface BundleSize {
  path: string;
  minifiedBytes: number;
  gzipBytes: number;
}

export interface Bundles {
  functions: Record<string, BundleSize>;
  baseline: BundleSize;
  /** Bundles of the extra entries asked for, by name. */
  extra: Record<string, BundleSize>;
}

const sizeOf = (file: string): BundleSize => {
  const code = readFileSync(file);
  return {
    path: path.relative(process.cwd(), file),
    minifiedBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
  };
};

/**
 * Builds in a child process (aws-cdk-lib is a large import, and esbuild writes to the inherited
 * stderr): the bench process stays small for the measurements that follow, and its event loop free
 * (DynamoDB Local starts meanwhile).
 */
export const buildBundles = async (outdir: string, extra: Record<string, string> = {}): Promise<Bundles> => {
  rmSync(outdir, { recursive: true, force: true });
  const extraArgs = Object.entries(extra).map(([name, entry]) => `${name}=${entry}`);
  const child = spawnTracked(process.execPath, ['--import', 'tsx', 'bench/build-bundles.ts', outdir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`bundling failed (${code}):\n${stderr}\n${stdout}`);
  const paths = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, string>;
  const { baseline, ...built } = paths;
  if (!baseline) throw new Error('no baseline bundle');
  const sized = (wanted: (name: string) => boolean) =>
    Object.fromEntries(
      Object.entries(built)
        .filter(([name]) => wanted(name))
        .map(([name, file]) => [name, sizeOf(file)]),
    );
  return {
    functions: sized((name) => !(name in extra)),
    baseline: sizeOf(baseline),
    extra: sized((name) => name in extra),
  };
};
