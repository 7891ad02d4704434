import middy from '@middy/core';
import type * as z from 'zod';
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
import type { FunctionName, Route, RouteArea } from './route.ts';

/** The value one request part has once validated: its schema's output, or nothing for a route without one. */
type Part<R, K extends 'params' | 'query'> = R extends { readonly [P in K]: infer S extends z.ZodType }
  ? z.output<S>
  : Record<string, never>;

/** The JSON body as its schema parsed it; a file (a route that consumes more than JSON) stays bytes. */
type Body<R> = R extends { readonly body: infer S extends z.ZodType }
  ? | z.output<S>
    | (R extends { readonly consumes: readonly (infer M)[] }
        ? Exclude<M, 'application/json'> extends never
          ? never
          : Buffer
        : never)
  : undefined;

/** What an operation gets: validated input in the product's words, and the store. */
export interface OperationRequest<R extends Route = Route> {
  params: Part<R, 'params'>;
  query: Part<R, 'query'>;
  body: Body<R>;
  rawBody?: string;
  principal?: Principal;
  /** Present when an Idempotency-Key was claimed for this request (middleware/idempotency.ts). */
  idempotency?: IdempotencyClaim;
  headers: Record<string, string | undefined>;
  store: Store;
  event: ApiEvent;
}

/** The operation of one route, typed from its schemas: `Operation<typeof actualsRoutes.putActual>`. */
export type Operation<R extends Route = Route> = (request: OperationRequest<R>) => Promise<Reply>;

/** The routes a function's areas give it: those whose `function` is its name. */
type Served<A extends readonly RouteArea[], F extends FunctionName> = Extract<
  { [I in keyof A]: A[I][keyof A[I]] }[number],
  { function: F }
>;

/** Exactly one operation per served route, by operationId: a missing or extra one is a compile error. */
export type Operations<A extends readonly RouteArea[], F extends FunctionName> = {
  [R in Served<A, F> as R['operationId']]: Operation<R>;
};

/** What the middlewares hand over, in the shape every operation takes: validation made it so (middleware/validation.ts). */
type Dispatch = (request: { [K in keyof OperationRequest]: unknown }) => Promise<Reply>;

/**
 * One Lambda function serving a group of routes. The function's entry passes the route areas it
 * serves (shared/http/routes/*.ts), not the whole route table: its bundle then builds only those
 * areas' schemas at import (cold start; docs/performance.md). tests/api/http.test.ts checks that
 * the routes a function takes from its areas are exactly its rows of the table. The operations are
 * keyed by operationId and typed from the routes, so the compiler holds them to exactly those
 * routes; the same check at load covers a caller that escaped the types.
 */
export const apiFunction = <const F extends FunctionName, const A extends readonly RouteArea[]>(
  name: F,
  areas: A,
  operations: Operations<A, F>,
) => {
  const served = areas.flatMap((area) => Object.values(area)).filter((route) => route.function === name);
  const byId = operations as Record<string, Dispatch>;
  const expected = served.map((route) => route.operationId).sort();
  const given = Object.keys(byId).sort();
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
      const operation = byId[input.route.operationId]!;
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
