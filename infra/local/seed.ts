import { parseArgs } from 'node:util';
import { loadCatalog, loadCatalogTasks, loadIllustrativeActuals } from '../../catalog/index.ts';
import { describeSeedReport, seedCatalog } from '#shared/seeding/seed-catalog.ts';
import { seedCatalogTasks } from '#shared/seeding/seed-tasks.ts';
import { openLocalStore } from './local-store.ts';
import { seedThroughApi } from './seed-api.ts';
import { dataDirectory } from './settings.ts';

/**
 * `npm run seed`: the catalog into the local store (and the illustrative actuals, unless --no-demo).
 * `npm run seed -- --api <url> --token <admin token>`: the catalog into a deployed stack, through its API.
 */
const { values } = parseArgs({
  options: { api: { type: 'string' }, token: { type: 'string' }, 'no-demo': { type: 'boolean', default: false } },
});

const documents = loadCatalog();
if (values.api) {
  if (!values.token) {
    console.error('--api needs --token <admin JWT>');
    process.exit(2);
  }
  const tally = await seedThroughApi(values.api, values.token, documents, loadCatalogTasks());
  console.log(
    tally.created === 0
      ? `Nothing to do: all ${tally.existing} records already there.`
      : `${tally.created} created, ${tally.existing} already there.`,
  );
} else {
  const local = await openLocalStore(dataDirectory());
  try {
    const report = await seedCatalog(local.store, documents, values['no-demo'] ? undefined : loadIllustrativeActuals());
    report.tasks = await seedCatalogTasks(local.tasks, loadCatalogTasks());
    console.log(describeSeedReport(report));
  } finally {
    await local.close();
  }
}
