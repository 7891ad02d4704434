import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Principal } from '#shared/auth/principal.ts';
import type { IdempotencyClaim } from '#shared/storage/idempotency-port.ts';
import type { MediaType, Route } from './route.ts';

/** What the middlewares learn about a request, for the operation to use. */
export interface RequestInput {
  route: Route;
  principal?: Principal;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  rawBody?: string;
  /** The body's media type, once json-body.ts has accepted it. */
  mediaType?: MediaType;
  /** Set by the idempotency middleware when the request carries an Idempotency-Key it claimed. */
  idempotency?: IdempotencyClaim;
}

export type ApiEvent = APIGatewayProxyEventV2WithJWTAuthorizer & { input?: RequestInput };
export type ApiResult = APIGatewayProxyStructuredResultV2;

/** An operation's answer before serialisation. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
