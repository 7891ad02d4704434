import './process-environment.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { OutboxNotifier } from '#shared/flags/outbox-notifier.ts';
import { runFlagJob } from '#shared/flags/job.ts';
import type { FlagJobRun } from '#shared/flags/run.ts';
import { FlagJobRequest } from '#shared/http/flag-contracts.ts';
import { createDocumentClient } from '#shared/storage/dynamodb/client.ts';
import { DynamoFlagStore } from '#shared/storage/dynamodb/flag-store.ts';
import { DynamoReportStore } from '#shared/storage/dynamodb/report-store.ts';
import { loadOrCreateKeys, signToken } from './local-auth.ts';
import { openLocalStore } from './local-store.ts';
import { readRuntime } from './runtime-file.ts';
import { dataDirectory, localTableName } from './settings.ts';

/**
 * `npm run job:flag-lagging [-- --as-of YYYY-MM-DD]`: the flag job now, on the local data.
 * While `npm start` runs, it asks that server (POST /jobs/flag-lagging with an admin token signed by
 * the data directory's key, then the run until it is done), so the job uses the server's DynamoDB Local.
 * Otherwise it opens the data directory itself, as `npm run seed` does.
 */
const { values } = parseArgs({ options: { 'as-of': { type: 'string' } } });
const parsed = FlagJobRequest.safeParse(values['as-of'] === undefined ? {} : { asOf: values['as-of'] });
if (!parsed.success) {
  console.error(`--as-of must be a date YYYY-MM-DD: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  process.exit(2);
}
const request = parsed.data;
const dataDir = dataDirectory();
const running = readRuntime(dataDir);

if (running) {
  const token = await signToken(await loadOrCreateKeys(dataDir), {
    role: 'admin',
    subject: 'flag-job@local',
    expiresIn: '10m',
  });
  const response = await fetch(`${running.apiUrl}/jobs/flag-lagging`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  if (response.status !== 202) {
    console.error(`POST ${running.apiUrl}/jobs/flag-lagging answered ${response.status}: ${text}`);
    process.exit(1);
  }
  // The server runs it in the background: ask for the run until it has finished.
  const location = `${running.apiUrl}${response.headers.get('location')}`;
  let run = JSON.parse(text) as FlagJobRun;
  while (run.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 500));
    run = (await (await fetch(location)).json()) as FlagJobRun;
  }
  if (run.status === 'failed') {
    console.error(`flag job via ${running.apiUrl} failed: ${run.error}`);
    process.exit(1);
  }
  console.log(`flag job via ${running.apiUrl}: ${JSON.stringify(run.summary)}`);
} else {
  const local = await openLocalStore(dataDir);
  const client = createDocumentClient({ endpoint: local.endpoint, tableName: localTableName, region: 'local' });
  try {
    const outbox = path.join(dataDir, 'outbox.jsonl');
    const summary = await runFlagJob(
      {
        store: local.store,
        flags: new DynamoFlagStore(client, localTableName),
        notifier: new OutboxNotifier(outbox),
        reports: new DynamoReportStore(client, localTableName),
      },
      request,
    );
    console.log(`flag job on ${dataDir} (npm start is not running): ${JSON.stringify(summary)}`);
  } finally {
    client.destroy();
    await local.close();
  }
}
