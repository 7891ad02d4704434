import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actualIssues,
  actualWrite,
  expectedVersion,
  mayReport,
  nextVersion,
  outcomeOf,
  versionRequired,
  yearsBeforePlan,
} from '#shared/actuals/index.ts';
import type { Actual } from '#shared/domain/actual.ts';
import { RuleViolation } from '#shared/domain/errors.ts';

const plan = { period: { startYear: 2024, endYear: 2030 } };
const numeric = (unit: string, min?: number, max?: number) => ({
  kind: 'numeric' as const,
  unit,
  ...(min !== undefined ? { min } : {}),
  ...(max !== undefined ? { max } : {}),
});
const milestone = { kind: 'milestone' as const, unit: 'có/không' };
const fields = (issues: { in: string; field: string }[]) => issues.map((i) => `${i.in}.${i.field}`);

describe('actualIssues: year range, kind and bounds', () => {
  it.each([
    ['first year of history', numeric('người'), 2024 - yearsBeforePlan, 5, []],
    ['a year before history', numeric('người'), 2024 - yearsBeforePlan - 1, 5, ['path.year']],
    ["the plan's last year", numeric('người'), 2030, 5, []],
    ['after the plan', numeric('người'), 2031, 5, ['path.year']],
    ['a percentage at 0', numeric('%'), 2025, 0, []],
    ['a percentage at 100', numeric('%'), 2025, 100, []],
    ['a percentage above 100', numeric(' % '), 2025, 100.01, ['body.value']],
    ['a percentage below 0', numeric('%'), 2025, -0.5, ['body.value']],
    ['a percentage with its own bounds', numeric('%', undefined, 250), 2025, 180, []],
    ['own minimum', numeric('km', 10), 2025, 9, ['body.value']],
    ['own maximum', numeric('km', undefined, 10), 2025, 11, ['body.value']],
    ['no bounds at all', numeric('tỷ đồng'), 2025, -1e12, []],
    ['a boolean for a number', numeric('km'), 2025, true, ['body.value']],
    ['a number for a milestone', milestone, 2025, 1, ['body.value']],
    ['a milestone', milestone, 2025, false, []],
    ['both wrong', numeric('%'), 2040, 101, ['path.year', 'body.value']],
  ] as const)('%s', (_, indicator, year, value, expected) => {
    expect(fields(actualIssues(indicator, plan, year, value))).toEqual(expected);
  });

  it('names the range in both languages, and points into the body', () => {
    const [issue] = actualIssues(numeric('%'), plan, 2025, 120);
    expect(issue).toEqual({
      in: 'body',
      field: 'value',
      pointer: '/value',
      message: 'value must be within 0…100 %',
      messageVi: 'giá trị phải trong khoảng 0…100',
    });
  });

  it('property: a numeric value is accepted exactly when it lies within the bounds (and the year within the plan)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined }),
        fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.integer({ min: 1990, max: 2040 }),
        (min, max, value, year) => {
          const issues = fields(actualIssues(numeric('đơn vị', min, max), plan, year, value));
          const inBounds = (min === undefined || value >= min) && (max === undefined || value <= max);
          const inYears = year >= 2024 - yearsBeforePlan && year <= 2030;
          expect(issues.includes('body.value')).toBe(!inBounds);
          expect(issues.includes('path.year')).toBe(!inYears);
        },
      ),
    );
  });
});

describe('mayReport: ownership', () => {
  it.each([
    ['an admin, any indicator', { subject: 'a', role: 'admin' as const }, { departmentId: 'so-y-te' }, true],
    ['an admin, an indicator without department', { subject: 'a', role: 'admin' as const }, {}, true],
    [
      'its own department',
      { subject: 'd', role: 'department' as const, departmentId: 'so-y-te' },
      { departmentId: 'so-y-te' },
      true,
    ],
    [
      'another department',
      { subject: 'd', role: 'department' as const, departmentId: 'so-y-te' },
      { departmentId: 'so-gd' },
      false,
    ],
    [
      'an indicator without department',
      { subject: 'd', role: 'department' as const, departmentId: 'so-y-te' },
      {},
      false,
    ],
    ['nobody', undefined, { departmentId: 'so-y-te' }, false],
  ])('%s', (_, principal, indicator, expected) => {
    expect(mayReport(principal, indicator)).toBe(expected);
  });
});

describe('versions', () => {
  it('If-Match names the version replaced; * the current one (0 when none); none is a create', () => {
    expect(expectedVersion(3, { version: 5 })).toBe(3);
    expect(expectedVersion('*', { version: 5 })).toBe(5);
    expect(expectedVersion('*', undefined)).toBe(0);
    expect(expectedVersion(null, { version: 5 })).toBeNull();
    expect(expectedVersion(null, undefined)).toBeNull();
  });

  it('property: the next version is one after the one replaced, 1 for a create', () => {
    expect(nextVersion(null)).toBe(1);
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_998 }), (v) => nextVersion(v) === v + 1));
  });

  it('a missing If-Match over an existing value is a version-required violation carrying the current version', () => {
    const violation = versionRequired(4);
    expect(violation).toBeInstanceOf(RuleViolation);
    expect(violation).toMatchObject({ kind: 'version-required', currentVersion: 4 });
    expect(versionRequired(null).currentVersion).toBeUndefined();
  });
});

describe('actualWrite: the revision record', () => {
  const report = { indicator: { id: 'bhyt', planId: 'kh-68' }, year: 2025, value: 91.5, status: 'final' as const };
  const reporting = { reportedBy: 'so-y-te@local', reportedAt: '2025-12-01T00:00:00.000Z' };

  it('is the Actual at the next version, conditioned on the version it replaces', () => {
    expect(actualWrite({ ...report, note: 'ước tính' }, reporting, 2)).toEqual({
      planId: 'kh-68',
      expectedVersion: 2,
      actual: {
        indicatorId: 'bhyt',
        year: 2025,
        value: 91.5,
        status: 'final',
        note: 'ước tính',
        reportedBy: 'so-y-te@local',
        reportedAt: '2025-12-01T00:00:00.000Z',
        version: 3,
      },
    });
  });

  it('a create is version 1; an empty note and a false illustrative leave no field; demo figures say so', () => {
    const created = actualWrite({ ...report, note: '' }, reporting, null);
    expect(created.expectedVersion).toBeNull();
    expect(created.actual.version).toBe(1);
    expect(Object.keys(created.actual)).toEqual([
      'indicatorId',
      'year',
      'value',
      'status',
      'reportedBy',
      'reportedAt',
      'version',
    ]);
    expect(actualWrite(report, { ...reporting, illustrative: true }, null).actual.illustrative).toBe(true);
  });

  it('property: whatever is reported, the record is a valid Actual with version = replaced + 1', async () => {
    const { Actual } = await import('#shared/domain/actual.ts');
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
        fc.oneof(
          // Storable numbers only (shared/domain/storable.ts): a magnitude under 1e-130 is refused before it gets here.
          fc
            .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
            .map((v) => (Math.abs(v) < 1e-130 ? 0 : v)),
          fc.boolean(),
        ),
        (replaces, value) => {
          const { actual, expectedVersion: expected } = actualWrite({ ...report, value }, reporting, replaces);
          expect(expected).toBe(replaces);
          expect(actual.version).toBe((replaces ?? 0) + 1);
          expect(Actual.parse(actual)).toEqual(actual);
        },
      ),
    );
  });
});

describe('outcomeOf: what writing over the current value does', () => {
  const current: Actual = {
    indicatorId: 'bhyt',
    year: 2025,
    value: 90,
    status: 'final',
    note: 'a\r\nb',
    reportedBy: 'x',
    reportedAt: '2025-01-01T00:00:00.000Z',
    version: 2,
  };
  it.each([
    ['nothing there', undefined, { value: 90, status: 'final' as const }, 'imported'],
    [
      'the same value, status and note (line breaks aside)',
      current,
      { value: 90, status: 'final' as const, note: 'a\nb' },
      'unchanged',
    ],
    ['another value', current, { value: 91, status: 'final' as const, note: 'a\nb' }, 'updated'],
    ['another status', current, { value: 90, status: 'provisional' as const, note: 'a\nb' }, 'updated'],
    ['the note dropped', current, { value: 90, status: 'final' as const }, 'updated'],
    [
      'over a demo figure',
      { ...current, illustrative: true },
      { value: 90, status: 'final' as const, note: 'a\nb' },
      'updated',
    ],
  ])('%s', (_, before, report, expected) => {
    expect(outcomeOf(before, report)).toBe(expected);
  });
});
