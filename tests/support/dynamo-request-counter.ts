import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { forwardRequest } from './forward.ts';

export interface DynamoRequests {
  /** The operations that reached DynamoDB since the last reset, e.g. ['Query'], in arrival order. */
  readonly seen: string[];
  reset(): void;
}

/**
 * Puts a counting HTTP proxy between this test file and DynamoDB Local and points DYNAMODB_ENDPOINT
 * at it, so a test can say how many requests a route really sent: counted on the wire (SDK retries
 * and 1 MB pages included) for whichever client made them, without a hook in production code.
 * Call it at the top of the file: the handlers' store reads the endpoint on its first request.
 */
export const countDynamoRequests = (): DynamoRequests => {
  const seen: string[] = [];
  let server: Server | undefined;
  beforeAll(async () => {
    const upstream = new URL(process.env.DYNAMODB_ENDPOINT!);
    server = createServer((request, response) => {
      const target = String(request.headers['x-amz-target'] ?? '');
      seen.push(target.replace(/^DynamoDB_\d+\./, ''));
      forwardRequest(upstream, request, response);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    process.env.DYNAMODB_ENDPOINT = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server?.close();
    server?.closeAllConnections();
  });
  return { seen, reset: () => void (seen.length = 0) };
};
