/**
 * Imported first by the local entry points (start.ts, flag-job.ts): the environment that Lambda and
 * the stack give the functions on AWS (infra/cdk/functions.ts), set before any handler module loads —
 * Powertools reads its settings when the logger and metrics are made, at import. The table's name and
 * DynamoDB Local's endpoint follow once DynamoDB Local runs (start.ts), before the first request.
 */
// DynamoDB Local runs with -sharedDb: the region only has to be set.
process.env.AWS_REGION = 'local';
process.env.POWERTOOLS_SERVICE_NAME ??= 'chitieu-local';
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
// Metrics are CloudWatch's (EMF lines on stdout); locally they would only clutter the console.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
