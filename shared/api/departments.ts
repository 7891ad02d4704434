import type { Department, DepartmentInput } from '#shared/domain/department.ts';
import type { Operation } from '#shared/http/api-function.ts';
import { nowIso } from './changes.ts';

export const createDepartment: Operation = async ({ body, store }) => {
  const department: Department = { ...(body as DepartmentInput), createdAt: nowIso() };
  await store.createDepartment(department);
  return { status: 201, body: department, headers: { location: `/departments/${department.id}` } };
};

export const listDepartments: Operation = async ({ query, store }) => ({ status: 200, body: await store.listDepartments(query) });
