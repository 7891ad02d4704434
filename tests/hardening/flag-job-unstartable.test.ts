import { describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/dynamodb-local.ts';
import { useLocalApi } from '../support/local-api.ts';

// As on AWS, the run goes to a queue (shared/flags/queue-launcher.ts): here one nobody listens on.
process.env.FLAG_JOB_QUEUE_URL = `http://127.0.0.1:${await freePort()}/000000000000/flag-job-runs`;
process.env.AWS_ACCESS_KEY_ID = 'local';
process.env.AWS_SECRET_ACCESS_KEY = 'local';
const api = useLocalApi();

describe('POST /jobs/flag-lagging when the run cannot be started', () => {
  it('is a 503 problem with Retry-After, without internals, never a 500', async () => {
    const token = await api.token({ role: 'admin' });
    const response = await api.call('POST', '/jobs/flag-lagging', { token, body: {} });
    expect(response.status, response.text).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(response.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|node_modules/);
  });
});
