import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal, parseYesNo, plainDecimal } from '#shared/imports/numbers.ts';

const value = (text: string, style: 'point-decimal' | 'comma-decimal') => {
  const parsed = parseDecimal(text, style);
  return parsed.ok ? parsed.value : parsed.message;
};

/** Every number the API stores (shared/domain/number.ts). */
const storable = fc
  .double({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, noNaN: true })
  .filter((n) => n === 0 || Math.abs(n) >= 1e-130);

describe('numbers as spreadsheets write them', () => {
  it('comma files: decimal point, no thousands separator', () => {
    expect(value('87.25', 'point-decimal')).toBe(87.25);
    expect(value(' 13787 ', 'point-decimal')).toBe(13787);
    expect(value('-3', 'point-decimal')).toBe(-3);
    expect(value('-0', 'point-decimal')).toBe(0);
    expect(value('87,25', 'point-decimal')).toMatch(/decimal point/);
    expect(value('13,787', 'point-decimal')).toMatch(/decimal point/);
    expect(value('1e5', 'point-decimal')).toMatch(/not a number/);
    expect(value('', 'point-decimal')).toMatch(/required/);
    expect(value('9'.repeat(400), 'point-decimal')).toMatch(/too large/);
    expect(value('9007199254740992', 'point-decimal')).toMatch(/within ±9007199254740991/);
    expect(value('9007199254740991', 'point-decimal')).toBe(Number.MAX_SAFE_INTEGER);
    expect(value('0.' + '0'.repeat(140) + '1', 'point-decimal')).toMatch(/1e-130/);
  });

  it('semicolon files: decimal comma, a point groups thousands (13.787 = 13787), anything else with a point is refused', () => {
    expect(value('87,25', 'comma-decimal')).toBe(87.25);
    expect(value('13.787', 'comma-decimal')).toBe(13787);
    expect(value('1.234.567,5', 'comma-decimal')).toBe(1234567.5);
    expect(value('13787', 'comma-decimal')).toBe(13787);
    expect(value('-0,5', 'comma-decimal')).toBe(-0.5);
    expect(value('87.25', 'comma-decimal')).toMatch(/decimal separator is a comma/);
    expect(value('1.5', 'comma-decimal')).toMatch(/decimal separator is a comma/);
    expect(value('1234.567', 'comma-decimal')).toMatch(/decimal separator is a comma/);
    expect(value('12,5,3', 'comma-decimal')).toMatch(/not a number/);
  });

  it('milestones: true/false/có/không, with or without diacritics, any case', () => {
    for (const yes of ['true', 'TRUE', 'có', 'Có', 'co', 'Co\u0301'])
      expect(parseYesNo(yes)).toEqual({ ok: true, value: true });
    for (const no of ['false', 'không', 'KHÔNG', 'khong']) expect(parseYesNo(no)).toEqual({ ok: true, value: false });
    expect(parseYesNo('1').ok).toBe(false);
    expect(parseYesNo('yes').ok).toBe(false);
  });

  it('formats every finite double as plain digits that parse back to the same double, in both styles', () => {
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(1.5e-7)).toBe('0.00000015');
    expect(plainDecimal(-2.5e22)).toBe('-25000000000000000000000');
    fc.assert(
      fc.property(storable, fc.constantFrom('point-decimal', 'comma-decimal'), (n, style) => {
        const text = formatDecimal(n, style as 'point-decimal');
        expect(text).not.toMatch(/e/i);
        expect(parseDecimal(text, style as 'point-decimal')).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
      { numRuns: 2000 },
    );
  });
});
