/**
 * Numbers and yes/no values as spreadsheets write them.
 *
 * Comma-separated files use the decimal point and no thousands separator: `87.25`, `13787`.
 * Semicolon-separated files are what Excel writes under Vietnamese regional settings, where the
 * comma is the decimal separator and the point groups thousands: `87,25` is 87.25 and `13.787` is
 * 13787. A point is therefore read as a thousands separator only where it can be one (groups of
 * exactly three digits: `1.234.567,5`); anything else with a point (`87.25`, `1.5`) is refused with
 * a hint rather than guessed, because reading `87.25` as 8725 or `13.787` as 13.787 would both be
 * silent corruption. See docs/imports.md.
 */
import { storableNumber } from '#shared/domain/number.ts';

export type NumberStyle = 'point-decimal' | 'comma-decimal';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; messageVi: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string, messageVi: string): Parsed<never> => ({ ok: false, message, messageVi });

const finite = (text: string, original: string): Parsed<number> => {
  const value = Number(text);
  const shown = original.trim().length > 40 ? `${original.trim().slice(0, 40)}…` : original.trim();
  if (!Number.isFinite(value)) return fail(`'${shown}' is too large`, `'${shown}' quá lớn`);
  const checked = storableNumber.safeParse(value);
  if (!checked.success)
    return fail(`'${shown}' ${checked.error.issues[0]!.message}`, `'${shown}' nằm ngoài khoảng lưu được`);
  return ok(value === 0 ? 0 : value); // "-0" is zero: store the plain one
};

export const parseDecimal = (raw: string, style: NumberStyle): Parsed<number> => {
  const text = raw.trim();
  if (text === '') return fail('a value is required', 'cần có giá trị');
  if (style === 'point-decimal') {
    if (/^-?\d+(\.\d+)?$/.test(text)) return finite(text, raw);
    if (/^-?\d+,\d+$/.test(text) || /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
      return fail(
        `'${text}': comma-separated files use a decimal point and no thousands separator (87.25, 13787)`,
        `'${text}': tệp phân cách bằng dấu phẩy dùng dấu chấm thập phân, không dùng dấu phân cách hàng nghìn (87.25, 13787)`,
      );
    }
    return fail(`'${text}' is not a number`, `'${text}' không phải là số`);
  }
  if (/^-?\d+(,\d+)?$/.test(text)) return finite(text.replace(',', '.'), raw);
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) return finite(text.replaceAll('.', '').replace(',', '.'), raw);
  if (/^-?[\d.]+(,\d+)?$/.test(text)) {
    return fail(
      `'${text}': in a semicolon-separated file the decimal separator is a comma and '.' only groups thousands (87,25; 13.787 = 13787)`,
      `'${text}': trong tệp phân cách bằng dấu chấm phẩy, dấu thập phân là dấu phẩy, dấu chấm chỉ phân cách hàng nghìn (87,25; 13.787 = 13787)`,
    );
  }
  return fail(`'${text}' is not a number`, `'${text}' không phải là số`);
};

const yes = new Set(['true', 'có', 'co']);
const no = new Set(['false', 'không', 'khong']);

/** A milestone's value: true/false, or có/không as people type them (with or without diacritics). */
export const parseYesNo = (raw: string): Parsed<boolean> => {
  const text = raw.normalize('NFC').trim().toLowerCase();
  if (yes.has(text)) return ok(true);
  if (no.has(text)) return ok(false);
  return fail(
    `'${raw.trim()}': a milestone takes true/false or có/không`,
    `'${raw.trim()}': mốc chỉ nhận true/false hoặc có/không`,
  );
};

/** Plain decimal digits, never an exponent: JavaScript's shortest round-trip digits, shifted by hand. */
export const plainDecimal = (value: number): string => {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, head, tail = '', exponentText] = match;
  const digits = `${head}${tail}`;
  const exponent = Number(exponentText);
  if (exponent >= 0) {
    const point = 1 + exponent;
    return `${sign}${point >= digits.length ? digits.padEnd(point, '0') : `${digits.slice(0, point)}.${digits.slice(point)}`}`;
  }
  return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
};

export const formatDecimal = (value: number, style: NumberStyle) => {
  const text = plainDecimal(value);
  return style === 'comma-decimal' ? text.replace('.', ',') : text;
};
