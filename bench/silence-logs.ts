// Imported first by bench/run.ts and bench/flag-job-scale.ts: Powertools' logger and metrics read their
// settings when made, at import (shared/runtime/observability.ts); EMF lines would mix into the report.
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
