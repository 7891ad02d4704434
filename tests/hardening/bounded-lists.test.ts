import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Flag } from '#shared/domain/flag.ts';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';
import { flagListKeys, resolvedFlagKey } from '#shared/storage/dynamodb/flag-keys.ts';
import { countDynamoRequests } from '../support/dynamo-request-counter.ts';
import { useLocalApi } from '../support/local-api.ts';

const requests = countDynamoRequests();
const api = useLocalApi();

const resolvedFlags = 600;
/** maxReadsPerPage of shared/storage/dynamodb/flag-store.ts. */
const maxReadsPerPage = 3;

/** 600 resolved lagging flags, newest first, and one resolved missing report older than all of them. */
const seedHistory = async () => {
  const db = createDocumentClient(settingsFromEnv());
  const flag = (i: number, type: Flag['type']): Flag => ({
    id: `f${String(i).padStart(4, '0')}`,
    type,
    indicatorId: `ind-${i}`,
    planId: 'bounded-plan',
    year: 2024,
    status: 'resolved',
    openedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    resolvedAt: '2026-01-01T00:00:00.000Z',
    detail: {
      status: 'off_track',
      latest: null,
      expected: null,
      ratio: null,
      asOf: '2025-12-11',
      explanation: { vi: 'chậm', en: 'lagging' },
    },
  });
  const items = [flag(0, 'missing_report'), ...Array.from({ length: resolvedFlags }, (_, i) => flag(i + 1, 'lagging'))];
  for (let i = 0; i < items.length; i += 25) {
    await db.send(
      new BatchWriteCommand({
        RequestItems: {
          [settingsFromEnv().tableName]: items.slice(i, i + 25).map((item) => ({
            PutRequest: { Item: { ...resolvedFlagKey(item.id), ...flagListKeys(item), entity: 'flag', ...item } },
          })),
        },
      }),
    );
  }
};

describe('GET /flags does bounded work per request, whatever the filter leaves', () => {
  it(`a filter matching only the oldest of ${resolvedFlags + 1} flags: at most ${maxReadsPerPage} Queries a request, short pages carry a cursor, the match is found`, async () => {
    await seedHistory();
    const found: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      requests.reset();
      const page = await api.call(
        'GET',
        `/flags?status=resolved&type=missing_report&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status, page.text).toBe(200);
      expect(requests.seen.filter((op) => op === 'Query').length).toBeLessThanOrEqual(maxReadsPerPage);
      found.push(...page.body.items.map((flag: Flag) => flag.id));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 1000);
    expect(found).toEqual(['f0000']);
    expect(pages).toBeGreaterThan(1);
  });

  it('a short page still returns every match once, in order, across cursors', async () => {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.call(
        'GET',
        `/flags?status=resolved&type=lagging&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      ids.push(...page.body.items.map((flag: Flag) => flag.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(ids).toHaveLength(resolvedFlags);
    expect(ids).toEqual([...ids].sort().reverse());
  });
});

describe('the other list routes are one Query a page', () => {
  it.each(['/plans?limit=200', '/departments?limit=200', '/plans/bounded-plan/indicators?limit=200'])(
    '%s',
    async (path) => {
      requests.reset();
      expect((await api.call('GET', path)).status).toBeLessThan(500);
      expect(requests.seen.filter((op) => op === 'Query')).toEqual(['Query']);
    },
  );
});
