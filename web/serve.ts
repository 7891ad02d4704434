/**
 * The dashboard beside the API for `npm start`: bundled in memory on the first request for it
 * (about 0.2 s, so an API-only run never pays for it), then served from memory as the local
 * server's `fallback` for GET/HEAD requests that no API route matches.
 * Same origin as the API: config.json names no API URL, and no CORS is needed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { bundleWebAsync, webRoot, type WebFile } from './bundle.ts';
import { contentSecurityPolicy } from './security.ts';

export type Fallback = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;

/** Headers the CloudFront response-headers policy sets on AWS, so local testing sees the same rules. */
export const securityHeaders: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'content-security-policy': contentSecurityPolicy(),
};

/** Same origin: the page calls the API at its own origin ('' base). */
const localConfig: WebFile = {
  name: 'config.json',
  contents: new TextEncoder().encode('{"apiUrl":""}\n'),
  contentType: 'application/json; charset=utf-8',
};

/** The names the bundle serves, known without bundling: any other path is left to the API's 404. */
const servedNames = (files?: WebFile[]) =>
  new Set(
    [
      '/',
      ...(files?.map((f) => f.name) ?? [
        ...readdirSync(path.join(webRoot, 'public')),
        'app.js',
        'app.js.map',
        'app.js.LEGAL.txt',
      ]),
      'config.json',
    ].map((name) => (name === '/' ? name : `/${name}`)),
  );

export const dashboardFallback = (files?: WebFile[]): Fallback => {
  const names = servedNames(files);
  let byPath: Promise<Map<string, WebFile>> | undefined;
  const load = () =>
    (byPath ??= (files ? Promise.resolve(files) : bundleWebAsync()).then(
      (all) => new Map([...all, localConfig].map((file) => [`/${file.name}`, file])),
      (error: unknown) => {
        byPath = undefined; // a fixed source file is picked up by the next request
        throw error;
      },
    ));
  return async (request, response, url) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !names.has(url.pathname)) return false;
    const file = (await load()).get(url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) return false;
    request.resume();
    response.writeHead(200, {
      'content-type': file.contentType,
      'content-length': file.contents.byteLength,
      'cache-control': 'no-cache',
      ...securityHeaders,
    });
    response.end(request.method === 'HEAD' ? undefined : file.contents);
    return true;
  };
};
