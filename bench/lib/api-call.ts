import type { IncomingMessage } from 'node:http';
import type { Context } from 'aws-lambda';
import { gatewayEvent } from '#infra/local/gateway-event.ts';
import { lambdaContext, loadHandlers, type LambdaHandler } from '#infra/local/lambda-functions.ts';
import { departmentClaim, gatewayClaims, groupsClaim } from '#shared/auth/principal.ts';
import type { ApiResult } from '#shared/http/api-event.ts';
import { functionNames, matchRoute, routeKey, type FunctionName } from '#shared/http/route-table.ts';

/** One API request, called in-process on the very handler Lambda runs (no HTTP, no JWT check). */
export interface ApiRequest {
  method: string;
  /** Path and query, e.g. /plans/p1/progress?asOf=2025-12-31. */
  path: string;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  as?: { role: 'admin' } | { role: 'department'; departmentId: string };
}

export interface PreparedCall {
  functionName: FunctionName;
  routeKey: string;
  /** A fresh event each time: middy writes into the event it is given. */
  event(): unknown;
  context(): Context;
}

const claimsFor = (as: ApiRequest['as']) => {
  if (!as) return undefined;
  const payload =
    as.role === 'admin'
      ? { sub: 'admin@bench', [groupsClaim]: ['admin'], token_use: 'access' }
      : {
          sub: `${as.departmentId}@bench`,
          [groupsClaim]: ['department'],
          [departmentClaim]: as.departmentId,
          token_use: 'access',
        };
  return gatewayClaims(payload);
};

/** The payload 2.0 event the local server (and API Gateway) would build for this request. */
export const prepareCall = (request: ApiRequest): PreparedCall => {
  const url = new URL(request.path, 'http://127.0.0.1');
  const match = matchRoute(request.method, url.pathname);
  if (!match.route) throw new Error(`no route for ${request.method} ${url.pathname}`);
  const text =
    request.body === undefined ? '' : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  const body = Buffer.from(text);
  const headers: Record<string, string> = { host: '127.0.0.1', 'user-agent': 'chitieu-bench', ...request.headers };
  if (text) headers['content-type'] = request.contentType ?? 'application/json';
  const incoming = {
    headers,
    method: request.method,
    httpVersion: '1.1',
    socket: { remoteAddress: '127.0.0.1' },
  } as unknown as IncomingMessage;
  const route = { routeKey: routeKey(match.route), pathParameters: match.pathParameters };
  const claims = claimsFor(request.as);
  const name = match.route.function;
  return {
    functionName: name,
    routeKey: route.routeKey,
    event: () => gatewayEvent(incoming, url, body, route, claims),
    context: () => lambdaContext(name),
  };
};

let handlers: Map<FunctionName, LambdaHandler> | undefined;

/**
 * The handlers, imported once (after the environment names the table): every function's, or only
 * those named by the first call — a measure of one function's memory loads just that function, as Lambda does.
 */
export const apiHandlers = async (names: readonly FunctionName[] = functionNames) =>
  (handlers ??= await loadHandlers(names));

export const invoke = async (call: PreparedCall, event = call.event()): Promise<ApiResult> => {
  const handler = (await apiHandlers()).get(call.functionName);
  if (!handler) throw new Error(`no handler for ${call.functionName}`);
  return handler(event, call.context());
};

/** Calls and insists on a 2xx: a benchmark of error answers measures nothing useful. */
export const invokeOk = async (request: ApiRequest): Promise<ApiResult> => {
  const result = await invoke(prepareCall(request));
  const status = result.statusCode ?? 200;
  if (status < 200 || status >= 300)
    throw new Error(`${request.method} ${request.path} answered ${status}: ${result.body?.slice(0, 400)}`);
  return result;
};
