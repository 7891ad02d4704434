import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { Principal } from '#shared/auth/principal.ts';
import { apiMiddlewares } from '#shared/runtime/api-middlewares.ts';
import { requireEnvironment, storeEnvironment } from '#shared/runtime/environment.ts';
import { defaultStore } from '#shared/storage/default-store.ts';
import type { IdempotencyClaim } from '#shared/storage/idempotency-port.ts';
import type { Store } from '#shared/storage/port.ts';
import type { ApiEvent, ApiResult, Reply } from './api-event.ts';
import { authentication } from './middleware/authentication.ts';
import { idempotency } from './middleware/idempotency.ts';
import { jsonBody } from './middleware/json-body.ts';
import { problemResponses } from './middleware/problem-responses.ts';
import { requestInput } from './middleware/request-input.ts';
import { validation } from './middleware/validation.ts';
import { replyResult } from './responses.ts';
import { routeKey, type FunctionName, type Route } from './route.ts';

/** What an operation gets: validated input in the product's words, and the store. */
export interface OperationRequest<P = any, Q = any, B = any> {
  params: P;
  query: Q;
  body: B;
  rawBody?: string;
  principal?: Principal;
  /** Present when an Idempotency-Key was claimed for this request (middleware/idempotency.ts). */
  idempotency?: IdempotencyClaim;
  headers: Record<string, string | undefined>;
  store: Store;
  event: ApiEvent;
}

export type Operation = (request: OperationRequest) => Promise<Reply>;

/**
 * One Lambda function serving a group of routes. The function's entry passes the route areas it
 * serves (shared/http/routes/*.ts), not the whole route table: its bundle then builds only those
 * areas' schemas at import (cold start; docs/performance.md). tests/api/http.test.ts checks that
 * the routes a function takes from its areas are exactly its rows of the table. The operations
 * must cover exactly those routes: a route without an operation (or the reverse) fails at load.
 */
export const apiFunction = (name: FunctionName, areas: Route[][], operations: Record<string, Operation>) => {
  const served = areas.flat().filter((route) => route.function === name);
  const expected = served.map(routeKey).sort();
  const given = Object.keys(operations).sort();
  if (expected.join('\n') !== given.join('\n')) {
    throw new Error(`${name}: operations [${given.join(', ')}] do not match the route table [${expected.join(', ')}]`);
  }
  requireEnvironment(name, storeEnvironment);
  const handler = middy<ApiEvent, ApiResult>()
    .use(apiMiddlewares())
    .use(problemResponses())
    .use(httpHeaderNormalizer())
    .use(requestInput(served))
    .use(authentication())
    .use(jsonBody())
    .use(validation())
    .use(idempotency())
    .handler(async (event) => {
      const input = event.input!;
      const operation = operations[routeKey(input.route)]!;
      const reply = await operation({
        params: input.params,
        query: input.query,
        body: input.body,
        rawBody: input.rawBody,
        principal: input.principal,
        idempotency: input.idempotency,
        headers: event.headers ?? {},
        store: defaultStore(),
        event,
      });
      return replyResult(reply);
    });
  /** The routes this function serves, as its entry gave them (checked against the table by the tests). */
  return Object.assign(handler, { routes: served as readonly Route[] });
};
