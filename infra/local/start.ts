import './process-environment.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { durabilityBarrier } from './durability-barrier.ts';
import { JavaMissing, ensureTable, startDynamoLocal } from './dynamodb-local.ts';
import { loadCatalog, loadCatalogTasks, loadIllustrativeActuals } from '../../catalog/index.ts';
import { describeSeedReport, seedCatalog } from '#shared/seeding/seed-catalog.ts';
import { seedCatalogTasks } from '#shared/seeding/seed-tasks.ts';
import { defaultStore, defaultTaskStore } from '#shared/storage/default-store.ts';
import { devSignIn, signInPath } from './dev-sign-in.ts';
import { loadOrCreateKeys } from './local-auth.ts';
import { clearRuntime, writeRuntime } from './runtime-file.ts';
import { createLocalServer } from './server.ts';
import { startLocalSchedule } from './schedule.ts';
import { dataDirectory, listenPort, localTableName } from './settings.ts';
import { dashboardFallback } from '../../web/serve.ts';

/**
 * `npm start`: DynamoDB Local persisted under the data directory, the table, and the API on
 * http://127.0.0.1:PORT served by the same handlers Lambda runs.
 */
const { values: flags } = parseArgs({ options: { 'no-demo': { type: 'boolean', default: false } }, strict: false });

const dataDir = dataDirectory();
const port = listenPort();

let dynamo;
try {
  dynamo = await startDynamoLocal({
    dbPath: path.join(dataDir, 'dynamodb'),
    pidFile: path.join(dataDir, 'dynamodb.pid'),
  });
} catch (error) {
  if (error instanceof JavaMissing) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
process.env.TABLE_NAME = localTableName;
process.env.CHITIEU_DATA_DIR = dataDir;

const table = await ensureTable(dynamo.endpoint, localTableName);

const barrier = durabilityBarrier(dynamo.endpoint, localTableName);

// A newcomer's first look: the catalog's plans, and illustrative figures so that progress shows.
const store = defaultStore();
if ((await store.listPlans({ limit: 1 })).items.length === 0) {
  const report = await seedCatalog(store, loadCatalog(), flags['no-demo'] ? undefined : loadIllustrativeActuals());
  report.tasks = await seedCatalogTasks(defaultTaskStore(), loadCatalogTasks());
  await barrier();
  console.log(`Empty store: loaded the catalog. ${describeSeedReport(report)}`);
}
const keys = await loadOrCreateKeys(dataDir);
const signIn = devSignIn(keys);
const dashboard = dashboardFallback();
const server = await createLocalServer({
  keys,
  afterWrite: barrier,
  fallback: async (request, response, url) =>
    (await signIn(request, response, url)) || dashboard(request, response, url),
});

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the API and DynamoDB Local…`);
  clearRuntime(dataDir);
  server.close();
  server.closeAllConnections();
  await dynamo.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

server.listen(port, '127.0.0.1', () => {
  writeRuntime(dataDir, {
    endpoint: dynamo.endpoint,
    tableName: localTableName,
    apiUrl: `http://127.0.0.1:${port}`,
    pid: process.pid,
  });
  console.log(
    `chitieu API on http://127.0.0.1:${port}  (data: ${dataDir}, DynamoDB Local: ${dynamo.endpoint}, table ${table})`,
  );
  console.log(`dashboard on http://127.0.0.1:${port}/`);
  console.log(`development sign-in on http://127.0.0.1:${port}${signInPath} (npm start only)`);
  if (flags['no-demo']) console.log('--no-demo: illustrative actuals are not loaded');
  startLocalSchedule(barrier); // the flag job, daily at 01:00 Asia/Ho_Chi_Minh, as on AWS
});
