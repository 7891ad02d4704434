import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { RuleViolation } from '#shared/domain/errors.ts';

/**
 * The encodings a CSV import is read in: what Excel writes. "CSV UTF-8" is UTF-8 with a BOM; plain
 * "CSV (Comma delimited)" under Vietnamese Windows is Windows-1258; "Unicode Text" is UTF-16
 * little-endian with a BOM (tab-separated). Anything else is refused, never guessed.
 */
export type TextEncoding = 'utf-8' | 'windows-1258' | 'utf-16le' | 'utf-16be';

/** `charset` names (lower case) as senders spell them; `utf-16` alone is decided by its BOM. */
const charsets: Record<string, TextEncoding | 'utf-16'> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1258': 'windows-1258',
  cp1258: 'windows-1258',
  'x-cp1258': 'windows-1258',
  'utf-16': 'utf-16',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

export const acceptedCharsets = ['utf-8', 'windows-1258', 'utf-16'] as const;

const names: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'windows-1258': 'Windows-1258',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

const utf8Bom = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** U+FFFD is what a decoder makes of bytes it cannot read (or what a gateway made of them before us). */
const replacement = /\uFFFD/;
/** A text file holds no control characters beside tab and line breaks; NULs mean UTF-16 read as something else. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const notValid = (encoding: string, why: string, whyVi: string) =>
  new RuleViolation(
    'invalid',
    `Tệp không đọc được bằng mã ${encoding}: ${whyVi} / the file is not valid ${encoding}: ${why}. ` +
      'Hãy lưu dạng "CSV UTF-8" / save it as "CSV UTF-8"',
    { issues: [{ in: 'body', field: '', code: 'encoding', message: `not valid ${encoding}: ${why}` }] },
  );

/** The text as the encoding reads it, or why it is not that encoding. */
const attempt = (bytes: Uint8Array, encoding: TextEncoding): { text: string } | { why: string; whyVi: string } => {
  if (encoding === 'utf-8' && !isUtf8(bytes)) return { why: 'invalid byte sequences', whyVi: 'có chuỗi byte sai' };
  if (encoding.startsWith('utf-16') && bytes.length % 2 === 1)
    return { why: 'an odd number of bytes', whyVi: 'số byte lẻ' };
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: true,
  });
  if (encoding === 'windows-1258' && replacement.test(text))
    return { why: 'bytes Windows-1258 does not define', whyVi: 'có byte không thuộc bảng mã' };
  if (loneSurrogate.test(text)) return { why: 'unpaired surrogates', whyVi: 'có surrogate lẻ' };
  if (control.test(text))
    return { why: 'control characters (binary data, or UTF-16 without a BOM?)', whyVi: 'có ký tự điều khiển' };
  if (replacement.test(text)) return { why: 'the replacement character U+FFFD', whyVi: 'có ký tự thay thế U+FFFD' };
  // Windows-1258 writes tone marks as combining characters after the letter (Phu + U+0301): compose them.
  return { text: text.normalize('NFC') };
};

/**
 * The encoding of a file without a declared charset: its BOM, else UTF-8 if the bytes are valid UTF-8
 * (Windows-1258 Vietnamese never is: a letter byte above 0x7F followed by a tone byte is no UTF-8
 * sequence), else Windows-1258.
 */
const detected = (bytes: Uint8Array): TextEncoding => {
  if (startsWith(bytes, utf8Bom)) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return isUtf8(bytes) ? 'utf-8' : 'windows-1258';
};

/** A declared charset, resolved: `utf-16` needs its BOM to say which byte order. */
const declaredEncoding = (bytes: Uint8Array, charset: string): TextEncoding => {
  const encoding = charsets[charset.toLowerCase()];
  if (!encoding) {
    throw new RuleViolation(
      'unsupported',
      `Không nhận bảng mã '${charset}'; nhận / encoding '${charset}' is not accepted; accepted: ${acceptedCharsets.join(', ')}`,
      {
        issues: [
          {
            in: 'header',
            field: 'content-type',
            code: 'encoding',
            message: `charset '${charset}' is not accepted; accepted: ${acceptedCharsets.join(', ')}`,
          },
        ],
        members: { acceptedCharsets },
      },
    );
  }
  if (encoding !== 'utf-16') return encoding;
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  throw notValid('UTF-16', 'no byte order mark (BOM)', 'thiếu BOM');
};

/**
 * A CSV body as NFC text: in its declared charset (Content-Type), or detected when none is declared.
 * A file that is not valid in the encoding it is read in is a 422 naming that encoding, an encoding
 * we do not read a 415: never text with replacement characters or mojibake.
 */
export const decodeCsv = (bytes: Uint8Array, charset?: string): { text: string; encoding: TextEncoding } => {
  const encoding = charset === undefined ? detected(bytes) : declaredEncoding(bytes, charset);
  if (encoding === 'windows-1258' && startsWith(bytes, utf8Bom))
    throw notValid('Windows-1258', 'it starts with a UTF-8 byte order mark', 'tệp bắt đầu bằng BOM của UTF-8');
  const result = attempt(bytes, encoding);
  if ('text' in result) return { text: result.text, encoding };
  // Undeclared and not UTF-8: say both, so that the sender knows what was tried.
  const tried = charset === undefined && encoding === 'windows-1258' ? 'UTF-8 / Windows-1258' : names[encoding];
  throw notValid(tried, result.why, result.whyVi);
};
