import type { ActualWrite } from '../port.ts';
import * as keys from './keys.ts';
import type { TransactItems } from './transact.ts';
import { versionedItems } from './versioned-items.ts';

/**
 * The two items of one actual's write (docs/data-model.md, "Writes"), for PUT and the import alike:
 * the current value, conditioned on the version it replaces (none for a create), and its revision,
 * which is never overwritten. `returnOld` asks for the current item when the condition fails.
 */
export const actualItems = (
  tableName: string,
  { planId, actual, expectedVersion }: ActualWrite,
  options: { returnOld?: boolean } = {},
): TransactItems =>
  versionedItems(
    tableName,
    {
      current: {
        ...keys.actualKey(planId, actual.indicatorId, actual.year),
        ...keys.actualLookupKey(actual.indicatorId, actual.year),
      },
      revision: keys.revisionKey(actual.indicatorId, actual.year, actual.version),
      entity: 'actual',
      revisionEntity: 'revision',
      record: actual,
      expectedVersion,
    },
    options,
  );
