import type { Department } from '#shared/domain/department.ts';
import { invalidFields, type FieldIssue } from '#shared/domain/errors.ts';
import type { ReportingRule } from '#shared/domain/plan.ts';
import type { Operation } from '#shared/http/api-function.ts';
import type { catalogRoutes } from '#shared/http/routes/catalog.ts';
import { successorIssues } from '#shared/reporting/succession.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';
import type { Store } from '#shared/storage/port.ts';
import { nowIso } from './changes.ts';

/** The departments among these that exist, one read each (bounded by the schemas: 20 successors, 300 units). */
export const existingDepartments = async (store: Store, ids: readonly string[]): Promise<Set<string>> => {
  const found = await mapLimit(ids, 8, (id) => store.getDepartment(id));
  return new Set(found.flatMap((department) => (department ? [department.id] : [])));
};

/** Successors named at creation must exist and not be the unit itself (422), as for a succession. */
export const refuseBadSuccessors = async (store: Store, unitId: string, successorIds: readonly string[] = []) => {
  if (successorIds.length === 0) return;
  const issues = successorIssues(unitId, successorIds, await existingDepartments(store, successorIds));
  if (issues.length) throw invalidFields(issues);
};

/** A plan's consolidating department and its reporting units must exist (422 naming each one that does not). */
export const refuseUnknownReportingUnits = async (store: Store, reporting: ReportingRule | undefined) => {
  if (!reporting) return;
  const named = [...(reporting.toDepartmentId ? [reporting.toDepartmentId] : []), ...(reporting.units ?? [])];
  if (named.length === 0) return;
  const known = await existingDepartments(store, [...new Set(named)]);
  const issues: FieldIssue[] = [];
  if (reporting.toDepartmentId && !known.has(reporting.toDepartmentId))
    issues.push({
      in: 'body',
      field: 'reporting.toDepartmentId',
      pointer: '/reporting/toDepartmentId',
      message: `unknown department '${reporting.toDepartmentId}'`,
      messageVi: `không có đơn vị '${reporting.toDepartmentId}'`,
    });
  (reporting.units ?? []).forEach((id, i) => {
    if (!known.has(id))
      issues.push({
        in: 'body',
        field: `reporting.units.${i}`,
        pointer: `/reporting/units/${i}`,
        message: `unknown department '${id}'`,
        messageVi: `không có đơn vị '${id}'`,
      });
  });
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
