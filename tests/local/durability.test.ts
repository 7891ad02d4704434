import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/dynamodb-local.ts';
import { loadOrCreateKeys, signToken } from '../../infra/local/local-auth.ts';
import * as fixtures from '../support/fixtures.ts';
import { exited, javaFor, startLocalProcess } from '../support/local-process.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('npm start: the local runtime', () => {
  it('every acknowledged write survives kill -9 of the server and DynamoDB Local, and a restart', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'chitieu-durable-'));
    const port = String(await freePort());
    const env = { CHITIEU_DATA_DIR: dataDir, PORT: port };
    const first = await startLocalProcess(env, ['--no-demo']);
    const token = await signToken(await loadOrCreateKeys(dataDir), { role: 'admin' });
    const post = (method: string, route: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${first.url}${route}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });

    // --no-demo: the catalog is loaded, the illustrative figures are not
    expect(((await (await fetch(`${first.url}/plans`)).json()) as any).items).toHaveLength(5);
    expect(((await (await fetch(`${first.url}/indicators/th68-that-nghiep-chung`)).json()) as any).actuals).toEqual([]);
    expect((await post('POST', '/departments', fixtures.department())).status).toBe(201);
    expect((await post('POST', '/plans', fixtures.plan('durable-plan'))).status).toBe(201);
    expect((await post('POST', '/plans/durable-plan/indicators', fixtures.indicator('durable-ind'))).status).toBe(201);
    const acknowledged: number[] = [];
    for (let year = 2020; year <= 2030; year++) {
      const response = await post('PUT', `/indicators/durable-ind/actuals/${year}`, { value: year - 1950 });
      if (response.status === 201) acknowledged.push(year);
    }
    expect(acknowledged).toHaveLength(11);
    expect(
      (await post('PUT', '/indicators/durable-ind/actuals/2030', { value: 99 }, { 'if-match': '"1"' })).status,
    ).toBe(200);

    // kill -9 the whole process group: the server, the watchdog and java, with no chance to flush
    process.kill(-first.child.pid!, 'SIGKILL');
    await exited(first.child);
    for (let i = 0; i < 50 && (await javaFor(dataDir)).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await javaFor(dataDir)).toEqual([]);

    const second = await startLocalProcess(env, ['--no-demo']);
    try {
      const indicator = (await (await fetch(`${second.url}/indicators/durable-ind`)).json()) as any;
      const history = (await (await fetch(`${second.url}/indicators/durable-ind/actuals/2030/history`)).json()) as any;
      expect(history.items.map((r: { value: number }) => r.value)).toEqual([99, 80]);
      expect(indicator.actuals.map((a: { year: number }) => a.year)).toEqual(acknowledged);
      expect(indicator.actuals.at(-1)).toMatchObject({ year: 2030, value: 99, version: 2 });
    } finally {
      process.kill(-second.child.pid!, 'SIGTERM');
      await exited(second.child);
    }
    expect(await javaFor(dataDir)).toEqual([]);
  });

  it('SIGKILL of the server alone: its DynamoDB Local does not outlive it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'chitieu-orphan-'));
    const server = await startLocalProcess({ CHITIEU_DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect((await javaFor(dataDir)).length).toBe(1);
    // a fresh start loads the catalog and, without --no-demo, the illustrative figures
    const plans = (await (await fetch(`${server.url}/plans`)).json()) as any;
    expect(plans.items).toHaveLength(5);
    const demo = (await (await fetch(`${server.url}/indicators/th68-that-nghiep-chung`)).json()) as any;
    expect(demo.actuals.length).toBeGreaterThan(0);
    expect(demo.actuals.every((a: any) => a.illustrative === true)).toBe(true);
    server.child.kill('SIGKILL'); // only node, not its group
    await exited(server.child);
    for (let i = 0; i < 50 && (await javaFor(dataDir)).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await javaFor(dataDir)).toEqual([]);
  });

  it('without Java it says how to install it and exits 1', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PATH: path.dirname(process.execPath),
        CHITIEU_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'chitieu-nojava-')),
      },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('apt-get install -y openjdk-17-jre-headless');
  });
});
