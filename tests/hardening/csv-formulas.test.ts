import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actual } from '#shared/domain/actual.ts';
import { readCsv } from '#shared/imports/csv-read.ts';
import { writeCsv, type ExportLocale } from '#shared/imports/csv-write.ts';

const formulaStart = /^[=+\-@\t\r]/;
/** A value cell is a plain number in either style; a spreadsheet reads `-2,5` or its pieces as numbers. */
const plainNumber = /^-?\d+([.,]\d+)?(e-?\d+)?$/i;

/**
 * Every cell a spreadsheet could make of the file: it splits at the separator it was set up with
 * (either one, whatever the file's own), and in the worst case ignores the quotes and starts a row
 * at every line break; a cell that starts with quotes loses them. None may start a formula.
 */
const formulaCells = (file: string) => {
  const found: string[] = [];
  for (const separator of [',', ';']) {
    for (const line of file.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
      for (const piece of line.split(separator)) {
        const cell = piece.replace(/^"+/, '');
        if (formulaStart.test(cell) && !plainNumber.test(cell)) found.push(cell);
      }
    }
  }
  return found;
};

const actual = (note: string, year = 2024): Actual => ({
  indicatorId: 'th68-a',
  year,
  value: -2.5,
  status: 'final',
  note,
  reportedBy: 'x',
  reportedAt: '2024-01-01T00:00:00.000Z',
  version: 1,
});

const hostileNotes = [
  "ok;=cmd|' /C calc'!A0",
  "ok,=cmd|' /C calc'!A0",
  'ok; +SUM(A1)',
  'ok;+SUM(A1)',
  'ok,-1+1',
  'ok;@SUM(A1)',
  'ok,\t=1',
  'ok;\r=1',
  'hai dòng\n=HYPERLINK("http://x")',
  'hai dòng\r\n@x',
  'trích ";=1',
  'ok,"=1',
  "ok;'=đã có dấu nháy",
  "ok,''+2",
  '=1;=2,=3',
];

describe('CSV export: no formula in any cell a spreadsheet can make, whichever separator it uses', () => {
  for (const locale of ['en', 'vi'] as const) {
    it(`${locale} file, read with comma and with semicolon`, () => {
      const file = writeCsv(
        hostileNotes.map((note, i) => actual(note, 2000 + i)),
        locale,
      );
      expect(formulaCells(file)).toEqual([]);
      // … and it still imports back unchanged
      const { rows, errors } = readCsv(file);
      expect(errors).toEqual([]);
      expect(rows.map((r) => r.fields.note)).toEqual(hostileNotes.map((n) => n.replace(/\r\n?/g, '\n')));
    });
  }

  it('any note, both locales: no formula cell, and the import gives the note back', () => {
    const unit = fc.constantFrom('a', 'ệ', ' ', ',', ';', '"', "'", '=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '1');
    const note = fc
      .string({ unit, minLength: 1, maxLength: 24 })
      .map((t) => t.normalize('NFC').trim())
      .filter((t) => t.length > 0);
    fc.assert(
      fc.property(
        fc.array(note, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<ExportLocale>('en', 'vi'),
        (notes, locale) => {
          const file = writeCsv(
            notes.map((n, i) => actual(n, 2000 + i)),
            locale,
          );
          expect(formulaCells(file)).toEqual([]);
          const { rows, errors } = readCsv(file);
          expect(errors).toEqual([]);
          expect(rows.map((r) => r.fields.note)).toEqual(notes.map((n) => n.replace(/\r\n?/g, '\n')));
        },
      ),
      { numRuns: 500 },
    );
  });
});
