import type { CatalogDocument, CatalogTasks } from '#shared/domain/catalog.ts';

/**
 * Loads the catalog into a deployed stack through its public API (admin token). Illustrative actuals
 * are never sent: they exist only for local first looks.
 */
export const seedThroughApi = async (
  apiUrl: string,
  token: string,
  documents: CatalogDocument[],
  tasks: readonly CatalogTasks[] = [],
) => {
  const tally = { created: 0, existing: 0 };
  const post = async (path: string, body: unknown) => {
    const response = await fetch(new URL(path, apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status === 201) tally.created += 1;
    else if (response.status === 409) tally.existing += 1;
    else throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  };
  const departments = new Map(documents.flatMap((d) => d.departments).map((d) => [d.id, d]));
  for (const department of departments.values()) await post('departments', department);
  for (const { plan, indicators } of documents) {
    await post('plans', plan);
    for (const indicator of indicators) await post(`plans/${plan.id}/indicators`, indicator);
  }
  for (const { planId, tasks: planTasks } of tasks) {
    for (const task of planTasks) await post(`plans/${planId}/tasks`, task);
  }
  return tally;
};
