import { request as forward, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * Sends a request on to DynamoDB Local as it came and its answer back: the part the test proxies
 * (tests/support/dynamo-*.ts) share. `body` is the request's body when the proxy already read it.
 */
export const forwardRequest = (upstream: URL, request: IncomingMessage, response: ServerResponse, body?: Buffer) => {
  const outgoing = forward(
    {
      host: upstream.hostname,
      port: upstream.port,
      method: request.method,
      path: request.url,
      headers: request.headers,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  outgoing.on('error', () => response.destroy());
  if (body) outgoing.end(body);
  else request.pipe(outgoing);
};
