import type middy from '@middy/core';
import { logger } from '#shared/runtime/observability.ts';
import type { ApiEvent, ApiResult } from '../api-event.ts';
import { domainProblem } from '../domain-problems.ts';
import { HttpProblem, type Problem } from '../problem.ts';
import { problemResult } from '../responses.ts';

/** middy's early timeout (timeoutEarlyInMillis) names its error so: the work did not finish in time, retry later. */
const isEarlyTimeout = (error: unknown) => (error as Error | undefined)?.name === 'TimeoutError';

export const asProblem = (error: unknown): HttpProblem => {
  if (error instanceof HttpProblem) return error;
  const mapped = domainProblem(error);
  if (mapped) return mapped;
  if (isEarlyTimeout(error)) {
    return new HttpProblem(
      503,
      'Yêu cầu chưa xong trong thời hạn, hãy thử lại / the request did not finish in time, retry later',
      {
        headers: { 'retry-after': '5' },
      },
    );
  }
  const status = (error as { statusCode?: number })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return new HttpProblem(status, (error as Error).message);
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
