import type middy from '@middy/core';
import { logger } from '#shared/runtime/observability.ts';
import { AlreadyExists, InvalidCursor, NotFound, StoreUnavailable, VersionConflict } from '#shared/storage/errors.ts';
import type { ApiEvent, ApiResult } from '../api-event.ts';
import { HttpProblem, type Problem } from '../problem.ts';
import { problemResult } from '../responses.ts';

/** Seconds a client should wait before retrying while the store is away. */
const retryAfterSeconds = 5;

export const asProblem = (error: unknown): HttpProblem => {
  if (error instanceof HttpProblem) return error;
  if (error instanceof StoreUnavailable) {
    return new HttpProblem(503, 'Kho dữ liệu tạm thời không truy cập được, hãy thử lại / the data store is unreachable, retry later', {
      headers: { 'retry-after': String(retryAfterSeconds) },
    });
  }
  if (error instanceof NotFound) return new HttpProblem(404, `${error.entity} '${error.id}' không tồn tại / does not exist`);
  if (error instanceof AlreadyExists) return new HttpProblem(409, `${error.entity} '${error.id}' đã tồn tại / already exists`);
  if (error instanceof VersionConflict) {
    return new HttpProblem(412, 'If-Match không khớp phiên bản hiện tại / If-Match does not match the current version', {
      ...(error.currentVersion !== null ? { currentVersion: error.currentVersion, headers: { etag: `"${error.currentVersion}"` } } : {}),
    });
  }
  if (error instanceof InvalidCursor) {
    return new HttpProblem(422, 'cursor không hợp lệ / invalid cursor', {
      errors: [{ in: 'query', field: 'cursor', message: 'not a cursor this API issued' }],
    });
  }
  const status = (error as { statusCode?: number })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return new HttpProblem(status, (error as Error).message);
  return new HttpProblem(500, 'Lỗi không mong đợi đã được ghi lại / an unexpected error was logged');
};

/** Every failure leaves as RFC 9457 problem+json; nothing internal (stack, SDK text) leaks out. */
export const problemResponses = (): middy.MiddlewareObj<ApiEvent, ApiResult> => ({
  name: 'problem-responses',
  onError: async (request) => {
    const problem = asProblem(request.error);
    if (problem.status >= 500) {
      // The line also carries the request id, route and principal (shared/runtime/api-middlewares.ts).
      logger.error('request failed', {
        status: problem.status,
        error: request.error as Error,
      });
    }
    const body: Problem = { ...problem.problem, instance: request.event.rawPath };
    request.response = problemResult(body, problem.headers);
  },
});
