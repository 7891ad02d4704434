import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { forwardRequest } from './forward.ts';

export interface ThrottleProxy {
  /** The endpoint to give a DynamoDB client. */
  url: string;
  /** Requests answered with a ThrottlingException so far. */
  throttled(): number;
  close(): void;
}

/**
 * A proxy in front of DynamoDB Local that answers ThrottlingException — as DynamoDB does on a hot
 * partition — to the requests `throttle` picks (operation name, JSON body), and forwards the rest.
 * The SDK and our code see the real wire error, retries included.
 */
export const startThrottleProxy = async (
  upstream: string,
  throttle: (operation: string, body: string) => boolean,
): Promise<ThrottleProxy> => {
  const target = new URL(upstream);
  let count = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = String(request.headers['x-amz-target'] ?? '').replace(/^DynamoDB_\d+\./, '');
      if (throttle(operation, body.toString('utf8'))) {
        count += 1;
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
        response.end(
          JSON.stringify({
            __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException',
            message: 'Rate of requests exceeds the allowed throughput.',
          }),
        );
        return;
      }
      forwardRequest(target, request, response, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    throttled: () => count,
    close: () => {
      server.close();
      server.closeAllConnections();
    },
  };
};
