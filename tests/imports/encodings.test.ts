import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { asProblem } from '../../shared/http/middleware/problem-responses.ts';
import { decodeCsv } from '../../shared/imports/decode.ts';
import { useLocalApi } from '../support/local-api.ts';
import { tableSnapshot } from '../support/table-snapshot.ts';
import { csv, seedImportPlan } from './support.ts';

const api = useLocalApi();

/** The five tone marks, which Windows-1258 writes as combining characters after a letter it has no composed form of. */
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Text as Vietnamese Windows saves it in Windows-1258: a letter the table has (ú, à, ê, ă, ơ) is one
 * byte; any other toned letter is its untoned letter followed by a combining tone byte (ế = ê + 0xEC).
 * iconv-lite's encoder maps only characters that are in the table, so the text is put in that form first.
 */
const toWindows1258 = (text: string) =>
  iconv.encode(
    [...text.normalize('NFC')]
      .map((char) => {
        if (char === '?' || iconv.decode(iconv.encode(char, 'windows-1258'), 'windows-1258') === char) return char;
        const marks = char.normalize('NFD');
        const tones = marks.match(toneMarks)?.join('') ?? '';
        return marks.replace(toneMarks, '').normalize('NFC') + tones;
      })
      .join(''),
    'windows-1258',
  );

/** "Đã hoàn thành ở Phú Thọ, Nguyễn", byte by byte from the Windows-1258 table (0xDE tilde, 0xD2 hook, 0xF2 dot below). */
const handBytes = Buffer.from([
  0xd0, 0x61, 0xde, 0x20, 0x68, 0x6f, 0xe0, 0x6e, 0x20, 0x74, 0x68, 0xe0, 0x6e, 0x68, 0x20, 0xf5, 0xd2, 0x20, 0x50,
  0x68, 0xfa, 0x20, 0x54, 0x68, 0x6f, 0xf2, 0x2c, 0x20, 0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e,
]);
const handText = 'Đã hoàn thành ở Phú Thọ, Nguyễn';

const notes = [
  'Số liệu sơ bộ của Sở Y tế',
  'Đã rà soát; chờ Cục Thống kê xác nhận',
  'Huyện Mường Lát, Quan Sơn: ước tính',
  'Tỷ lệ hộ nghèo giảm theo chuẩn đa chiều',
];

const problemOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return asProblem(error);
  }
  throw new Error('expected a refusal');
};

describe('decodeCsv', () => {
  it('reads the hand-checked Windows-1258 bytes as NFC, and the test encoder writes exactly those bytes', () => {
    const { text, encoding } = decodeCsv(handBytes);
    expect(encoding).toBe('windows-1258');
    expect(text).toBe(handText);
    expect(text).toBe(text.normalize('NFC'));
    expect([...text]).toHaveLength(31);
    expect(toWindows1258(handText)).toEqual(handBytes);
    expect(decodeCsv(handBytes, 'windows-1258').text).toBe(handText);
    expect(decodeCsv(handBytes, 'CP1258').text).toBe(handText);
  });

  it('detects UTF-8 (with or without BOM) and UTF-16 by its BOM; reads a declared UTF-16LE/BE', () => {
    const text = notes.join('\n');
    expect(decodeCsv(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsv(Buffer.from('\uFEFF' + text))).toEqual({ text, encoding: 'utf-8' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeCsv(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeCsv(le, 'utf-16')).toEqual({ text, encoding: 'utf-16le' });
    const be = iconv.encode('\uFEFF' + text, 'utf-16be');
    expect(decodeCsv(be)).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeCsv(Buffer.from(text, 'utf16le'), 'utf-16le').text).toBe(text);
    // NFD input (as macOS may write it) comes out composed
    expect(decodeCsv(Buffer.from(text.normalize('NFD'))).text).toBe(text);
  });

  it.each([
    ['declared UTF-8, Windows-1258 bytes', handBytes, 'utf-8', 422, 'UTF-8'],
    [
      'undeclared, a byte Windows-1258 does not define',
      Buffer.from([0x61, 0x81, 0x0a]),
      undefined,
      422,
      'Windows-1258',
    ],
    ['declared Windows-1258, but a UTF-8 BOM', Buffer.from('\uFEFFabc'), 'windows-1258', 422, 'Windows-1258'],
    ['declared UTF-16 without a BOM', Buffer.from('ab', 'utf16le'), 'utf-16', 422, 'UTF-16'],
    ['UTF-16 without BOM, undeclared (NULs)', Buffer.from('abc', 'utf16le'), undefined, 422, 'UTF-8'],
    ['UTF-16LE with an odd byte count', Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x62]), undefined, 422, 'UTF-16LE'],
    ['UTF-16LE with a lone surrogate', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00]), undefined, 422, 'UTF-16LE'],
    ['binary data', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), undefined, 422, 'UTF-8'],
    ['a replacement character already in the text', Buffer.from('Ph\uFFFD'), undefined, 422, 'UTF-8'],
    ['an encoding we do not read', Buffer.from('abc'), 'shift_jis', 415, 'shift_jis'],
  ])('%s: %i naming %s', (_, bytes, charset, status, named) => {
    const problem = problemOf(() => decodeCsv(bytes, charset));
    expect(problem.status).toBe(status);
    expect(problem.problem.detail).toContain(named);
    expect(problem.problem.errors?.[0]).toMatchObject({ code: 'encoding' });
  });
});

describe('POST /imports in the encodings Excel writes', () => {
  const rowsOf = (ids: string[]) => ids.map((id, i) => ({ id, year: 2024, value: `${1000 + i},5`, note: notes[i]! }));

  it('a Windows-1258 CSV (semicolons, decimal comma), undeclared and declared: the notes arrive intact, as NFC', async () => {
    const s = await seedImportPlan(api, 'enc1258', 4);
    const rows = rowsOf(s.indicatorIds.slice(0, 3));
    const bytes = toWindows1258(
      csv(['indicatorId;year;value;note', ...rows.map((r) => `${r.id};${r.year};${r.value};"${r.note}"`)], '\r\n'),
    );
    expect(bytes.includes(0xec) || bytes.includes(0xf2), 'combining tone bytes are in the file').toBe(true);
    const undeclared = await api.call('POST', '/imports', {
      token: s.owner,
      rawBody: bytes,
      headers: { 'content-type': 'text/csv' },
    });
    expect(undeclared.status, undeclared.text).toBe(200);
    expect(undeclared.body).toEqual({ imported: 3, updated: 0, unchanged: 0, rows: 3 });
    for (const [i, r] of rows.entries()) {
      const stored = await api.call('GET', `/indicators/${r.id}/actuals/2024`);
      expect(stored.body).toMatchObject({ value: 1000 + i + 0.5, note: notes[i] });
      expect(stored.body.note).toBe(stored.body.note.normalize('NFC'));
    }
    const declared = await api.call('POST', '/imports', {
      token: s.owner,
      rawBody: Buffer.concat([bytes, toWindows1258(`${s.indicatorIds[3]};2024;7;${handText}\r\n`)]),
      headers: { 'content-type': 'text/csv; charset=windows-1258' },
    });
    expect(declared.body).toEqual({ imported: 1, updated: 0, unchanged: 3, rows: 4 });
    expect((await api.call('GET', `/indicators/${s.indicatorIds[3]}/actuals/2024`)).body.note).toBe(handText);
  }, 60_000);

  it('UTF-16LE with BOM, tab-separated ("Unicode Text"): read with the decimal comma', async () => {
    const s = await seedImportPlan(api, 'enc16', 2);
    const text = csv([
      'indicatorId\tyear\tvalue\tnote',
      `${s.indicatorIds[0]}\t2025\t13.787\t${notes[0]}`,
      `${s.indicatorIds[1]}\t2025\t87,25\t${notes[1]}`,
    ]);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = await api.call('POST', '/imports', {
      token: s.owner,
      rawBody: bytes,
      headers: { 'content-type': 'text/csv; charset=utf-16' },
    });
    expect(result.status, result.text).toBe(200);
    expect((await api.call('GET', `/indicators/${s.indicatorIds[0]}/actuals/2025`)).body).toMatchObject({
      value: 13787,
      note: notes[0],
    });
    expect((await api.call('GET', `/indicators/${s.indicatorIds[1]}/actuals/2025`)).body.value).toBe(87.25);
  }, 60_000);

  it('refusals write nothing: Windows-1258 bytes declared UTF-8 (422), an unknown charset (415)', async () => {
    const s = await seedImportPlan(api, 'encbad', 1);
    const bytes = toWindows1258(csv(['indicatorId;year;value;note', `${s.indicatorIds[0]};2024;1;${handText}`]));
    const before = await tableSnapshot();
    const wrong = await api.call('POST', '/imports', {
      token: s.owner,
      rawBody: bytes,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(wrong.body.detail).toContain('UTF-8');
    const unknown = await api.call('POST', '/imports', {
      token: s.owner,
      rawBody: bytes,
      headers: { 'content-type': 'text/csv; charset=koi8-r' },
    });
    expect(unknown.status).toBe(415);
    expect(unknown.body).toMatchObject({ acceptedCharsets: ['utf-8', 'windows-1258', 'utf-16'] });
    expect(unknown.body.errors[0]).toMatchObject({ in: 'header', field: 'content-type' });
    expect(await tableSnapshot()).toEqual(before);
  }, 60_000);
});
