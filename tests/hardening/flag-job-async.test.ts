import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import * as fixtures from '../support/fixtures.ts';
import { useLocalApi } from '../support/local-api.ts';
import { runJobOverHttp } from '../flags/support.ts';
import { useLocalOutbox } from './world.ts';

useLocalOutbox();
const api = useLocalApi();

describe('POST /jobs/flag-lagging answers at once and finishes in the background', () => {
  it('202 with a running run and its Location; polling it ends done, with the summary of a run that had work to do', async () => {
    const admin = await api.token({ role: 'admin' });
    expect((await api.call('POST', '/departments', { token: admin, body: fixtures.department() })).status).toBe(201);
    expect((await api.call('POST', '/plans', { token: admin, body: fixtures.plan('async-plan') })).status).toBe(201);
    for (let i = 0; i < 8; i++) {
      const body = fixtures.indicator(`async-ind-${i}`, { baseline: { year: 2023, value: 80 } });
      expect((await api.call('POST', '/plans/async-plan/indicators', { token: admin, body })).status).toBe(201);
    }
    const { started, run } = await runJobOverHttp(api, admin, { asOf: '2025-12-11' });
    expect(started.status).toBe(202);
    expect(started.body).toEqual({
      runId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'running',
      asOf: '2025-12-11',
      requestedAt: expect.any(String),
    });
    expect(started.headers.get('location')).toBe(`/jobs/flag-lagging/${started.body.runId}`);
    expect(run).toMatchObject({
      runId: started.body.runId,
      status: 'done',
      finishedAt: expect.any(String),
      // The unit that leads the eight has reported neither 2024 nor 2025: two flags, one a year (shared/flags/unit-flags.ts).
      summary: { asOf: '2025-12-11', plans: 1, indicators: 8, opened: 2, notified: 2, failedPlans: [] },
    });
  });

  it('an unknown run is a 404, a run id that is not one a 422, both problem+json', async () => {
    const unknown = await api.call('GET', '/jobs/flag-lagging/0b7f3c9e-2a4d-4e8b-9c1a-5d6e7f8a9b0c');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    const malformed = await api.call('GET', '/jobs/flag-lagging/not-a-run');
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ in: 'path', field: 'runId' })]);
  });
});

/** A raw request, so that the URL and headers reach the server exactly as sent. */
const rawGet = (path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const url = new URL(api.url);
    const request = httpRequest({ host: url.hostname, port: url.port, path, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }),
      );
    });
    request.on('error', reject);
    request.end();
  });

describe("beyond Node's header limit the local server answers problem+json", () => {
  it('a 20 KiB URL is a 414 problem', async () => {
    const answer = await rawGet(`/plans?cursor=${'a'.repeat(20 * 1024)}`);
    expect(answer.status).toBe(414);
    expect(answer.type).toContain('application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 414, title: expect.stringContaining('URI too long') });
  });

  it('20 KiB of headers is a 431 problem', async () => {
    const answer = await rawGet('/plans', { 'x-filler': 'a'.repeat(20 * 1024) });
    expect(answer.status).toBe(431);
    expect(answer.type).toContain('application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 431 });
  });
});
