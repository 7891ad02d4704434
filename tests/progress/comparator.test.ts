import { describe, expect, it } from 'vitest';
import type { Comparator } from '#shared/domain/indicator.ts';
import { defaultTolerance, direction, meets } from '#shared/progress/index.ts';

const target = (comparator: Comparator, value: number, tolerance?: number) => ({
  comparator,
  value,
  year: 2030,
  ...(tolerance === undefined ? {} : { tolerance }),
});

describe('meets(v)', () => {
  it.each([
    ['>=', 10, 10, true],
    ['>=', 10, 9.99, false],
    ['>', 10, 10, false],
    ['>', 10, 10.01, true],
    ['<=', 10, 10, true],
    ['<=', 10, 10.01, false],
    ['<', 10, 10, false],
    ['<', 10, 9.99, true],
    ['=', 100, 100, true],
    ['=', 100, 99.999, false],
    // '~' default: 1 % of |target|, edges included.
    ['~', 200, 202, true],
    ['~', 200, 198, true],
    ['~', 200, 202.01, false],
    ['~', -200, -198, true],
    ['~', -200, -197.9, false],
    ['~', 0, 0, true],
    ['~', 0, 0.0001, false],
  ] as const)('%s %d with %d → %s', (comparator, value, v, expected) => {
    expect(meets(target(comparator, value), v)).toBe(expected);
  });

  it("'~' uses the given tolerance instead of 1 %", () => {
    expect(meets(target('~', 50, 2), 52)).toBe(true);
    expect(meets(target('~', 50, 2), 52.5)).toBe(false);
    expect(meets(target('~', 50, 0), 50)).toBe(true);
    expect(meets(target('~', 50, 0), 50.5)).toBe(false);
  });

  it('the default tolerance is 1 % of |target|', () => {
    expect(defaultTolerance(250)).toBe(2.5);
    expect(defaultTolerance(-250)).toBe(2.5);
  });
});

describe('direction', () => {
  it.each([
    ['>=', 0, 10, 'increase'],
    ['>', 20, 10, 'increase'],
    ['<=', 0, 10, 'decrease'],
    ['<', 20, 10, 'decrease'],
    ['=', 5, 10, 'increase'],
    ['=', 15, 10, 'decrease'],
    ['=', 10, 10, 'hold'],
    ['~', 5, 10, 'increase'],
    ['~', 15, 10, 'decrease'],
  ] as const)('%s from %d to %d → %s', (comparator, from, to, expected) => {
    expect(direction(comparator, from, to)).toBe(expected);
  });
});
