import { describe, expect, it } from 'vitest';
import {
  computeProgress,
  defaultProgressMethod,
  isProgressMethod,
  progressMethodNames,
  progressMethods,
  ProgressMethod,
  ProgressResultSchema,
  type ProgressInput,
} from '#shared/progress/index.ts';
import { milestone, numeric } from './fixtures.ts';

const input: ProgressInput = {
  indicator: {
    id: 'x',
    kind: 'numeric',
    accumulation: 'level',
    unit: '%',
    target: { comparator: '>=', value: 90, year: 2030 },
  },
  period: { startYear: 2021, endYear: 2030 },
  actuals: [{ year: 2024, value: 80 }],
  asOf: '2025-01-01',
};

describe('method registry', () => {
  it('knows the methods by their product names', () => {
    expect(progressMethodNames).toEqual(['linear-trajectory', 'un-cagr', 'un-extrapolation', 'statcan']);
    expect(defaultProgressMethod).toBe('linear-trajectory');
    for (const name of progressMethodNames) {
      expect(isProgressMethod(name)).toBe(true);
      expect(progressMethods[name].name).toBe(name);
      expect(ProgressMethod.safeParse(name).success).toBe(true);
    }
  });

  it.each(['', 'UN-CAGR', 'linear', 'toString', '__proto__', 'constructor', undefined, null, 1])(
    'lets a route refuse %s',
    (name) => {
      expect(isProgressMethod(name)).toBe(false);
    },
  );

  it('refuses an unknown method or a malformed date instead of guessing', () => {
    expect(() => computeProgress({ ...input, method: 'un-cagr2' as ProgressMethod })).toThrow(RangeError);
    expect(() => computeProgress({ ...input, asOf: '2025' })).toThrow(RangeError);
    expect(() => computeProgress({ ...input, asOf: '2025-13-01' })).toThrow(RangeError);
  });

  it('refuses a numeric indicator whose target is not a number', () => {
    const bad = {
      ...input,
      indicator: { ...input.indicator, target: { comparator: '>=' as const, value: true, year: 2030 } },
    };
    expect(() => computeProgress(bad)).toThrow(TypeError);
  });

  it('defaults to linear-trajectory', () => {
    expect(computeProgress(input).method).toBe('linear-trajectory');
  });
});

describe('every answer carries what explains it', () => {
  const answers = [
    numeric({ comparator: '>=', target: 95, baseline: [2020, 80], actuals: [[2025, 90]] }),
    numeric({ comparator: '>=', target: 95, actuals: [] }),
    numeric({ comparator: '>=', target: 95, actuals: [[2024, 50]] }),
    numeric({
      comparator: '>=',
      target: 95,
      maintain: true,
      actuals: [
        [2021, 96],
        [2023, 94],
      ],
    }),
    numeric({ comparator: '<', target: 10, baseline: [2015, 20], actuals: [[2022, 17]], method: 'un-extrapolation' }),
    numeric({ comparator: '>=', target: 0, baseline: [2020, -10], actuals: [[2025, -6]], method: 'un-cagr' }),
    numeric({ comparator: '>', target: 10, baseline: [2020, 10], actuals: [[2025, 9]] }),
    numeric({
      accumulation: 'cumulative',
      comparator: '<=',
      target: 100,
      targetYear: 2025,
      period: [2021, 2025],
      actuals: [[2021, 120]],
    }),
    numeric({
      accumulation: 'cumulative',
      comparator: '>=',
      target: 0,
      targetYear: 2025,
      period: [2021, 2025],
      actuals: [[2021, -5]],
    }),
    numeric({
      accumulation: 'cumulative',
      comparator: '>=',
      target: 100,
      targetYear: 2025,
      period: [2021, 2025],
      actuals: [],
      asOf: '2020-06-01',
    }),
    milestone({ actuals: [[2024, false]], asOf: '2025-06-01' }),
    milestone({ actuals: [], asOf: '2026-06-01' }),
  ];

  it.each(answers.map((a) => [a.status, a] as const))('%s matches the published schema', (_status, answer) => {
    expect(ProgressResultSchema.parse(answer)).toEqual(answer);
  });

  it.each(answers.map((a) => [a.status, a] as const))(
    '%s has one sentence per language, naming its numbers',
    (_status, answer) => {
      for (const sentence of [answer.explanation.vi, answer.explanation.en]) {
        expect(sentence).toMatch(/^\S.*\.$/);
        expect(sentence).not.toMatch(/NaN|undefined|null|\(\)| {2}/);
      }
      expect(answer.explanation.vi).not.toBe(answer.explanation.en);
    },
  );
});
