import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useLocalApi } from '../support/local-api.ts';

const api = useLocalApi();
const run = promisify(execFile);

/** Both linters run offline: no telemetry, no update check (checked once with the network cut: `unshare -rn`). */
const offline = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  NO_UPDATE_NOTIFIER: '1',
};

/** The document as clients get it, in a file the linters can read. */
const servedDocument = async () => {
  const response = await api.call('GET', '/openapi.json');
  expect(response.status).toBe(200);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'chitieu-openapi-')), 'openapi.json');
  writeFileSync(file, response.text);
  return file;
};

/** A linter's exit status is not its verdict (Spectral exits 0 on warnings): read its JSON report. */
const lint = async (script: string, args: string[]) => {
  const result = await run(process.execPath, [script, ...args], { env: offline, maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
  return result.stdout;
};

describe('GET /openapi.json passes both OpenAPI linters with no error and no warning', () => {
  it("Redocly's recommended rules (redocly.yaml)", async () => {
    const file = await servedDocument();
    const report = await lint('node_modules/@redocly/cli/bin/cli.js', [
      'lint',
      file,
      '--config',
      'redocly.yaml',
      '--format',
      'json',
    ]);
    const { totals, problems } = JSON.parse(report.slice(report.indexOf('{'), report.lastIndexOf('}') + 1));
    expect(problems.map((p: { ruleId: string; message: string }) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it("Spectral's spectral:oas (.spectral.yaml)", async () => {
    const file = await servedDocument();
    const report = await lint('node_modules/@stoplight/spectral-cli/dist/index.js', [
      'lint',
      file,
      '--ruleset',
      '.spectral.yaml',
      '--format',
      'json',
      '--quiet',
    ]);
    const results: { code: string; message: string; path: string[] }[] = JSON.parse(
      report.slice(report.indexOf('['), report.lastIndexOf(']') + 1),
    );
    expect(results.map((r) => `${r.code}: ${r.message} at ${r.path.join('.')}`)).toEqual([]);
  }, 60_000);
});
