import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MissingEnvironment, requireEnvironment, storeEnvironment } from '#shared/runtime/environment.ts';
import { settingsFromEnv } from '#shared/storage/dynamodb/client.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** A fresh Node importing a function's entry, as Lambda's init does, with exactly `env` (and PATH). */
const importEntry = (name: string, env: Record<string, string>) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', `await import('./functions/${name}/index.ts');`],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH!, POWERTOOLS_LOG_LEVEL: 'SILENT', ...env },
    },
  );

describe('the environment a function needs', () => {
  it('names every missing variable, and takes no empty value for a set one', () => {
    expect(() => requireEnvironment('api-read', storeEnvironment, {})).toThrow(
      'api-read: missing environment variables TABLE_NAME, AWS_REGION',
    );
    expect(() => requireEnvironment('api-read', storeEnvironment, { TABLE_NAME: 't', AWS_REGION: '' })).toThrow(
      MissingEnvironment,
    );
    expect(() =>
      requireEnvironment('api-read', storeEnvironment, { TABLE_NAME: 't', AWS_REGION: 'ap-southeast-1' }),
    ).not.toThrow();
  });

  it('has no fallback table or region for the store', () => {
    expect(() => settingsFromEnv({ AWS_REGION: 'ap-southeast-1' })).toThrow(/TABLE_NAME/);
    expect(() => settingsFromEnv({ TABLE_NAME: 'chitieu' })).toThrow(/AWS_REGION/);
    expect(settingsFromEnv({ TABLE_NAME: 't', AWS_REGION: 'r' })).toEqual({
      tableName: 't',
      region: 'r',
      endpoint: undefined,
    });
  });

  it('stops an API function and the flag job at start (import), naming what is missing; with it they load', () => {
    const noTable = importEntry('api-actuals', { AWS_REGION: 'ap-southeast-1' });
    expect(noTable.status).not.toBe(0);
    expect(noTable.stderr).toContain('api-actuals: missing environment variable TABLE_NAME');
    const noRegion = importEntry('flag-job', { TABLE_NAME: 'chitieu' });
    expect(noRegion.status).not.toBe(0);
    expect(noRegion.stderr).toContain('flag-job: missing environment variable AWS_REGION');
    const complete = importEntry('api-actuals', { TABLE_NAME: 'chitieu', AWS_REGION: 'ap-southeast-1' });
    expect(complete.stderr).toBe('');
    expect(complete.status).toBe(0);
  });
});
