import type * as z from 'zod';

/**
 * The one route table: method + path → the Lambda function that serves it, who may call it,
 * and the schemas of its request and answer. CDK builds the HTTP API from it, the local server
 * dispatches with it, the OpenAPI document is generated from it.
 */
export type FunctionName = string;

/** public: anyone; admin: the planning office; owner: admin or the department owning the indicator. */
export type Access = 'public' | 'admin' | 'owner';

/** Body formats a route may accept (middleware/json-body.ts decodes them); JSON unless a route says more. */
export type MediaType = 'application/json' | 'text/csv';

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  function: FunctionName;
  access: Access;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** The JSON body's schema; other media types in `consumes` reach the operation as text. */
  body?: z.ZodType;
  /** An absent body is read as {} (every field of the schema optional), e.g. "run the job now". */
  bodyOptional?: boolean;
  /** Accepted body media types; default JSON only. Anything else is a 415 naming these. */
  consumes?: MediaType[];
  /** Largest body in bytes, checked before any other work; default 1 MiB (json-body.ts). */
  maxBodyBytes?: number;
  /** Honours an Idempotency-Key header: a replay answers the first answer (middleware/idempotency.ts). */
  idempotent?: boolean;
  /** Stage throttling for this route, tighter than the API's default (infra/cdk/http-api.ts). */
  throttle?: { rateLimit: number; burstLimit: number };
  /** Success status and body schema, for the OpenAPI document (mediaType default JSON). */
  success: { status: number; schema?: z.ZodType; description: string; mediaType?: string };
  tags: string[];
}

export const routeKey = (route: Pick<Route, 'method' | 'path'>) => `${route.method} ${route.path}`;
