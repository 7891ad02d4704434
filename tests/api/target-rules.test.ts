import { describe, expect, it } from 'vitest';
import { IndicatorInput, IndicatorPatch } from '#shared/domain/indicator.ts';
import * as fixtures from '../support/fixtures.ts';

/** The target's cross-field rules (shared/domain/indicator.ts), one row per rule: the field each names. */
const base = fixtures.indicator('rules');
const withTarget = (target: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  ...base,
  ...extra,
  target: { year: 2030, ...target },
});

const refused: Array<[string, unknown, string]> = [
  ["'between' without upper", withTarget({ comparator: 'between', value: 95 }), 'target.upper'],
  ['upper below value', withTarget({ comparator: 'between', value: 95, upper: 90 }), 'target.upper'],
  ['upper without between', withTarget({ comparator: '>=', value: 95, upper: 100 }), 'target.upper'],
  [
    'change on a cumulative indicator',
    withTarget({ comparator: '>=', value: 4, change: 'decrease' }, { accumulation: 'cumulative' }),
    'target.change',
  ],
  ["change with '<='", withTarget({ comparator: '<=', value: 4, change: 'decrease' }), 'target.comparator'],
  ['a change of 0 a year', withTarget({ comparator: '>=', value: 0, change: 'increase' }), 'target.value'],
  [
    'change with maintain',
    withTarget({ comparator: '>=', value: 4, change: 'decrease', maintain: true }),
    'target.maintain',
  ],
  ['due outside the target year', withTarget({ comparator: '>=', value: 95, due: '2029-09-30' }), 'target.due'],
  ['countFrom on a level indicator', withTarget({ comparator: '>=', value: 95, countFrom: 2021 }), 'target.countFrom'],
  [
    'countFrom after the target year',
    withTarget({ comparator: '>=', value: 95, countFrom: 2031 }, { accumulation: 'cumulative' }),
    'target.countFrom',
  ],
  [
    'maintain on a cumulative indicator',
    withTarget({ comparator: '>=', value: 95, maintain: true }, { accumulation: 'cumulative' }),
    'target.maintain',
  ],
];

const accepted: Array<[string, unknown]> = [
  ['a range, ends equal', withTarget({ comparator: 'between', value: 95, upper: 95 })],
  [
    'Khánh Sơn: a fall of 4–5 a year',
    withTarget({ comparator: 'between', value: 4, upper: 5, change: 'decrease', year: 2025 }),
  ],
  ['a quarter deadline', withTarget({ comparator: '>=', value: 95, due: '2030-09-30' })],
  [
    'a cumulative target counted from before the plan',
    withTarget({ comparator: '>=', value: 13787, countFrom: 2021 }, { accumulation: 'cumulative' }),
  ],
  [
    'an average range',
    withTarget({ comparator: 'between', value: 6.5, upper: 7, countFrom: 2021 }, { accumulation: 'average' }),
  ],
];

describe('target rules', () => {
  it.each(refused)('refuses %s, naming %s', (_name, input, field) => {
    const parsed = IndicatorInput.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it.each(accepted)('accepts %s', (_name, input) => {
    expect(IndicatorInput.safeParse(input).success).toBe(true);
  });

  it('a new target needs its amendment, and an amendment its target', () => {
    const target = { comparator: '>=', value: 96, year: 2030 };
    const amendment = { document: '208/KH-UBND', date: '2021-09-23' };
    expect(IndicatorPatch.safeParse({ target }).error?.issues.map((i) => i.path.join('.'))).toEqual(['amendment']);
    expect(IndicatorPatch.safeParse({ amendment }).error?.issues.map((i) => i.path.join('.'))).toEqual(['target']);
    expect(IndicatorPatch.safeParse({ target, amendment }).success).toBe(true);
  });
});
