import { describe, expect, it } from 'vitest';
import { Api, ApiError, loadApiBase, type Fetch } from '../../web/src/api.ts';

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('where the API is', () => {
  it('comes from config.json, without a trailing slash', async () => {
    const fetcher: Fetch = async (url) =>
      url === 'config.json' ? json({ apiUrl: 'https://abc.execute-api.ap-southeast-1.amazonaws.com/' }) : json({}, 404);
    expect(await loadApiBase(fetcher)).toBe('https://abc.execute-api.ap-southeast-1.amazonaws.com');
  });

  it('is the page’s own origin when config.json is missing, unreadable or silent', async () => {
    expect(await loadApiBase(async () => json({}, 404))).toBe('');
    expect(await loadApiBase(async () => new Response('not json'))).toBe('');
    expect(await loadApiBase(async () => json({ apiUrl: '' }))).toBe('');
    expect(
      await loadApiBase(async () => {
        throw new TypeError('offline');
      }),
    ).toBe('');
  });
});

describe('API client', () => {
  it('follows nextCursor until the list ends, asking for big pages', async () => {
    const seen: string[] = [];
    const api = new Api('https://api.example', async (url) => {
      seen.push(url);
      const cursor = new URL(url).searchParams.get('cursor');
      return cursor ? json({ items: [3] }) : json({ items: [1, 2], nextCursor: 'next page' });
    });
    expect(await api.all<number>('/flags', { status: 'open', planId: undefined })).toEqual([1, 2, 3]);
    expect(seen).toEqual([
      'https://api.example/flags?status=open&limit=200',
      'https://api.example/flags?status=open&limit=200&cursor=next+page',
    ]);
  });

  it('turns a problem+json answer into an ApiError with its detail', async () => {
    const api = new Api('', async () =>
      json({ title: 'Not Found', status: 404, detail: "plan 'x' does not exist" }, 404, 'application/problem+json'),
    );
    const error = await api.get('/plans/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, path: '/plans/x', message: "plan 'x' does not exist" });
  });

  it('reports a network failure as status 0', async () => {
    const api = new Api('', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.get('/plans')).rejects.toMatchObject({ status: 0, message: 'Failed to fetch' });
  });

  it('keeps the status line when the error body is not JSON', async () => {
    const api = new Api('', async () => new Response('<html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(api.get('/plans')).rejects.toMatchObject({ status: 502, message: '502 Bad Gateway' });
  });
});
