import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeKey, routes } from '#shared/http/route-table.ts';
import { ensureTable, freePort, startDynamoLocal, type DynamoLocal } from '../../infra/local/dynamodb-local.ts';
import { useLocalApi } from '../support/local-api.ts';
import { routeMatrix } from './route-matrix.ts';
import { seedWorld, useLocalOutbox, type World } from './world.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Routes that answer without the store: the API description is built from the route table alone. */
const storeless = new Set(['GET /openapi.json']);
/** The SDK gives up after 3 attempts with short backoff on a refused connection: a 503 within this. */
const quickMs = 2_500;

// A DynamoDB Local of this file's own, persisted, so that it can be stopped and started again with
// its data; the store of this process is made on first use, after these variables are set.
const dbPath = mkdtempSync(path.join(tmpdir(), 'chitieu-outage-'));
const pidFile = path.join(dbPath, 'java.pid');
let dynamo: DynamoLocal;
let port: number;
beforeAll(async () => {
  port = await freePort();
  dynamo = await startDynamoLocal({ dbPath, port, pidFile });
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.TABLE_NAME = 'outage';
  await ensureTable(dynamo.endpoint, 'outage');
}, 90_000);
afterAll(async () => {
  await dynamo?.stop();
});

useLocalOutbox();
const api = useLocalApi();

describe('DynamoDB unreachable', () => {
  it('every route answers 503 problem+json with Retry-After, quickly and without internals; all works again once it is back', async () => {
    const world: World = await seedWorld(api, 'outage');
    await dynamo.stop();

    const failures: string[] = [];
    let n = 0;
    for (const route of routes) {
      const key = routeKey(route);
      const sample = routeMatrix[route.operationId]!.request(world, 'admin', n++);
      const started = Date.now();
      const response = await api.call(route.method, sample.path, {
        token: world.admin,
        ...(sample.body !== undefined ? { body: sample.body } : {}),
        headers: route.method === 'GET' ? {} : { 'idempotency-key': `outage-${n}` },
      });
      const took = Date.now() - started;
      const expected = storeless.has(key) ? 200 : 503;
      const problem =
        expected !== 503 ||
        (response.headers.get('content-type')?.startsWith('application/problem+json') && response.body?.status === 503);
      const retryAfter = expected !== 503 || Number(response.headers.get('retry-after')) > 0;
      const internals = /ECONNREFUSED|node_modules|\.ts:\d+|\bat \S+ \(|TimeoutError|127\.0\.0\.1/.test(response.text);
      if (response.status !== expected || !problem || !retryAfter || internals || took > quickMs) {
        failures.push(`${key}: ${response.status} in ${took} ms ${response.text.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);

    dynamo = await startDynamoLocal({ dbPath, port, pidFile });
    // The outage spent the SDK's retry quota (a failed attempt costs tokens, only successes give them
    // back), so the first request may still meet a socket the restart closed and answer 503 without a
    // retry: a client retries as Retry-After says; within a few seconds everything answers again.
    for (let attempt = 0; attempt < 20 && (await api.call('GET', '/health')).status !== 200; attempt++)
      await sleep(250);
    const back = await api.call('GET', `/indicators/${world.indicatorId}/actuals/${world.year}`);
    expect(back.status, back.text).toBe(200);
    expect(back.body.value).toBe(90);
    expect((await api.call('GET', '/health')).status).toBe(200);
    const put = await api.call('PUT', `/indicators/${world.indicatorId}/actuals/${world.year}`, {
      token: world.owner,
      body: { value: 91 },
      headers: { 'if-match': '"1"' },
    });
    expect(put.status).toBe(200);
    const imported = await api.call('POST', '/imports', {
      token: world.owner,
      body: { rows: [{ indicatorId: world.indicatorId, year: 2025, value: 92 }] },
      headers: { 'idempotency-key': 'after-outage' },
    });
    expect(imported.body).toEqual({ imported: 1, updated: 0, unchanged: 0, rows: 1 });
  }, 120_000);

  it('a store that hangs (accepts connections, never answers) is a 503 within the function timeout, not a hang', async () => {
    const world = await seedWorld(api, 'paused');
    const java = Number(readFileSync(pidFile, 'utf8'));
    process.kill(java, 'SIGSTOP');
    try {
      const started = Date.now();
      const answers = await Promise.all([
        api.call('GET', `/plans/${world.planId}`),
        api.call('PUT', `/indicators/${world.indicatorId}/actuals/2025`, { token: world.owner, body: { value: 1 } }),
        api.call('POST', '/imports', {
          token: world.owner,
          body: { rows: [{ indicatorId: world.indicatorId, year: 2026, value: 2 }] },
          headers: { 'idempotency-key': 'paused-1' },
        }),
      ]);
      const took = Date.now() - started;
      expect(answers.map((a) => a.status)).toEqual([503, 503, 503]);
      for (const answer of answers) expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      // 3 attempts × 2 s request timeout: inside the API functions' 10 s Lambda timeout.
      expect(took).toBeLessThan(9_000);
    } finally {
      process.kill(java, 'SIGCONT');
    }
    expect((await api.call('GET', `/plans/${world.planId}`)).status).toBe(200);
    // The requests that timed out were still in the socket: once resumed, DynamoDB Local may apply
    // them, the key's claim among them. The same key then says "still running" until that claim's
    // lease ends, and then finishes the import: the client follows Retry-After.
    let retried = await api.call('POST', '/imports', {
      token: world.owner,
      body: { rows: [{ indicatorId: world.indicatorId, year: 2026, value: 2 }] },
      headers: { 'idempotency-key': 'paused-1' },
    });
    for (let i = 0; retried.status === 409 && i < 20; i++) {
      await new Promise((r) => setTimeout(r, Number(retried.headers.get('retry-after')) * 1000));
      retried = await api.call('POST', '/imports', {
        token: world.owner,
        body: { rows: [{ indicatorId: world.indicatorId, year: 2026, value: 2 }] },
        headers: { 'idempotency-key': 'paused-1' },
      });
    }
    expect(retried.status).toBe(200);
    expect(retried.body.rows).toBe(1);
    expect((await api.call('GET', `/indicators/${world.indicatorId}/actuals/2026/history`)).body.items).toHaveLength(1);
  }, 60_000);
});
