import { describe, expect, it } from 'vitest';
import {
  countFlagTypes,
  countStatuses,
  departmentOptions,
  filterRows,
  flagDetail,
  flagDueDate,
  flagPreview,
  flagsByDepartment,
  groupByDomain,
  segments,
  statusOrder,
  totalOf,
} from '../../web/src/shape.ts';
import type { Department } from '../../web/src/types.ts';
import { beds, bhyt, doctors, flag, housing, malaria, unemployment } from './fixtures.ts';

const departments: Department[] = [
  {
    id: 'so-y-te-thanh-hoa',
    name: 'Sở Y tế',
    nameEn: 'Department of Health',
    area: 'Thanh Hóa',
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  {
    id: 'so-xay-dung-thanh-hoa',
    name: 'Sở Xây dựng',
    nameEn: 'Department of Construction',
    area: 'Thanh Hóa',
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  {
    id: 'so-lao-dong-tbxh-thanh-hoa',
    name: 'Sở Lao động - Thương binh và Xã hội',
    area: 'Thanh Hóa',
    createdAt: '2026-01-01T00:00:00.000Z',
  },
];

describe('status counts', () => {
  it('count every status, zero included', () => {
    const counts = countStatuses(['at_risk', 'at_risk', 'achieved']);
    expect(counts).toEqual({
      achieved: 1,
      on_track: 0,
      at_risk: 2,
      off_track: 0,
      missed: 0,
      pending: 0,
      insufficient_data: 0,
      no_data: 0,
    });
    expect(totalOf(counts)).toBe(3);
  });

  it('become status-bar segments in display order, empty statuses left out, shares summing to 1', () => {
    const parts = segments({ no_data: 31, achieved: 1, on_track: 4, at_risk: 3, off_track: 2, pending: 6 });
    expect(parts.map((p) => p.status)).toEqual(['achieved', 'on_track', 'at_risk', 'off_track', 'pending', 'no_data']);
    expect(parts.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1, 12);
    expect(parts[0]).toEqual({ status: 'achieved', count: 1, share: 1 / 47 });
    expect(segments({})).toEqual([]);
  });

  it('list every status once, best first', () => {
    expect(new Set(statusOrder).size).toBe(8);
    expect(statusOrder[0]).toBe('achieved');
  });
});

describe('plan rows', () => {
  const rows = [bhyt, housing, doctors, beds, malaria, unemployment];

  it('filter by department and by status, both or neither', () => {
    expect(filterRows(rows, {})).toHaveLength(6);
    expect(filterRows(rows, { department: 'so-y-te-thanh-hoa' }).map((r) => r.indicatorId)).toEqual([
      'th68-tham-gia-bhyt',
      'th68-bac-si',
      'th68-giuong-benh',
      'th68-loai-tru-sot-ret',
    ]);
    expect(filterRows(rows, { status: 'at_risk' }).map((r) => r.indicatorId)).toEqual([
      'th68-nha-o-xa-hoi',
      'th68-bac-si',
      'th68-giuong-benh',
    ]);
    expect(filterRows(rows, { department: 'so-y-te-thanh-hoa', status: 'at_risk' })).toEqual([doctors, beds]);
    expect(filterRows(rows, { department: 'nobody' })).toEqual([]);
  });

  it('group by domain in order of first appearance, codes in reading order within a domain', () => {
    const groups = groupByDomain(rows);
    expect(groups.map((g) => g.domain)).toEqual(['health-insurance', 'housing', 'health', 'employment']);
    expect(groups[2]!.rows.map((r) => r.code)).toEqual(['II.2.1.b.10', 'II.2.1.b.11', 'II.2.1.b.22']);
  });

  it('offer the departments present in the plan, by name, in the reader’s language', () => {
    expect(departmentOptions(rows, departments, 'en').map((d) => d.name)).toEqual([
      'Department of Construction',
      'Department of Health',
      'Sở Lao động - Thương binh và Xã hội',
    ]);
    expect(
      departmentOptions([{ departmentId: 'unknown-dept' }, { departmentId: undefined }], departments, 'vi'),
    ).toEqual([{ id: 'unknown-dept', name: 'unknown-dept' }]);
  });
});

describe('flags by department', () => {
  const flags = [
    flag({ id: 'a', openedAt: '2026-01-02T01:00:00.000Z' }),
    flag({ id: 'b', openedAt: '2026-03-01T01:00:00.000Z', departmentId: 'so-xay-dung-thanh-hoa' }),
    flag({ id: 'c', openedAt: '2026-02-01T01:00:00.000Z' }),
    flag({ id: 'd', openedAt: '2026-04-01T01:00:00.000Z', status: 'resolved', resolvedAt: '2026-05-01T00:00:00.000Z' }),
    flag({ id: 'e', openedAt: '2026-01-15T01:00:00.000Z', departmentId: undefined }),
  ];

  it('keep open flags only, newest first in each group, the group with the newest flag first', () => {
    const groups = flagsByDepartment(flags);
    expect(groups.map((g) => [g.departmentId, g.flags.map((f) => f.id)])).toEqual([
      ['so-xay-dung-thanh-hoa', ['b']],
      ['so-y-te-thanh-hoa', ['c', 'a']],
      [undefined, ['e']],
    ]);
  });

  it('read a flag’s detail in the reader’s language, whatever its form', () => {
    const detail = { status: 'at_risk', explanation: { vi: 'Có nguy cơ', en: 'At risk' } };
    expect(flagDetail(detail, 'en')).toBe('At risk');
    expect(flagDetail(detail, 'vi')).toBe('Có nguy cơ');
    expect(flagDetail('plain text', 'vi')).toBe('plain text');
    expect(flagDetail({ vi: 'một', en: 'one' }, 'en')).toBe('one');
    expect(flagDetail(undefined, 'en')).toBeUndefined();
    expect(flagDetail({ status: 'missed' }, 'en')).toBeUndefined();
  });
});

describe('flag due date', () => {
  it('is read from a missing_report flag’s detail, and absent otherwise', () => {
    expect(flagDueDate({ dueDate: '2025-12-10', status: 'no_data' })).toBe('2025-12-10');
    expect(flagDueDate({ status: 'at_risk' })).toBeUndefined();
    expect(flagDueDate('text')).toBeUndefined();
  });
});

describe('a plan’s flags in brief', () => {
  const flags = [
    flag({ id: 'old-lag', type: 'lagging', openedAt: '2026-01-01T00:00:00.000Z' }),
    flag({ id: 'new-missing', type: 'missing_report', openedAt: '2026-06-01T00:00:00.000Z' }),
    flag({ id: 'new-lag', type: 'lagging', openedAt: '2026-05-01T00:00:00.000Z' }),
    flag({ id: 'gone', type: 'lagging', openedAt: '2026-07-01T00:00:00.000Z', status: 'resolved' }),
  ];

  it('puts lagging targets first, newest first, open only, up to the limit', () => {
    expect(flagPreview(flags, 10).map((f) => f.id)).toEqual(['new-lag', 'old-lag', 'new-missing']);
    expect(flagPreview(flags, 2).map((f) => f.id)).toEqual(['new-lag', 'old-lag']);
  });

  it('counts the open ones by type', () => {
    expect(Object.fromEntries(countFlagTypes(flags))).toEqual({ lagging: 2, missing_report: 1 });
  });
});
