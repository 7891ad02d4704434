import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Target, TargetVersion } from '#shared/domain/indicator.ts';
import { computeProgress, ProgressResultSchema, type ProgressResult } from '#shared/progress/index.ts';

/** fast-check properties of the rules in docs/methodology.md §11; the table tests are in semantics.test.ts. */
const runs = { numRuns: 1000 };

interface Input {
  target: Target;
  accumulation?: 'level' | 'cumulative' | 'average';
  kind?: 'numeric' | 'milestone';
  baseline?: { year: number; value: number };
  actuals: Array<{ year: number; value: number | boolean }>;
  period?: { startYear: number; endYear: number };
  asOf: string;
  targetVersions?: TargetVersion[];
}

const run = (i: Input): ProgressResult =>
  computeProgress({
    indicator: {
      id: 'p',
      kind: i.kind ?? 'numeric',
      accumulation: i.accumulation ?? 'level',
      unit: '%',
      target: i.target,
      ...(i.baseline ? { baseline: i.baseline } : {}),
    },
    period: i.period ?? { startYear: 2021, endYear: 2030 },
    actuals: i.actuals,
    asOf: i.asOf,
    ...(i.targetVersions ? { targetVersions: i.targetVersions } : {}),
  });

const small = fc.integer({ min: -500, max: 500 });

describe('properties of the semantic rules', () => {
  it('a range is met exactly on its ends and between them, never just outside', () => {
    fc.assert(
      fc.property(small, fc.integer({ min: 0, max: 50 }), fc.integer({ min: -60, max: 110 }), (lo, width, offset) => {
        const hi = lo + width;
        const v = lo + offset;
        const result = run({
          target: { comparator: 'between', value: lo, upper: hi, year: 2030 },
          actuals: [{ year: 2030, value: v }],
          asOf: '2030-12-31',
        });
        expect(result.status).toBe(v >= lo && v <= hi ? 'achieved' : 'missed');
      }),
      runs,
    );
  });

  it('a per-year target met every year is never below on_track', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('decrease' as const, 'increase' as const),
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 10 }),
        fc.boolean(),
        (rate, change, start, extras, withBaseline) => {
          const sign = change === 'decrease' ? -1 : 1;
          let level = start;
          const actuals = extras.map((extra, i) => {
            level += sign * (rate + extra);
            return { year: 2021 + i, value: level };
          });
          const result = run({
            target: { comparator: '>=', value: rate, change, year: 2030 },
            ...(withBaseline ? { baseline: { year: 2020, value: start } } : {}),
            actuals: withBaseline ? actuals : [{ year: 2020, value: start }, ...actuals],
            asOf: '2040-12-31',
          });
          expect(['on_track', 'achieved']).toContain(result.status);
          expect(result.failedYears).toEqual([]);
        },
      ),
      runs,
    );
  });

  it('a per-year target: its yearly changes add up to the achieved change', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('decrease' as const, 'increase' as const),
        fc.uniqueArray(fc.tuple(fc.integer({ min: 2020, max: 2030 }), small), { selector: ([y]) => y, minLength: 2 }),
        (change, pairs) => {
          const result = run({
            target: { comparator: '>=', value: 1, change, year: 2030 },
            actuals: pairs.map(([year, value]) => ({ year, value })),
            asOf: '2030-12-31',
          });
          const sorted = [...pairs].sort(([a], [b]) => a - b);
          const first = sorted[0]!;
          const sum = (result.yearly ?? []).reduce((s, y, i) => {
            const previousYear = i === 0 ? first[0] : result.yearly![i - 1]!.year;
            return s + (y.value as number) * (y.year - previousYear);
          }, 0);
          const sign = change === 'decrease' ? -1 : 1;
          expect(sign * sum).toBeCloseTo(result.achievedChange ?? NaN, 9);
        },
      ),
      runs,
    );
  });

  it('maintain: achieved exactly when every graded year meets; a failing latest year is never better than off_track', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 2019, max: 2030 }), fc.integer({ min: 80, max: 100 })), {
          selector: ([y]) => y,
          minLength: 1,
          maxLength: 8,
        }),
        (pairs) => {
          const result = run({
            target: { comparator: '>=', value: 95, year: 2030, maintain: true },
            actuals: pairs.map(([year, value]) => ({ year, value })),
            asOf: '2030-12-31',
          });
          const graded = pairs.filter(([y]) => y >= 2021).sort(([a], [b]) => a - b);
          fc.pre(graded.length > 0);
          const allMet = graded.every(([, v]) => v >= 95);
          expect(result.status === 'achieved').toBe(allMet);
          expect(result.failedYears).toEqual(graded.filter(([, v]) => v < 95).map(([y]) => y));
          if ((graded.at(-1)?.[1] ?? 0) < 95) expect(['off_track', 'missed']).toContain(result.status);
        },
      ),
      runs,
    );
  });

  it('averages: the mean is the mean of the counted years, and decides at the target year', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 2018, max: 2025 }), fc.integer({ min: 0, max: 20 })), {
          selector: ([y]) => y,
          minLength: 1,
        }),
        fc.option(fc.integer({ min: 2018, max: 2025 }), { nil: undefined }),
        fc.integer({ min: 1, max: 15 }),
        (pairs, countFrom, lo) => {
          const from = countFrom ?? 2021;
          const result = run({
            target: {
              comparator: 'between',
              value: lo,
              upper: lo + 2,
              year: 2025,
              ...(countFrom ? { countFrom } : {}),
            },
            accumulation: 'average',
            period: { startYear: 2021, endYear: 2025 },
            actuals: pairs.map(([year, value]) => ({ year, value })),
            asOf: '2025-12-31',
          });
          const counted = pairs.filter(([y]) => y >= from);
          if (counted.length === 0) return void expect(result.status).toBe('no_data');
          const mean = counted.reduce((s, [, v]) => s + v, 0) / counted.length;
          expect(result.mean).toBeCloseTo(mean, 9);
          const latestYear = Math.max(...counted.map(([y]) => y));
          const met = result.mean! >= lo && result.mean! <= lo + 2;
          if (latestYear >= 2025) expect(result.status).toBe(met ? 'achieved' : 'missed');
          else if (met) expect(result.status).toBe('on_track');
        },
      ),
      runs,
    );
  });

  it('a milestone with due is missed only after its day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
        fc.date({ min: new Date('2024-06-01'), max: new Date('2026-06-30'), noInvalidDate: true }),
        (dueDay, asOfDay) => {
          const due = dueDay.toISOString().slice(0, 10);
          const asOf = asOfDay.toISOString().slice(0, 10);
          const result = run({
            kind: 'milestone',
            target: { comparator: '=', value: true, year: 2025, due },
            actuals: [{ year: 2024, value: false }],
            asOf,
          });
          expect(result.status).toBe(asOf > due ? 'missed' : 'pending');
        },
      ),
      runs,
    );
  });

  it('countFrom: expected = value·(latest − countFrom + 1)/(targetYear − countFrom + 1) before the target year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2024 }),
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 0, max: 5 }),
        (countFrom, value, after) => {
          const latest = Math.min(countFrom + after, 2029);
          const result = run({
            target: { comparator: '>=', value, year: 2030, countFrom },
            accumulation: 'cumulative',
            period: { startYear: 2024, endYear: 2030 },
            actuals: [{ year: latest, value: 1 }],
            asOf: `${latest}-12-31`,
          });
          expect(result.expected).toBeCloseTo((value * (latest - countFrom + 1)) / (2030 - countFrom + 1), 6);
        },
      ),
      runs,
    );
  });

  it('interim milestones: the target line passes through each one exactly, and expected is it in its year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.uniqueArray(fc.tuple(fc.integer({ min: 2021, max: 2029 }), fc.integer({ min: 0, max: 200 })), {
          selector: ([y]) => y,
          minLength: 1,
          maxLength: 5,
        }),
        fc.integer({ min: 0, max: 200 }),
        (start, milestones, target) => {
          fc.pre(target !== start);
          const [year, value] = milestones[0]!;
          const result = computeProgress({
            indicator: {
              id: 'p',
              kind: 'numeric',
              accumulation: 'level',
              unit: 'u',
              target: { comparator: target > start ? '>=' : '<=', value: target, year: 2030 },
              baseline: { year: 2020, value: start },
              milestones: milestones.map(([y, v]) => ({ year: y, value: v })),
            },
            period: { startYear: 2021, endYear: 2030 },
            actuals: [{ year, value: start }],
            asOf: `${year}-12-31`,
          });
          for (const [y, v] of milestones) {
            expect(result.trajectory.find((p) => p.year === y)?.expected, String(y)).toBe(v);
          }
          expect(result.expected).toBe(value);
        },
      ),
      runs,
    );
  });

  it('every answer fits the schema, explains itself in both languages, and names an amended target', () => {
    const target = fc.oneof(
      fc.record({
        comparator: fc.constant('between' as const),
        value: fc.integer({ min: 0, max: 50 }),
        upper: fc.integer({ min: 50, max: 100 }),
        year: fc.integer({ min: 2022, max: 2030 }),
        maintain: fc.boolean(),
      }),
      fc.record({
        comparator: fc.constantFrom('>=' as const, 'between' as const),
        value: fc.integer({ min: 1, max: 5 }),
        upper: fc.constant(6),
        year: fc.integer({ min: 2022, max: 2030 }),
        change: fc.constantFrom('decrease' as const, 'increase' as const),
      }),
    );
    fc.assert(
      fc.property(
        target,
        fc.uniqueArray(fc.tuple(fc.integer({ min: 2018, max: 2031 }), fc.integer({ min: 0, max: 100 })), {
          selector: ([y]) => y,
          maxLength: 6,
        }),
        fc.boolean(),
        (raw, pairs, versioned) => {
          const t: Target = raw.comparator === 'between' ? raw : { ...raw, upper: undefined };
          const clean = Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as Target;
          const version: TargetVersion = {
            indicatorId: 'ind',
            version: 2,
            target: clean,
            validFrom: '2022-01-01',
            document: 'QĐ điều chỉnh',
            recordedAt: '2024-01-01T00:00:00.000Z',
          };
          const result = run({
            target: { comparator: '>=', value: 1, year: 2030 },
            actuals: pairs.map(([year, value]) => ({ year, value })),
            asOf: '2031-12-31',
            ...(versioned ? { targetVersions: [version] } : {}),
            ...(versioned ? {} : { target: clean }),
          });
          expect(ProgressResultSchema.safeParse(result).success).toBe(true);
          expect(result.explanation.vi.length).toBeGreaterThan(10);
          expect(result.explanation.en.length).toBeGreaterThan(10);
          if (versioned) expect(result.explanation.en).toContain('target as set by QĐ điều chỉnh');
        },
      ),
      runs,
    );
  });
});
