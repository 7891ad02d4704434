import type * as z from 'zod';
import type { Tag } from './tags.ts';

/**
 * The one route table: method + path → the Lambda function that serves it, who may call it,
 * and the schemas of its request and answer. CDK builds the HTTP API from it, the local server
 * dispatches with it, the OpenAPI document is generated from it.
 */
export type FunctionName = string;

/**
 * public: anyone; admin: the planning office; owner: admin or the department the data names (the
 * indicator's owner, the report's unit, the plan's consolidating department), checked by the operation.
 */
export type Access = 'public' | 'admin' | 'owner';

/** Body formats a route may accept (middleware/json-body.ts decodes them); JSON unless a route says more. */
export type MediaType =
  | 'application/json'
  | 'text/csv'
  | 'text/plain'
  | typeof docxMediaType
  | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A Word document (.docx): the one binary body a route takes (POST /target-drafts). */
export const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface Route {
  /** The route's name: its key in its area (routes/*.ts), the OpenAPI operationId, the operation's name. */
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  function: FunctionName;
  access: Access;
  summary: string;
  /** What the route does beyond its summary, with the rules no schema states (OpenAPI description). */
  description: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** The JSON body's schema; other media types in `consumes` reach the operation as text. */
  body?: z.ZodType;
  /** An absent body is read as {} (every field of the schema optional), e.g. "run the job now". */
  bodyOptional?: boolean;
  /** Accepted body media types; default JSON only. Anything else is a 415 naming these. */
  consumes?: readonly MediaType[];
  /** Largest body in bytes, checked before any other work; default 1 MiB (json-body.ts). */
  maxBodyBytes?: number;
  /** Honours an Idempotency-Key header: a replay answers the first answer (middleware/idempotency.ts). */
  idempotent?: boolean;
  /** Stage throttling for this route, tighter than the API's default (infra/cdk/http-api.ts). */
  throttle?: { rateLimit: number; burstLimit: number };
  /** Success status and body schema, for the OpenAPI document (mediaType default JSON). */
  success: { status: number; schema?: z.ZodType; description: string; mediaType?: string };
  tags: readonly Tag[];
}

/** A route as its area writes it: everything but the operationId, which is its key there. */
export type RouteDefinition = Omit<Route, 'operationId'>;

/** Exactly the fields of a route: a misspelt optional field is a compile error, not a silent default. */
type Exact<D> = D & Record<Exclude<keyof D, keyof RouteDefinition>, never>;

/**
 * A group of routes keyed by operationId. The literal types survive (function name, schemas), so
 * that an operation is typed from its route (api-function.ts: Operation<typeof area.key>) and a
 * function's entry must bind exactly its routes' operations.
 */
export const routeArea = <const A extends { [K in keyof A]: Exact<A[K]> & RouteDefinition }>(area: A) =>
  Object.fromEntries(
    Object.entries(area).map(([operationId, route]) => [operationId, { operationId, ...(route as RouteDefinition) }]),
  ) as {
    readonly [K in keyof A]: A[K] & { readonly operationId: K & string };
  };

/** A route area as the table and the functions take it. */
export type RouteArea = Readonly<Record<string, Route>>;

export const routeKey = (route: Pick<Route, 'method' | 'path'>) => `${route.method} ${route.path}`;
