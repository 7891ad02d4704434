import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * The one logger, metrics and tracer of this process (one Lambda container; the local server's
 * process), configured by Powertools' environment variables: POWERTOOLS_SERVICE_NAME (the function),
 * POWERTOOLS_LOG_LEVEL / LOG_LEVEL, POWERTOOLS_METRICS_NAMESPACE, POWERTOOLS_METRICS_DISABLED,
 * POWERTOOLS_TRACE_ENABLED. They read their settings when made, at import: entry points that set
 * those variables (infra/local/process-environment.ts, tests/support/table-per-file.ts) do so first.
 *
 * Off Lambda the tracer is inert (no AWS_EXECUTION_ENV): it captures nothing and wraps nothing.
 */
export const logger = new Logger();
export const metrics = new Metrics();
export const tracer = new Tracer();

/** What the business counts, each emitted at the one place it happens. */
export type BusinessMetric =
  | 'ActualsWritten'
  | 'TaskReportsWritten'
  | 'ImportRows'
  | 'FlagsOpened'
  | 'NotificationsSent'
  /** Plans the flag job could not reconcile in a run (shared/flags/job.ts); an alarm fires on any. */
  | 'FailedPlans';

/** Adds to this invocation's metrics (published by the function's middleware when it ends). Zero is not sent. */
export const countMetric = (metric: BusinessMetric, value: number): void => {
  if (value > 0) metrics.addMetric(metric, MetricUnit.Count, value);
};

/** Publishes this invocation's metrics, if any: Powertools warns on an empty flush, which most reads are. */
export const publishMetrics = (): void => {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
};
