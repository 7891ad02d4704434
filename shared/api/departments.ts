import type { Department } from '#shared/domain/department.ts';
import type { Operation } from '#shared/http/api-function.ts';
import type { catalogRoutes } from '#shared/http/routes/catalog.ts';
import { nowIso } from './changes.ts';

export const createDepartment: Operation<typeof catalogRoutes.createDepartment> = async ({ body, store }) => {
  const department: Department = { ...body, createdAt: nowIso() };
  await store.createDepartment(department);
  return { status: 201, body: department, headers: { location: `/departments/${department.id}` } };
};

export const listDepartments: Operation<typeof catalogRoutes.listDepartments> = async ({ query, store }) => ({
  status: 200,
  body: await store.listDepartments(query),
});
