import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actual } from '#shared/domain/actual.ts';
import { readCsv } from '#shared/imports/csv-read.ts';
import { writeCsv } from '#shared/imports/csv-write.ts';
import { parseDecimal, parseYesNo } from '#shared/imports/numbers.ts';
import { useLocalApi } from '../support/local-api.ts';
import { tableSnapshot } from '../support/table-snapshot.ts';
import { postRows, seedImportPlan } from './support.ts';

const api = useLocalApi();

describe('GET /plans/{planId}/actuals.csv', () => {
  it('exports what imports back unchanged, comma and vi (semicolons, decimal comma, có/không, BOM)', async () => {
    const s = await seedImportPlan(api, 'exp', 3);
    const [a, b, c] = s.indicatorIds;
    const notes = [
      'ghi chú, có dấu phẩy; và chấm phẩy',
      'trích "Báo cáo 12/BC"',
      'hai dòng\nthứ hai',
      'CRLF\r\ndòng',
      '=SUM(A1:A9)',
      '+84 912',
      '-3 so với kế hoạch',
      '@sở',
      "'=đã có dấu nháy",
      'Thanh Hóa',
    ];
    const rows = [
      ...notes.map((note, i) => ({
        indicatorId: a,
        year: 2014 + i,
        value: [0.1 + 0.2, 13787, 87.25, Number.MAX_SAFE_INTEGER, 1.5e-7, -2.5, 0, 123456789.125, 1 / 3, 42][i],
        note,
      })),
      { indicatorId: b, year: 2024, value: 13787, status: 'provisional' },
      { indicatorId: s.milestoneId, year: 2024, value: false },
      { indicatorId: s.milestoneId, year: 2025, value: true, note: 'đã loại trừ' },
      { indicatorId: c, year: 2030, value: 5 },
    ];
    const seeded = await postRows(api, s.admin, rows);
    expect(seeded.body.imported, seeded.text).toBe(rows.length);

    const en = await api.call('GET', `/plans/${s.planId}/actuals.csv`);
    expect(en.status).toBe(200);
    expect(en.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(en.headers.get('content-disposition')).toBe(`attachment; filename="${s.planId}-actuals.csv"`);
    const lines = en.text.split('\r\n');
    expect(lines[0]).toBe('indicatorId,year,value,status,note');
    expect(lines).toContain(`${a},2014,0.30000000000000004,final,"ghi chú, có dấu phẩy; và chấm phẩy"`);
    // Formula-like notes go out behind an apostrophe (CSV injection), numbers in plain digits.
    expect(lines).toContain(`${a},2018,0.00000015,final,'=SUM(A1:A9)`);
    expect(lines).toContain(`${a},2019,-2.5,final,'+84 912`);
    expect(lines).toContain(`${a},2022,0.3333333333333333,final,''=đã có dấu nháy`);
    expect(lines).toContain(`${a},2017,9007199254740991,final,"CRLF`);
    expect(lines).toContain(`${b},2024,13787,provisional,`);
    expect(lines).toContain(`${s.milestoneId},2024,false,final,`);

    const vi = await api.call('GET', `/plans/${s.planId}/actuals.csv?locale=vi`);
    // fetch's text() drops the BOM: look at the bytes, and import those.
    const viBytes = Buffer.from(
      await (await fetch(`${api.url}/plans/${s.planId}/actuals.csv?locale=vi`)).arrayBuffer(),
    );
    expect(viBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(vi.text.startsWith('indicatorId;year;value;status;note\r\n')).toBe(true);
    expect(vi.text).toContain(`${a};2016;87,25;final;`);
    expect(vi.text).toContain(`${a};2014;0,30000000000000004;final;"ghi chú, có dấu phẩy; và chấm phẩy"`);
    expect(vi.text).toContain(`${s.milestoneId};2024;không;final;`);
    expect(vi.text).toContain(`${s.milestoneId};2025;có;final;đã loại trừ`);
    expect(vi.headers.get('content-disposition')).toContain('-vi.csv');

    const before = await tableSnapshot();
    for (const text of [en.text, viBytes]) {
      const back = await api.call('POST', '/imports', {
        token: s.owner,
        rawBody: text,
        headers: { 'content-type': 'text/csv' },
      });
      expect(back.status, back.text).toBe(200);
      expect(back.body).toEqual({ imported: 0, updated: 0, unchanged: rows.length, rows: rows.length });
    }
    expect(await tableSnapshot()).toBe(before);
    expect((await api.call('GET', `/plans/${s.planId}/actuals.csv`)).text).toBe(en.text);
  });

  it('404 for an unknown plan, 422 for an unknown locale, an empty plan is the header alone', async () => {
    const s = await seedImportPlan(api, 'exp2', 1);
    expect((await api.call('GET', '/plans/khong-co/actuals.csv')).status).toBe(404);
    expect((await api.call('GET', `/plans/${s.planId}/actuals.csv?locale=fr`)).status).toBe(422);
    expect((await api.call('GET', `/plans/${s.planId}/actuals.csv`)).text).toBe(
      'indicatorId,year,value,status,note\r\n',
    );
  });

  it('round-trips any values and notes through writeCsv and readCsv, in both locales', () => {
    const note = fc
      .string({
        unit: fc.constantFrom(
          'a',
          'ă',
          'Ệ',
          ' ',
          ',',
          ';',
          '"',
          "'",
          '=',
          '+',
          '-',
          '@',
          '\n',
          '\r\n',
          '\t',
          'x',
          '1',
          '.',
        ),
        maxLength: 30,
      })
      .map((t) => t.normalize('NFC').trim())
      .filter((t) => t.length > 0);
    const actual = fc.record({
      indicatorId: fc.constantFrom('th68-a', 'th68-b'),
      year: fc.integer({ min: 2014, max: 2030 }),
      value: fc.oneof(
        fc
          .double({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, noNaN: true })
          .filter((n) => n === 0 || Math.abs(n) >= 1e-130),
        fc.boolean(),
      ),
      status: fc.constantFrom('provisional' as const, 'final' as const),
      note: fc.option(note, { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(actual, { selector: (a) => `${a.indicatorId}#${a.year}`, maxLength: 12 }),
        fc.constantFrom('en' as const, 'vi' as const),
        (list, locale) => {
          const actuals = list.map(
            (a) => ({ ...a, reportedBy: 'x', reportedAt: '2024-01-01T00:00:00.000Z', version: 1 }) as Actual,
          );
          const { rows, format, errors } = readCsv(writeCsv(actuals, locale));
          expect(errors).toEqual([]);
          expect(rows).toHaveLength(actuals.length);
          const byKey = new Map(actuals.map((a) => [`${a.indicatorId}#${a.year}`, a]));
          for (const { fields } of rows) {
            const original = byKey.get(`${fields.indicatorId}#${fields.year}`)!;
            const text = String(fields.value);
            const value = typeof original.value === 'boolean' ? parseYesNo(text) : parseDecimal(text, format.style);
            expect(value).toEqual({ ok: true, value: original.value === 0 ? 0 : original.value });
            expect(fields.status).toBe(original.status);
            expect(((fields.note as string | undefined) ?? '').replace(/\r\n?/g, '\n')).toBe(
              (original.note ?? '').replace(/\r\n?/g, '\n'),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
