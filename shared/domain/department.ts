import * as z from 'zod';
import { IsoDate, Slug, text } from './text.ts';

/**
 * What kind of reporting unit a body is: a provincial department (Sở, and the offices ranked with
 * them), a district-level people's committee (UBND huyện, thị xã, thành phố), or another agency
 * (Công an tỉnh, BHXH tỉnh, Tỉnh đoàn, the press …).
 */
export const DepartmentKind = z
  .enum(['department', 'district', 'agency'])
  .meta({ description: 'department: Sở …; district: UBND huyện/thị xã/thành phố; agency: Công an tỉnh, BHXH tỉnh …' });
export type DepartmentKind = z.infer<typeof DepartmentKind>;

const successorList = z
  .array(Slug)
  .min(1)
  .max(20)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'each successor once' });

const departmentFields = {
  name: text(200).meta({ example: 'Sở Y tế' }),
  nameEn: text(200).optional().meta({ example: 'Department of Health' }),
  area: text(120),
  kind: DepartmentKind.default('department'),
  /**
   * The 2025 reorganisation merged departments and abolished districts: a unit may be succeeded by
   * several, and its tokens stop writing after `validTo` (shared/reporting/succession.ts).
   */
  successorIds: successorList.optional(),
  /** The last day the unit reports under its own id. */
  validTo: IsoDate.optional(),
};

export const DepartmentInput = z
  .strictObject({ id: Slug, ...departmentFields })
  .refine((d) => !d.successorIds || d.validTo !== undefined, {
    message: 'successorIds come with validTo, the last day the unit reports itself',
    path: ['validTo'],
  })
  .meta({ id: 'DepartmentInput' });
export type DepartmentInput = z.infer<typeof DepartmentInput>;

export const Department = z
  .strictObject({
    id: Slug,
    ...departmentFields,
    /** Absent on records written before units had kinds: read as a department (kindOf). */
    kind: DepartmentKind.optional(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Department' });
export type Department = z.infer<typeof Department>;

/** A unit whose `validTo` is over (in the province's calendar) no longer writes under its own id. */
export const unitExpired = (department: Pick<Department, 'validTo'> | undefined, today: string): boolean =>
  department?.validTo !== undefined && today > department.validTo;

export const kindOf = (department: Pick<Department, 'kind'>): DepartmentKind => department.kind ?? 'department';
