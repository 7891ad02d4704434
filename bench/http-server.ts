import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { loadOrCreateKeys } from '#infra/local/local-auth.ts';
import { createLocalServer } from '#infra/local/server.ts';
import { createDocumentClient, settingsFromEnv } from '#shared/storage/dynamodb/client.ts';
import { planPartition } from '#shared/storage/dynamodb/keys.ts';

/**
 * Child process of bench/http.ts, so that the server and autocannon do not share an event loop.
 * `api`: the local server (`npm start`'s, same handlers) on 127.0.0.1. `bare`: the baseline, a
 * plain node:http server that reads the plan's partition (one Query, pages followed, same client
 * settings) and answers only how many items it read: the floor under any progress answer.
 * Prints the port, then serves until SIGTERM.
 */
const mode = process.argv[2];
let server: Server;
const scratch = mkdtempSync(path.join(tmpdir(), 'chitieu-bench-http-'));

if (mode === 'api') {
  server = await createLocalServer({ keys: await loadOrCreateKeys(scratch) });
} else if (mode === 'bare') {
  const settings = settingsFromEnv();
  const client = createDocumentClient(settings);
  server = createServer(async (request, response) => {
    try {
      const planId = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.split('/')[2] ?? '');
      let items = 0;
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: settings.tableName,
            KeyConditionExpression: 'PK = :pk',
            ExpressionAttributeValues: { ':pk': planPartition(planId) },
            ExclusiveStartKey,
          }),
        );
        items += page.Items?.length ?? 0;
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      const body = JSON.stringify({ items });
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
} else {
  throw new Error(`usage: http-server.ts api|bare (got ${mode})`);
}

const stop = () => {
  server.close();
  server.closeAllConnections();
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.listen(0, '127.0.0.1', () => console.log(`port ${(server.address() as AddressInfo).port}`));
