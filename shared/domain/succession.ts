import * as z from 'zod';
import { IsoDate, Slug } from './text.ts';

/**
 * One earlier lead of an indicator (or a task): the unit that led it until it was succeeded, kept
 * on the record it led so that a moved target still says whose figures its past years are.
 */
export const FormerLead = z
  .strictObject({
    departmentId: Slug,
    /** The predecessor's last day (its validTo). */
    until: IsoDate,
    movedAt: z.iso.datetime(),
  })
  .meta({ id: 'FormerLead' });
export type FormerLead = z.infer<typeof FormerLead>;

/** Leads are seldom succeeded more than once or twice; the bound keeps the record small. */
export const FormerLeads = z.array(FormerLead).max(20);

/**
 * POST /departments/{departmentId}/succession: who succeeds the unit from the day after `validTo`,
 * and which successor takes each of its indicators. With one successor every indicator goes to it;
 * with several, each indicator the unit leads must be named in `assign`.
 */
export const SuccessionInput = z
  .strictObject({
    successorIds: z
      .array(Slug)
      .min(1)
      .max(20)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'each successor once' }),
    validTo: IsoDate.meta({ example: '2025-06-30' }),
    assign: z
      .record(Slug, Slug)
      .refine((record) => Object.keys(record).length <= 2000, { message: 'at most 2000 assignments' })
      .optional()
      .meta({
        description: 'indicatorId → successorId; required for each indicator when there are several successors',
      }),
  })
  .meta({
    id: 'SuccessionInput',
    // As in the 2025 reorganisation: Sở LĐTBXH's labour and merit work to Sở Nội vụ, social protection to Sở Y tế.
    example: {
      successorIds: ['so-noi-vu-thanh-hoa', 'so-y-te-thanh-hoa'],
      validTo: '2025-02-28',
      assign: {
        'th68-nguoi-co-cong-muc-song': 'so-noi-vu-thanh-hoa',
        'th68-tro-cap-ho-ngheo-can-ngheo': 'so-y-te-thanh-hoa',
      },
    },
  });
export type SuccessionInput = z.infer<typeof SuccessionInput>;

export const SuccessionMove = z
  .object({ kind: z.enum(['indicator', 'task']), id: Slug, planId: Slug, to: Slug })
  .meta({ id: 'SuccessionMove' });
export type SuccessionMove = z.infer<typeof SuccessionMove>;
