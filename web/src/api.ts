/**
 * The public API, read-only. Where it lives comes from `config.json` next to index.html (written at
 * deploy time on AWS); without one, the API is on the page's own origin (`npm start`).
 */
import type { Page } from './types.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    detail: string,
  ) {
    super(detail);
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The API base from config.json: '' (same origin) when the file is missing or says nothing. */
export const loadApiBase = async (fetcher: Fetch = fetch, configUrl = 'config.json'): Promise<string> => {
  try {
    const response = await fetcher(configUrl, { cache: 'no-store' });
    if (!response.ok) return '';
    const config = (await response.json()) as { apiUrl?: unknown };
    return typeof config.apiUrl === 'string' ? config.apiUrl.replace(/\/+$/, '') : '';
  } catch {
    return '';
  }
};

export class Api {
  constructor(
    private readonly base: string,
    private readonly fetcher: Fetch = (input, init) => fetch(input, init),
  ) {}

  /** The absolute address of an API path, for links (the consolidated report files). */
  url(path: string): string {
    return `${this.base}${path}`;
  }

  async get<T>(path: string, query: Record<string, string | undefined> = {}): Promise<T> {
    const search = new URLSearchParams(
      Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
    );
    const url = `${this.base}${path}${search.size ? `?${search}` : ''}`;
    let response: Response;
    try {
      response = await this.fetcher(url, { headers: { accept: 'application/json' } });
    } catch (error) {
      throw new ApiError(0, path, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) {
      let detail = `${response.status} ${response.statusText}`;
      try {
        const problem = (await response.json()) as { detail?: string; title?: string };
        detail = problem.detail ?? problem.title ?? detail;
      } catch {
        // not problem+json: keep the status line
      }
      throw new ApiError(response.status, path, detail);
    }
    return (await response.json()) as T;
  }

  /** Every item of a paged list, following nextCursor (bounded, in case a cursor never ends). */
  async all<T>(path: string, query: Record<string, string | undefined> = {}, maxPages = 50): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const answer = await this.get<Page<T>>(path, { ...query, limit: '200', cursor });
      items.push(...answer.items);
      cursor = answer.nextCursor;
      if (!cursor) break;
    }
    return items;
  }
}
