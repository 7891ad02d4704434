import * as z from 'zod';
import { Slug, text } from './text.ts';

const departmentFields = {
  name: text(200).meta({ example: 'Sở Y tế' }),
  nameEn: text(200).optional().meta({ example: 'Department of Health' }),
  area: text(120),
  /** Provincial departments were merged in 2025: the old id stays valid and names the new one. */
  successorId: Slug.optional(),
};

export const DepartmentInput = z.strictObject({ id: Slug, ...departmentFields }).meta({ id: 'DepartmentInput' });
export type DepartmentInput = z.infer<typeof DepartmentInput>;

export const Department = z
  .strictObject({ id: Slug, ...departmentFields, createdAt: z.iso.datetime() })
  .meta({ id: 'Department' });
export type Department = z.infer<typeof Department>;
