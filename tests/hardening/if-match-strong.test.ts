import { describe, expect, it } from 'vitest';
import { useLocalApi } from '../support/local-api.ts';
import { seedWorld } from './world.ts';

const api = useLocalApi();

// If-Match compares strongly: a weak ETag is a stale one (412), not "no usable If-Match" (428).
describe('If-Match strong comparison', () => {
  it('W/"1" is refused with 412 and leaves the value unchanged; "1" still replaces', async () => {
    const world = await seedWorld(api, 'ifm');
    const url = `/indicators/${world.indicatorId}/actuals/${world.year}`;
    const weak = await api.call('PUT', url, {
      token: world.owner,
      body: { value: 91 },
      headers: { 'if-match': 'W/"1"' },
    });
    expect(weak.status).toBe(412);
    expect(weak.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await api.call('GET', url)).body).toMatchObject({ version: 1 });
    const strong = await api.call('PUT', url, {
      token: world.owner,
      body: { value: 91 },
      headers: { 'if-match': '"1"' },
    });
    expect(strong.status).toBe(200);
  }, 60_000);
});
