import { describe, expect, it } from 'vitest';
import * as fixtures from '../support/fixtures.ts';
import { useLocalApi } from '../support/local-api.ts';

const api = useLocalApi();

describe('plans', () => {
  it('creates a plan (201), refuses the same id (409), reads it back', async () => {
    const admin = await api.token({ role: 'admin' });
    const created = await api.call('POST', '/plans', { token: admin, body: fixtures.plan('p-create') });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/plans/p-create');
    expect(created.body).toMatchObject({
      id: 'p-create',
      number: '68/KH-UBND',
      period: { startYear: 2024, endYear: 2030 },
    });
    expect(created.body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    const again = await api.call('POST', '/plans', { token: admin, body: fixtures.plan('p-create') });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');

    const read = await api.call('GET', '/plans/p-create');
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
  });

  it('stores names in NFC whichever way the accents were typed', async () => {
    const admin = await api.token({ role: 'admin' });
    const decomposed = 'UBND tỉnh Thanh Hóa'.normalize('NFD');
    expect(decomposed).not.toBe('UBND tỉnh Thanh Hóa');
    const created = await api.call('POST', '/plans', {
      token: admin,
      body: fixtures.plan('p-nfc', { issuer: decomposed }),
    });
    expect(created.status).toBe(201);
    expect(created.body.issuer).toBe('UBND tỉnh Thanh Hóa'.normalize('NFC'));
  });

  it('lists plans a page at a time with an opaque cursor', async () => {
    const admin = await api.token({ role: 'admin' });
    for (const id of ['p-list-a', 'p-list-b', 'p-list-c']) {
      expect((await api.call('POST', '/plans', { token: admin, body: fixtures.plan(id) })).status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.call('GET', `/plans?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((p: { id: string }) => p.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining(['p-list-a', 'p-list-b', 'p-list-c']));
    expect(new Set(seen).size).toBe(seen.length);

    const bad = await api.call('GET', '/plans?cursor=not-a-cursor');
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ in: 'query', field: 'cursor' });
  });

  it('patches fields, clears the reporting rule with null, 404 for an unknown plan', async () => {
    const admin = await api.token({ role: 'admin' });
    await api.call('POST', '/plans', { token: admin, body: fixtures.plan('p-patch') });
    const patched = await api.call('PATCH', '/plans/p-patch', {
      token: admin,
      body: { title: 'Tên mới', reporting: null },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.title).toBe('Tên mới');
    expect(patched.body.reporting).toBeUndefined();
    expect(patched.body.updatedAt >= patched.body.createdAt).toBe(true);

    const missing = await api.call('PATCH', '/plans/p-nowhere', { token: admin, body: { title: 'x' } });
    expect(missing.status).toBe(404);
    const empty = await api.call('PATCH', '/plans/p-patch', { token: admin, body: {} });
    expect(empty.status).toBe(422);
  });

  it('404 problem for an unknown plan', async () => {
    const response = await api.call('GET', '/plans/khong-co');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ status: 404, title: expect.stringContaining('Not found') });
  });

  it('rejects a period that ends before it starts, naming the field', async () => {
    const admin = await api.token({ role: 'admin' });
    const response = await api.call('POST', '/plans', {
      token: admin,
      body: fixtures.plan('p-period', { period: { startYear: 2030, endYear: 2024 } }),
    });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('period.endYear');
  });

  it('writes need an admin token: none → 401, department → 403', async () => {
    const none = await api.call('POST', '/plans', { body: fixtures.plan('p-auth') });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const garbage = await api.call('POST', '/plans', { token: 'not.a.token', body: fixtures.plan('p-auth') });
    expect(garbage.status).toBe(401);
    const expired = await api.call('POST', '/plans', {
      token: await api.token({ role: 'admin', expiresIn: '-1m' }),
      body: fixtures.plan('p-auth'),
    });
    expect(expired.status).toBe(401);
    const department = await api.call('POST', '/plans', {
      token: await api.token({ role: 'department', departmentId: 'so-y-te' }),
      body: fixtures.plan('p-auth'),
    });
    expect(department.status).toBe(403);
    expect((await api.call('GET', '/plans/p-auth')).status).toBe(404);
  });
});

describe('departments', () => {
  it('creates and lists departments; 409 on a second create', async () => {
    const admin = await api.token({ role: 'admin' });
    const created = await api.call('POST', '/departments', {
      token: admin,
      body: fixtures.department('so-xay-dung', { name: 'Sở Xây dựng' }),
    });
    expect(created.status).toBe(201);
    expect(
      (await api.call('POST', '/departments', { token: admin, body: fixtures.department('so-xay-dung') })).status,
    ).toBe(409);
    const list = await api.call('GET', '/departments');
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: { id: string }) => d.id)).toContain('so-xay-dung');
  });
});
