import type { Context } from 'aws-lambda';
import type { ApiResult } from '#shared/http/api-event.ts';
import type { FunctionName } from '#shared/http/route-table.ts';

export type LambdaHandler = (event: unknown, context: Context) => Promise<ApiResult>;

/** The very modules Lambda runs, imported by function name (functions/<name>/index.ts). */
export const loadHandlers = async (names: readonly FunctionName[]): Promise<Map<FunctionName, LambdaHandler>> => {
  const entries = await Promise.all(
    names.map(async (name) => {
      const module = (await import(`../../functions/${name}/index.ts`)) as { handler: LambdaHandler };
      return [name, module.handler] as const;
    }),
  );
  return new Map(entries);
};

let invocations = 0;

/** Enough of Lambda's context for middy and Powertools. */
export const lambdaContext = (functionName: string): Context => {
  const deadline = Date.now() + 29_000;
  invocations += 1;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: `local-${process.pid}-${invocations}`,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
};
