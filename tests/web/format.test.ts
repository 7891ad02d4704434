import { describe, expect, it } from 'vitest';
import {
  NBSP,
  formatDate,
  formatDeadline,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatRatio,
  formatTarget,
  formatValue,
  formatYear,
} from '../../web/src/format.ts';

/** Test strings are written with ordinary spaces; the page uses a non-breaking one. */
const plain = (s: string) => s.replaceAll(NBSP, ' ');

describe('numbers in the reader’s locale', () => {
  it('writes Vietnamese numbers with a decimal comma and dot thousands (Intl vi-VN)', () => {
    expect(formatNumber(13787, 'vi')).toBe('13.787');
    expect(formatNumber(15.33, 'vi')).toBe('15,33');
    expect(formatNumber(2.1, 'vi')).toBe('2,1');
  });

  it('writes English numbers with a decimal point and comma thousands', () => {
    expect(formatNumber(13787, 'en')).toBe('13,787');
    expect(formatNumber(15.33, 'en')).toBe('15.33');
  });

  it('rounds for reading only, to two decimals at most', () => {
    expect(formatNumber(1969.5714285, 'vi')).toBe('1.969,57');
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.3');
  });

  it('puts a non-breaking space before % in Vietnamese (95,5 %) and none in English (95.5%)', () => {
    expect(formatPercent(95.5, 'vi')).toBe(`95,5${NBSP}%`);
    expect(plain(formatPercent(95.5, 'vi'))).toBe('95,5 %');
    expect(formatPercent(95.5, 'en')).toBe('95.5%');
  });

  it('reads a ratio as a percentage with one decimal', () => {
    expect(plain(formatRatio(1.2367, 'vi'))).toBe('123,7 %');
    expect(formatRatio(0.5, 'en')).toBe('50%');
  });
});

describe('values, targets, years and dates', () => {
  it('follows the number with its unit; % by the percent rule', () => {
    expect(plain(formatValue(92.3, '%', 'vi'))).toBe('92,3 %');
    expect(plain(formatValue(13787, 'căn hộ', 'vi'))).toBe('13.787 căn hộ');
    expect(plain(formatValue(13787, 'căn hộ', 'en'))).toBe('13,787 căn hộ');
    expect(formatValue(3, '', 'en')).toBe('3');
  });

  it('says a milestone in words', () => {
    expect(formatValue(true, 'có/không', 'vi')).toBe('đã đạt');
    expect(formatValue(false, 'có/không', 'en')).toBe('not done');
  });

  it('writes targets with the comparator sign', () => {
    expect(plain(formatTarget({ comparator: '>=', value: 80 }, '%', 'vi'))).toBe('≥ 80 %');
    expect(formatTarget({ comparator: '<', value: 2.5 }, '%', 'en')).toBe(`<${NBSP}2.5%`);
    expect(plain(formatTarget({ comparator: '~', value: 2.1 }, 'con/phụ nữ', 'vi'))).toBe('≈ 2,1 con/phụ nữ');
    expect(formatTarget({ comparator: '=', value: true }, 'có/không', 'vi')).toBe('đã đạt');
  });

  it('never puts a thousands separator in a year', () => {
    expect(formatYear(2030)).toBe('2030');
    expect(formatPeriod({ startYear: 2024, endYear: 2030 })).toBe('2024–2030');
    expect(formatPeriod({ startYear: 2021, endYear: 2021 })).toBe('2021');
  });

  it('writes dates as Vietnamese and British readers do, in UTC', () => {
    expect(formatDate('2024-03-08', 'vi')).toBe('08/03/2024');
    expect(formatDate('2024-03-08', 'en')).toBe('8 Mar 2024');
    expect(formatDate('2026-11-25T23:30:00.000Z', 'vi')).toBe('25/11/2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('writes a reporting deadline MM-DD as a day of the year', () => {
    expect(formatDeadline('12-10', 'vi')).toBe('10/12');
    expect(formatDeadline('11-15', 'en')).toBe('15 Nov');
    expect(formatDeadline('bad', 'en')).toBe('bad');
  });
});
