import type { Department } from '#shared/domain/department.ts';
import { invalidFields } from '#shared/domain/errors.ts';
import type { Operation } from '#shared/http/api-function.ts';
import type { catalogRoutes } from '#shared/http/routes/catalog.ts';
import { successorIssues } from '#shared/reporting/succession.ts';
import type { Store } from '#shared/storage/port.ts';
import { nowIso } from './changes.ts';

/** The successors that exist, one read each (at most 20, the schema's bound). */
export const existingDepartments = async (store: Store, ids: readonly string[]): Promise<Set<string>> => {
  const found = await Promise.all(ids.map((id) => store.getDepartment(id)));
  return new Set(found.flatMap((department) => (department ? [department.id] : [])));
};

/** Successors named at creation must exist and not be the unit itself (422), as for a succession. */
export const refuseBadSuccessors = async (store: Store, unitId: string, successorIds: readonly string[] = []) => {
  if (successorIds.length === 0) return;
  const issues = successorIssues(unitId, successorIds, await existingDepartments(store, successorIds));
  if (issues.length) throw invalidFields(issues);
};

export const createDepartment: Operation<typeof catalogRoutes.createDepartment> = async ({ body, store }) => {
  await refuseBadSuccessors(store, body.id, body.successorIds);
  const department: Department = { ...body, createdAt: nowIso() };
  await store.createDepartment(department);
  return { status: 201, body: department, headers: { location: `/departments/${department.id}` } };
};

export const listDepartments: Operation<typeof catalogRoutes.listDepartments> = async ({ query, store }) => ({
  status: 200,
  body: await store.listDepartments(query),
});
