import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardFallback } from '../../web/serve.ts';

// The fallback as the local server calls it: only for requests no API route matched.
let server: Server;
let base: string;
beforeAll(async () => {
  const fallback = dashboardFallback([
    {
      name: 'index.html',
      contents: new TextEncoder().encode('<!doctype html><title>x</title>'),
      contentType: 'text/html; charset=utf-8',
    },
    {
      name: 'app.js',
      contents: new TextEncoder().encode('console.log(1)'),
      contentType: 'text/javascript; charset=utf-8',
    },
  ]);
  server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!(await fallback(request, response, url))) {
      response.writeHead(404).end('api 404');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the dashboard on npm start', () => {
  it('serves index.html at / and the files by name, with their types, never cached stale', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('<!doctype html>');
    const app = await fetch(`${base}/app.js`);
    expect(app.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers config.json with no API URL: the API is on the same origin', async () => {
    expect(await (await fetch(`${base}/config.json`)).json()).toEqual({ apiUrl: '' });
  });

  it('answers HEAD without a body', async () => {
    const head = await fetch(`${base}/index.html`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
  });

  it('leaves anything else to the API’s 404/405 (unknown paths, other methods, no directory walking)', async () => {
    for (const path of ['/nothing.js', '/../package.json', '/%2e%2e/package.json', '/web/serve.ts']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${base}/index.html`, { method: 'POST', body: 'x' })).status).toBe(404);
  });
});

describe('the dashboard bundled on first request', () => {
  it('serves the real index.html and app.js, built in memory when first asked for', async () => {
    const fallback = dashboardFallback();
    const lazy = createServer(async (request, response) => {
      if (!(await fallback(request, response, new URL(request.url ?? '/', 'http://localhost'))))
        response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => lazy.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(lazy.address() as AddressInfo).port}`;
    try {
      expect(await (await fetch(`${url}/`)).text()).toContain('<script type="module" src="app.js"></script>');
      const app = await fetch(`${url}/app.js`);
      expect(app.status).toBe(200);
      expect((await app.text()).length).toBeGreaterThan(100_000);
      expect((await fetch(`${url}/favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
      expect((await fetch(`${url}/plans.html`)).status).toBe(404);
    } finally {
      await new Promise<void>((resolve) => lazy.close(() => resolve()));
    }
  });
});
