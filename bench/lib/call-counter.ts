import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { InitializeMiddleware, MiddlewareStack } from '@smithy/types';

/**
 * Counts the DynamoDB calls of this process with an SDK middleware. The handlers make their clients
 * themselves (the store on first use, Powertools' idempotency layer its own), so the middleware is
 * added to every DynamoDB client at its first `send`: no hook in production code. It sits in the
 * `initialize` step, so it counts each `send` once (a followed 1 MB page is a second send).
 */
export interface CallLog {
  /** Command names in order since the last reset, e.g. ['QueryCommand']. */
  readonly calls: string[];
  reset(): void;
}

const log: string[] = [];
const instrumented = new WeakSet<object>();

const counter: InitializeMiddleware<object, object> = (next, context) => async (args) => {
  log.push(String(context.commandName ?? 'unknown'));
  return next(args);
};

type Sendable = { middlewareStack: MiddlewareStack<any, any>; send: (...args: any[]) => any };

const instrument = (prototype: Sendable) => {
  const original = prototype.send;
  prototype.send = function (this: Sendable, ...args: unknown[]) {
    // A document client shares its inner client's stack: one middleware per stack, not per client.
    if (!instrumented.has(this.middlewareStack)) {
      this.middlewareStack.add(counter, { step: 'initialize', name: 'benchCallCounter' });
      instrumented.add(this.middlewareStack);
    }
    return original.apply(this, args);
  };
};

let installed = false;

/** Installs the counter (once per process) and returns the shared log. */
export const countDynamoCalls = (): CallLog => {
  if (!installed) {
    instrument(DynamoDBClient.prototype as unknown as Sendable);
    instrument(DynamoDBDocumentClient.prototype as unknown as Sendable);
    installed = true;
  }
  return { calls: log, reset: () => void (log.length = 0) };
};
