import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/dynamodb-local.ts';
import { loadOrCreateKeys, signToken } from '../../infra/local/local-auth.ts';
import * as fixtures from '../support/fixtures.ts';
import { exited, javaFor, startLocalProcess, type RunningServer } from '../support/local-process.ts';

const rowCount = 5_000;
/** The plan runs 1990–2100, so rows may be 1980–2100: 121 years, and 42 indicators hold 5,000 rows. */
const indicatorCount = 42;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts the items DynamoDB Local holds, straight from the table the server uses. */
const countItems = async (server: RunningServer) => {
  const endpoint = /DynamoDB Local: (http:\/\/[\d.:]+)/.exec(server.output())![1];
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const counts = { actual: 0, revision: 0, versions: new Set<string>() };
  let ExclusiveStartKey: Record<string, any> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: 'chitieu', ExclusiveStartKey, ProjectionExpression: 'entity, version' }),
    );
    for (const item of page.Items ?? []) {
      if (item.entity?.S === 'actual') {
        counts.actual += 1;
        counts.versions.add(item.version!.N!);
      }
      if (item.entity?.S === 'revision') counts.revision += 1;
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  client.destroy();
  return counts;
};

describe('crash during an import', () => {
  it(`kill -9 of the server and DynamoDB Local part-way through ${rowCount} rows; after a restart the replay with the same key finishes it, every row once`, async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'chitieu-crash-'));
    const env = { CHITIEU_DATA_DIR: dataDir, PORT: String(await freePort()) };
    const first = await startLocalProcess(env, ['--no-demo']);
    const keys = await loadOrCreateKeys(dataDir);
    const admin = await signToken(keys, { role: 'admin' });
    const owner = await signToken(keys, { role: 'department', departmentId: 'crash-dept' });
    const call = (
      server: RunningServer,
      method: string,
      route: string,
      token: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) =>
      fetch(`${server.url}${route}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });

    expect((await call(first, 'POST', '/departments', admin, fixtures.department('crash-dept'))).status).toBe(201);
    expect(
      (
        await call(
          first,
          'POST',
          '/plans',
          admin,
          fixtures.plan('crash-plan', { period: { startYear: 1990, endYear: 2100 } }),
        )
      ).status,
    ).toBe(201);
    const ids = Array.from({ length: indicatorCount }, (_, i) => `crash-${i}`);
    for (const id of ids) {
      const created = await call(
        first,
        'POST',
        '/plans/crash-plan/indicators',
        admin,
        fixtures.indicator(id, { departmentId: 'crash-dept', unit: 'căn' }),
      );
      expect(created.status).toBe(201);
    }
    const rows = Array.from({ length: rowCount }, (_, i) => ({
      indicatorId: ids[i % indicatorCount],
      year: 1980 + Math.floor(i / indicatorCount),
      value: i + 0.5,
    }));
    const replay = { 'idempotency-key': 'crash-import-1' };

    const interrupted = call(first, 'POST', '/imports', owner, { rows }, replay).then(
      (response) => `answered ${response.status}`,
      () => 'connection lost',
    );
    // Kill once a good part is written, well before the end.
    for (let written = 0; written < 600;) {
      await sleep(200);
      written = (await countItems(first)).actual;
    }
    process.kill(-first.child.pid!, 'SIGKILL');
    await exited(first.child);
    expect(await interrupted).toBe('connection lost');
    for (let i = 0; i < 50 && (await javaFor(dataDir)).length > 0; i++) await sleep(100);
    expect(await javaFor(dataDir)).toEqual([]);

    const second = await startLocalProcess(env, ['--no-demo']);
    try {
      const survived = await countItems(second);
      expect(survived.actual).toBeGreaterThan(0);
      expect(survived.actual).toBeLessThan(rowCount);
      expect(survived.revision).toBe(survived.actual);

      // The first execution's lease runs out within seconds: until then the replay is told to wait
      // (409). On a loaded machine a replay may also run out of time part-way (503): as any client
      // told Retry-After, the test replays again, and each replay continues where the last stopped.
      let answer: Response;
      const deadline = Date.now() + 150_000;
      for (;;) {
        answer = await call(second, 'POST', '/imports', owner, { rows }, replay);
        if ((answer.status !== 409 && answer.status !== 503) || Date.now() > deadline) break;
        await sleep(Number(answer.headers.get('retry-after') ?? 1) * 1000);
      }
      expect(answer.status, await answer.clone().text()).toBe(200);
      const finished = (await answer.json()) as { resumed: { rows: number } };
      expect(finished).toMatchObject({ imported: rowCount, updated: 0, unchanged: 0, rows: rowCount });
      // It names what the killed execution (and any replay that ran out of time) had written.
      expect(finished.resumed.rows).toBeGreaterThanOrEqual(survived.actual);

      const after = await countItems(second);
      expect(after).toEqual({ actual: rowCount, revision: rowCount, versions: new Set(['1']) });
      const again = await call(second, 'POST', '/imports', owner, { rows }, replay);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await again.json()).toEqual(finished);
    } finally {
      process.kill(-second.child.pid!, 'SIGTERM');
      await exited(second.child);
    }
  }, 360_000);
});
