import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { gatewayClaims } from '#shared/auth/principal.ts';
import { routeScopes } from '#shared/auth/scopes.ts';
import type { ApiResult } from '#shared/http/api-event.ts';
import { problemTitle, problemType } from '#shared/http/problem.ts';
import { problemResult } from '#shared/http/responses.ts';
import { functionNames, matchRoute, routeKey, type FunctionName } from '#shared/http/route-table.ts';
import { unmatchedRoute } from '#shared/http/unmatched-route.ts';
import { requestToken } from './dev-sign-in.ts';
import { answerClientErrors } from './client-errors.ts';
import { gatewayEvent } from './gateway-event.ts';
import { lambdaContext, loadHandlers, type LambdaHandler } from './lambda-functions.ts';
import { verifyToken, type LocalKeys } from './local-auth.ts';

/** API Gateway's own payload limit: beyond it the request never reaches a function. */
const gatewayMaxBytes = 10 * 1024 * 1024;

class TooLarge extends Error {}

const readBody = (request: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > gatewayMaxBytes) {
        reject(new TooLarge());
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

const send = (response: ServerResponse, result: ApiResult) => {
  const headers = { ...(result.headers as Record<string, string>) };
  if (result.cookies?.length) headers['set-cookie'] = result.cookies.join(', ');
  const body =
    result.body === undefined
      ? undefined
      : result.isBase64Encoded
        ? Buffer.from(result.body, 'base64')
        : Buffer.from(result.body);
  response.writeHead(result.statusCode ?? 200, { ...headers, ...(body ? { 'content-length': body.length } : {}) });
  response.end(body);
};

const problem = (status: number, detail: string, headers: Record<string, string> = {}) =>
  problemResult({ type: problemType(status), title: problemTitle(status), status, detail }, headers);

export interface LocalServerOptions {
  keys: LocalKeys;
  handlers?: Map<FunctionName, LambdaHandler>;
  /** Extra non-API handlers (the dashboard's static files); return true when handled. */
  fallback?: (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;
  /** Awaited after every successful write, before the client hears of it (see durability-barrier.ts). */
  afterWrite?: () => Promise<void>;
}

/**
 * The local stand-in for API Gateway: matches the route table, checks the JWT on every route
 * that is not public (as the HTTP API authorizer does), builds the payload 2.0 event and
 * invokes the same handler Lambda would.
 */
export const createLocalServer = async (options: LocalServerOptions): Promise<Server> => {
  const handlers = options.handlers ?? (await loadHandlers(functionNames));
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const method = request.method ?? 'GET';
      const match = matchRoute(method, url.pathname);
      if (!match.route) {
        if (options.fallback && (await options.fallback(request, response, url))) return;
        return send(response, unmatchedRoute(method, url.pathname));
      }
      let claims: Record<string, string> | undefined;
      if (match.route.access !== 'public') {
        // The Bearer header, as API Gateway reads it; else the development sign-in's cookie (dev-sign-in.ts).
        const token = requestToken(request);
        const payload = token ? await verifyToken(options.keys, token) : undefined;
        if (!payload) {
          request.resume();
          return send(
            response,
            problem(401, 'Cần Bearer token hợp lệ / a valid Bearer token is required', {
              'www-authenticate': 'Bearer',
            }),
          );
        }
        claims = gatewayClaims(payload);
        // As the HTTP API's authorizer: the token needs one of the route's scopes, else 403.
        const scopes = String(payload.scope ?? '').split(' ');
        if (!routeScopes(match.route.access).some((scope) => scopes.includes(scope))) {
          request.resume();
          return send(response, problem(403, 'Token thiếu quyền (scope) / the token lacks the scope this route needs'));
        }
      }
      const body = await readBody(request);
      const event = gatewayEvent(
        request,
        url,
        body,
        { routeKey: routeKey(match.route), pathParameters: match.pathParameters },
        claims,
      );
      const handler = handlers.get(match.route.function)!;
      const result = await handler(event, lambdaContext(match.route.function));
      const status = result.statusCode ?? 200;
      if (options.afterWrite && method !== 'GET' && status >= 200 && status < 300) await options.afterWrite();
      send(response, result);
    } catch (error) {
      if (error instanceof TooLarge) return send(response, problem(413, `Tối đa / at most ${gatewayMaxBytes} bytes`));
      console.error('local server: unhandled', error);
      send(response, problem(500, 'Lỗi không mong đợi / unexpected error'));
    }
  });
  answerClientErrors(server);
  return server;
};
