import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionEntry, projectRoot } from '../../infra/cdk/paths.ts';
import { tableAccess } from '../../infra/cdk/table-access.ts';
import { functionNames, type FunctionName } from '../../shared/http/route-table.ts';
import { defaultActualBatches, defaultIdempotencyStore } from '../../shared/storage/default-batch-stores.ts';
import { defaultFlagStore, defaultStore, defaultTaskStore } from '../../shared/storage/default-store.ts';

/** Every Lambda entry under functions/ (the route table's functions and the scheduled job). */
const entries = readdirSync(path.join(projectRoot, 'functions')).sort();

// Each function bundled as the stack bundles it (infra/cdk/functions.ts), but not minified, so that
// the call sites keep their names and can be counted.
const bundles = new Map<string, string>();
beforeAll(async () => {
  // One build of all entries (each still its own bundle: no code splitting), which shares the parsing.
  const result = await build({
    entryPoints: Object.fromEntries(entries.map((name) => [name, functionEntry(name)])),
    outdir: path.join(projectRoot, 'tests/.artifacts/bundles'),
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  for (const file of result.outputFiles) bundles.set(path.basename(file.path, '.js'), file.text);
}, 120_000);

const occurrences = (code: string, pattern: RegExp) => code.match(pattern)?.length ?? 0;
/** Functions outside the route table that never touch the table: Cognito's trigger (infra/cdk/auth.ts). */
const tableless = ['auth-pre-token'];
const usesTable = (name: string) =>
  !tableless.includes(name) &&
  (!functionNames.includes(name as FunctionName) || tableAccess(name as FunctionName) !== 'none');

describe('one DynamoDB client per function', () => {
  it('every bundle makes its client at one call site (shared/runtime/document-client.ts), or none without table access', () => {
    expect(entries).toEqual(expect.arrayContaining([...functionNames, 'flag-job', ...tableless]));
    for (const name of entries) {
      const code = bundles.get(name)!;
      const expected = usesTable(name) ? 1 : 0;
      expect(occurrences(code, /\bcreateDocumentClient\(/g), name).toBe(expected);
      expect(occurrences(code, /\bDynamoDBDocumentClient\.from\(/g), name).toBe(expected);
    }
  });

  it('in a process, the store, the flag store, the task store, the import batches and the idempotency records share that client', () => {
    const clientOf = (store: unknown) => (store as { db: unknown }).db;
    const client = clientOf(defaultStore());
    expect(client).toBeDefined();
    for (const store of [defaultFlagStore(), defaultTaskStore(), defaultActualBatches(), defaultIdempotencyStore()])
      expect(clientOf(store)).toBe(client);
  });
});
