import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { functionBundling } from '#infra/cdk/functions.ts';
import { functionEntry, lockFile, projectRoot } from '#infra/cdk/paths.ts';
import { functionNames } from '#shared/http/route-table.ts';

/**
 * Child process of bench/bundles.ts: builds every function (functions/<name>/index.ts), plus the cold-start
 * baseline, with CDK's own NodejsFunction and the stack's own bundling options (so the bundles are
 * byte for byte what `cdk synth` ships), into the directory given as argument, and any further
 * `name=entry` arguments (bench/cold-start-breakdown.ts). Prints {name: bundle path} as JSON on its
 * last line. esbuild's chatter goes to stderr.
 */
const [outArg, ...extraArgs] = process.argv.slice(2);
const outdir = path.resolve(outArg ?? 'bench/.bundles');
const extra = Object.fromEntries(
  extraArgs.map((arg) => arg.split('=') as [string, string]).map(([name, entry]) => [name, path.resolve(entry)]),
);
const baselineName = 'baseline';
// Every Lambda entry: the route table's functions and the others (e.g. a scheduled job) under functions/.
const names = [
  ...new Set([
    ...functionNames,
    ...readdirSync(path.join(projectRoot, 'functions')).filter((d) => existsSync(functionEntry(d))),
  ]),
];
const entries: Record<string, string> = {
  ...Object.fromEntries(names.sort().map((name) => [name, functionEntry(name)])),
  [baselineName]: path.join(projectRoot, 'bench/baseline/index.ts'),
  ...extra,
};

const app = new App({ outdir });
const stack = new Stack(app, 'ChitieuBench');
const bundles: Record<string, string> = {};
for (const [name, entry] of Object.entries(entries)) {
  if (!existsSync(entry)) throw new Error(`${name}: no entry ${entry}`);
  const fn = new NodejsFunction(stack, name, {
    entry,
    handler: 'handler',
    projectRoot,
    depsLockFilePath: lockFile,
    runtime: lambda.Runtime.NODEJS_24_X,
    bundling: functionBundling,
  });
  const asset = fn.node.findChild('Code') as Asset;
  bundles[name] = path.join(outdir, asset.assetPath, 'index.mjs');
  if (!existsSync(bundles[name])) throw new Error(`${name}: CDK staged no index.mjs under ${asset.assetPath}`);
}
console.log(JSON.stringify(bundles));
