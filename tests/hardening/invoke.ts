import type { Context } from 'aws-lambda';
import type { ApiResult } from '#shared/http/api-event.ts';
import { routeKey, type Route } from '#shared/http/route-table.ts';
import { lambdaContext } from '../../infra/local/lambda-functions.ts';

type Handler = (event: unknown, context: Context) => Promise<ApiResult>;
const handlers = new Map<string, Promise<Handler>>();

const handlerOf = (name: string) => {
  if (!handlers.has(name))
    handlers.set(
      name,
      import(`../../functions/${name}/index.ts`).then((m: { handler: Handler }) => m.handler),
    );
  return handlers.get(name)!;
};

export interface Invocation {
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** Text, or bytes (a file), which travel base64-encoded as API Gateway sends a binary body. */
  body?: string | Uint8Array;
  /** Verified claims, as API Gateway's JWT authorizer hands them over. */
  claims?: Record<string, string>;
}

export const adminClaims = { sub: 'fuzz-admin@local', 'cognito:groups': '[admin]' };

/**
 * The route's Lambda handler called in-process with the payload 2.0 event API Gateway would send:
 * no HTTP, no JWT signing, so thousands of requests take seconds.
 */
export const invoke = async (
  route: Route,
  request: Invocation,
  context: Context = lambdaContext(route.function),
): Promise<ApiResult> => {
  const params = request.pathParameters ?? {};
  const rawPath = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const query = request.query ?? {};
  const event = {
    version: '2.0',
    routeKey: routeKey(route),
    rawPath,
    rawQueryString: new URLSearchParams(query).toString(),
    headers: { host: 'fuzz.local', ...request.headers },
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(params).length ? { pathParameters: params } : {}),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: 'fuzz.local',
      domainPrefix: 'fuzz',
      http: { method: route.method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'fuzz' },
      requestId: 'fuzz',
      routeKey: routeKey(route),
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
      ...(request.claims
        ? {
            authorizer: {
              principalId: request.claims.sub,
              integrationLatency: 0,
              jwt: { claims: request.claims, scopes: [] },
            },
          }
        : {}),
    },
    ...(typeof request.body === 'string' ? { body: request.body } : {}),
    ...(request.body instanceof Uint8Array ? { body: Buffer.from(request.body).toString('base64') } : {}),
    isBase64Encoded: request.body instanceof Uint8Array,
  };
  return (await handlerOf(route.function))(event, context);
};
