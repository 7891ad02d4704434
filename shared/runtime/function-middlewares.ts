import type middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { logger, publishMetrics, tracer } from './observability.ts';

/**
 * What every function's handler runs inside, outermost: the logger learns the invocation (request
 * id, cold start, function) and forgets it afterwards; the tracer opens the handler's subsegment;
 * the metrics the invocation added are published when it ends, answered or failed. On errors
 * middy runs these last, after the inner middlewares logged and answered.
 *
 * `isFault` tells the tracer which errors are the function's faults: an API's 4xx answers are thrown
 * too (shared/http/middleware/problem-responses.ts), and must not show as faults in X-Ray.
 */
export const functionMiddlewares = <Event, Result>(
  isFault: (error: unknown) => boolean = () => true,
): middy.MiddlewareObj<Event, Result>[] => {
  const traced = captureLambdaHandler(tracer) as Required<middy.MiddlewareObj>;
  return [
    injectLambdaContext(logger, { resetKeys: true }) as middy.MiddlewareObj<Event, Result>,
    {
      before: traced.before as middy.MiddlewareFn<Event, Result>,
      after: traced.after as middy.MiddlewareFn<Event, Result>,
      onError: ((request) =>
        isFault(request.error)
          ? traced.onError(request as never)
          : traced.after(request as never)) as middy.MiddlewareFn<Event, Result>,
    },
    { after: publishMetrics, onError: publishMetrics },
  ];
};
