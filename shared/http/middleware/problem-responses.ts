import type middy from '@middy/core';
import { Logger } from '@aws-lambda-powertools/logger';
import type { ApiEvent, ApiResult } from '../api-event.ts';
import { domainProblem } from '../domain-problems.ts';
import { HttpProblem, type Problem } from '../problem.ts';
import { problemResult } from '../responses.ts';

const logger = new Logger({ serviceName: 'chitieu' });

export const asProblem = (error: unknown): HttpProblem => {
  if (error instanceof HttpProblem) return error;
  const mapped = domainProblem(error);
  if (mapped) return mapped;
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
      logger.error('request failed', {
        routeKey: request.event.routeKey,
        status: problem.status,
        error: request.error as Error,
      });
    }
    const body: Problem = { ...problem.problem, instance: request.event.rawPath };
    request.response = problemResult(body, problem.headers);
  },
});
