import type middy from '@middy/core';
import { principalFromClaims, type Claims } from '#shared/auth/principal.ts';
import type { ApiEvent, ApiResult } from '#shared/http/api-event.ts';
import { asProblem } from '#shared/http/middleware/problem-responses.ts';
import { functionMiddlewares } from './function-middlewares.ts';
import { logger } from './observability.ts';

/**
 * Every log line of a request names its route and who asked — the principal's role and department,
 * read off the verified claims — and never the token: neither the Authorization header nor the
 * event is logged.
 */
const requestKeys = (): middy.MiddlewareObj<ApiEvent, ApiResult> => ({
  name: 'request-keys',
  before: ({ event }) => {
    const principal = principalFromClaims(event.requestContext?.authorizer?.jwt?.claims as Claims | undefined);
    logger.appendKeys({
      routeKey: event.routeKey,
      ...(principal
        ? { role: principal.role, ...(principal.departmentId ? { departmentId: principal.departmentId } : {}) }
        : {}),
    });
  },
});

/** The API functions' outer middlewares: the function's own, then the request's log keys. */
export const apiMiddlewares = (): middy.MiddlewareObj<ApiEvent, ApiResult>[] => [
  ...functionMiddlewares<ApiEvent, ApiResult>((error) => asProblem(error).status >= 500),
  requestKeys(),
];
