import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadOrCreateKeys, signToken, type LocalKeys, type TokenRequest } from '../../infra/local/local-auth.ts';
import { createLocalServer } from '../../infra/local/server.ts';

export interface LocalApi {
  url: string;
  keys: LocalKeys;
  token(request: TokenRequest): Promise<string>;
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as-is, for malformed bodies. */
  rawBody?: string | Buffer;
  token?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** The local server (same handlers as Lambda) on a free port, for the tests of one file. */
export const useLocalApi = (): LocalApi => {
  const api = {} as LocalApi;
  let close: () => void = () => undefined;
  beforeAll(async () => {
    const keys = await loadOrCreateKeys(mkdtempSync(path.join(tmpdir(), 'chitieu-keys-')));
    const server = await createLocalServer({ keys });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => {
      server.close();
      server.closeAllConnections();
    };
    Object.assign(api, {
      url,
      keys,
      token: (request: TokenRequest) => signToken(keys, request),
      call: async (method: string, route: string, options: CallOptions = {}) => {
        const headers: Record<string, string> = { ...options.headers };
        let body: string | Buffer | undefined;
        if (options.rawBody !== undefined) body = options.rawBody;
        else if (options.body !== undefined) {
          body = JSON.stringify(options.body);
          headers['content-type'] ??= 'application/json';
        }
        if (options.token) headers.authorization = `Bearer ${options.token}`;
        const response = await fetch(`${url}${route}`, { method, headers, body });
        const text = await response.text();
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          // not JSON: keep the text
        }
        return { status: response.status, headers: response.headers, body: parsed, text };
      },
    });
  });
  afterAll(() => close());
  return api;
};
