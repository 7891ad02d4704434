// Imported first by bench/flag-job-scale.ts: Powertools loggers read their level when their module loads.
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
