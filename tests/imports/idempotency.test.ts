import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';
import { DynamoIdempotencyStore } from '#shared/storage/dynamodb/idempotency-store.ts';
import * as fixtures from '../support/fixtures.ts';
import { useLocalApi } from '../support/local-api.ts';
import { tableSnapshot } from '../support/table-snapshot.ts';
import { postRows, seedImportPlan } from './support.ts';

const api = useLocalApi();
const key = (value: string) => ({ 'idempotency-key': value });

describe('Idempotency-Key', () => {
  it('POST /plans, /departments, /plans/{id}/indicators: a replay answers the first answer and writes nothing', async () => {
    const admin = await api.token({ role: 'admin' });
    const calls: [string, string, unknown][] = [
      ['POST', '/departments', fixtures.department('idem-dept')],
      ['POST', '/plans', fixtures.plan('idem-plan')],
      ['POST', '/plans/idem-plan/indicators', fixtures.indicator('idem-ind', { departmentId: 'idem-dept' })],
    ];
    for (const [method, path, body] of calls) {
      const first = await api.call(method, path, { token: admin, body, headers: key(`k-${path}`) });
      expect(first.status, first.text).toBe(201);
      const before = await tableSnapshot();
      const replay = await api.call(method, path, { token: admin, body, headers: key(`k-${path}`) });
      expect(replay.status).toBe(201);
      expect(replay.body).toEqual(first.body);
      expect(replay.headers.get('location')).toBe(first.headers.get('location'));
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(await tableSnapshot()).toBe(before);
      // Without the key the same request is a new one: 409, it exists.
      expect((await api.call(method, path, { token: admin, body })).status).toBe(409);
    }
  });

  it('the same key with another body is a 422; keys are scoped per principal; a malformed key is a 400', async () => {
    const admin = await api.token({ role: 'admin' });
    const otherAdmin = await api.token({ role: 'admin', subject: 'other-admin@local' });
    expect(
      (await api.call('POST', '/plans', { token: admin, body: fixtures.plan('scope-a'), headers: key('shared-key') }))
        .status,
    ).toBe(201);
    const mismatch = await api.call('POST', '/plans', {
      token: admin,
      body: fixtures.plan('scope-b'),
      headers: key('shared-key'),
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.errors[0]).toMatchObject({ in: 'header', field: 'idempotency-key' });
    // The same body with keys in another order and other spacing is the same request.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(fixtures.plan('scope-a')).reverse()), null, 2);
    const same = await api.call('POST', '/plans', {
      token: admin,
      rawBody: reordered,
      headers: { ...key('shared-key'), 'content-type': 'application/json' },
    });
    expect(same.status).toBe(201);
    expect(same.headers.get('idempotent-replayed')).toBe('true');
    // Another principal's identical key is another key.
    expect(
      (
        await api.call('POST', '/plans', {
          token: otherAdmin,
          body: fixtures.plan('scope-b'),
          headers: key('shared-key'),
        })
      ).status,
    ).toBe(201);
    for (const bad of ['', 'x'.repeat(256), 'with space', 'caf\xe9']) {
      const response = await api.call('POST', '/plans', {
        token: admin,
        body: fixtures.plan('scope-c'),
        headers: key(bad),
      });
      expect(response.status, JSON.stringify(bad)).toBe(400);
      expect(response.body.errors[0].field).toBe('idempotency-key');
    }
  });

  it('a request that failed with a client error leaves the key free', async () => {
    const admin = await api.token({ role: 'admin' });
    await api.call('POST', '/plans', { token: admin, body: fixtures.plan('taken') });
    expect(
      (await api.call('POST', '/plans', { token: admin, body: fixtures.plan('taken'), headers: key('retry-me') }))
        .status,
    ).toBe(409);
    expect(
      (await api.call('POST', '/plans', { token: admin, body: fixtures.plan('taken-2'), headers: key('retry-me') }))
        .status,
    ).toBe(201);
  });

  it('POST /imports: a replay answers the same counts and adds no revision; a replay while the first runs is a 409 with Retry-After', async () => {
    const s = await seedImportPlan(api, 'replay', 50);
    const rows = s.indicatorIds.flatMap((id, i) =>
      [2024, 2025, 2026, 2027, 2028, 2029, 2030].map((year) => ({
        indicatorId: id,
        year,
        value: i * 10 + year - 2024,
      })),
    );
    const first = postRows(api, s.owner, rows, '', key('import-1'));
    await new Promise((r) => setTimeout(r, 150));
    const early = await postRows(api, s.owner, rows, '', key('import-1'));
    expect(early.status).toBe(409);
    expect(Number(early.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const answered = await first;
    expect(answered.status).toBe(200);
    expect(answered.body).toEqual({ imported: 350, updated: 0, unchanged: 0, rows: 350 });
    const before = await tableSnapshot();
    const replay = await postRows(api, s.owner, rows, '', key('import-1'));
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(answered.body);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await tableSnapshot()).toBe(before);
    // The department's key is not the admin's.
    const admin = await postRows(api, s.admin, rows, '', key('import-1'));
    expect(admin.body).toEqual({ imported: 0, updated: 0, unchanged: 350, rows: 350 });
  }, 60_000);

  it('records expire after 24 hours (TTL attribute expiresAt); an expired record no longer holds its key', async () => {
    const admin = await api.token({ role: 'admin' });
    const sent = Date.now();
    await api.call('POST', '/plans', { token: admin, body: fixtures.plan('ttl-plan'), headers: key('ttl-key') });
    const settings = settingsFromEnv();
    const db = createDocumentClient(settings);
    const { Items = [] } = await db.send(
      new ScanCommand({
        TableName: settings.tableName,
        FilterExpression: 'entity = :e',
        ExpressionAttributeValues: { ':e': 'idempotency' },
      }),
    );
    const record = Items.find((item) => String(item.PK).endsWith('#ttl-key'))!;
    expect(record.PK).toBe('IDEM#admin%40local#ttl-key');
    expect(record.expiresAt).toBeGreaterThanOrEqual(Math.floor(sent / 1000) + 24 * 3600 - 1);
    expect(record.expiresAt).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 24 * 3600);

    const store = new DynamoIdempotencyStore(db, settings.tableName);
    const scope = { principal: 'ttl@local', key: 'k' };
    const old = await store.claim(scope, { fingerprint: 'a', leaseMs: 60_000, ttlSeconds: -1 });
    expect(old.kind).toBe('claimed');
    expect((await store.claim(scope, { fingerprint: 'b', leaseMs: 60_000, ttlSeconds: 60 })).kind).toBe('claimed');
    expect((await store.claim(scope, { fingerprint: 'b', leaseMs: 60_000, ttlSeconds: 60 })).kind).toBe('in-progress');
    expect((await store.claim(scope, { fingerprint: 'c', leaseMs: 60_000, ttlSeconds: 60 })).kind).toBe('mismatch');
    db.destroy();
  });
});
