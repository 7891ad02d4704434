import type { CatalogTasks } from '#shared/domain/catalog.ts';
import { AlreadyExists } from '#shared/storage/errors.ts';
import type { TaskStore } from '#shared/storage/task-port.ts';
import type { SeedCounts } from './seed-catalog.ts';

/**
 * Writes the catalog's tasks through the tasks' storage port, after seedCatalog has written their
 * plans and departments. Idempotent as seedCatalog: a task already there (perhaps changed since)
 * is left as it is and counted as existing.
 */
export const seedCatalogTasks = async (
  store: TaskStore,
  catalog: readonly CatalogTasks[],
  now = new Date().toISOString(),
): Promise<SeedCounts> => {
  const tally: SeedCounts = { created: 0, existing: 0 };
  for (const { planId, tasks } of catalog) {
    for (const task of tasks) {
      try {
        await store.createTask({ ...task, planId, createdAt: now, updatedAt: now });
        tally.created += 1;
      } catch (error) {
        if (!(error instanceof AlreadyExists)) throw error;
        tally.existing += 1;
      }
    }
  }
  return tally;
};
