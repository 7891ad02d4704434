import { describe, expect, it } from 'vitest';
import { useLocalApi } from '../support/local-api.ts';
import { tableSnapshot } from '../support/table-snapshot.ts';
import { csv, postCsv, postRows, seedImportPlan } from './support.ts';

const api = useLocalApi();

const history = async (indicatorId: string, year: number) =>
  (await api.call('GET', `/indicators/${indicatorId}/actuals/${year}/history`)).body.items.map(
    (r: { version: number; value: unknown }) => [r.version, r.value],
  );

describe('POST /imports', () => {
  it('JSON rows: creates, replaces with a revision, skips unchanged values; the department needs no If-Match', async () => {
    const s = await seedImportPlan(api, 'json');
    const [a, b] = s.indicatorIds;
    const first = await postRows(api, s.owner, [
      { indicatorId: a, year: 2024, value: 1200 },
      { indicatorId: a, year: 2025, value: 1300, status: 'provisional', note: 'số sơ bộ' },
      { planId: s.planId, code: 'C.2', year: 2024, value: 10 },
      { indicatorId: s.milestoneId, year: 2025, value: false },
    ]);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ imported: 4, updated: 0, unchanged: 0, rows: 4 });

    const second = await postRows(api, s.owner, [
      { indicatorId: a, year: 2024, value: 1200 },
      { indicatorId: a, year: 2025, value: 1350, status: 'final' },
      { indicatorId: b, year: 2024, value: 10 },
      { indicatorId: s.milestoneId, year: 2025, value: true },
      { indicatorId: s.percentId, year: 2026, value: 87.25 },
    ]);
    expect(second.body).toEqual({ imported: 1, updated: 2, unchanged: 2, rows: 5 });
    expect(await history(a!, 2025)).toEqual([
      [2, 1350],
      [1, 1300],
    ]);
    expect(await history(a!, 2024)).toEqual([[1, 1200]]);
    expect(await history(s.milestoneId, 2025)).toEqual([
      [2, true],
      [1, false],
    ]);
    const current = await api.call('GET', `/indicators/${a}/actuals/2025`);
    expect(current.body).toMatchObject({
      value: 1350,
      status: 'final',
      version: 2,
      reportedBy: s.departmentId,
    });
    expect(current.body.note).toBeUndefined();
  });

  it('CSV: BOM, CRLF, comma files with a decimal point; semicolon files with decimal comma and thousands points; planId+code; có/không', async () => {
    const s = await seedImportPlan(api, 'csv');
    const [a, b, c] = s.indicatorIds;
    const comma = await postCsv(
      api,
      s.owner,
      '\uFEFF' +
        csv(
          [
            'indicatorId,year,value,status,note',
            `${a},2024,1200.5,final,"ghi chú, có dấu phẩy"`,
            `${s.milestoneId},2024,có,,`,
          ],
          '\r\n',
        ),
    );
    expect(comma.status, comma.text).toBe(200);
    expect(comma.body).toEqual({ imported: 2, updated: 0, unchanged: 0, rows: 2 });
    const semicolon = await postCsv(
      api,
      s.owner,
      csv([
        'planId;code;year;value;status',
        `${s.planId};C.2;2024;13.787;provisional`,
        `${s.planId};P.1;2024;87,25;`,
        `${s.planId};M.1;2025;Không;final`,
        `${s.planId};C.3;2025;1.234.567,5;final`,
      ]),
    );
    expect(semicolon.status, semicolon.text).toBe(200);
    expect(semicolon.body).toEqual({ imported: 4, updated: 0, unchanged: 0, rows: 4 });
    expect((await api.call('GET', `/indicators/${a}/actuals/2024`)).body).toMatchObject({
      value: 1200.5,
      note: 'ghi chú, có dấu phẩy',
    });
    expect((await api.call('GET', `/indicators/${b}/actuals/2024`)).body).toMatchObject({
      value: 13787,
      status: 'provisional',
    });
    expect((await api.call('GET', `/indicators/${s.percentId}/actuals/2024`)).body.value).toBe(87.25);
    expect((await api.call('GET', `/indicators/${s.milestoneId}/actuals/2024`)).body.value).toBe(true);
    expect((await api.call('GET', `/indicators/${s.milestoneId}/actuals/2025`)).body.value).toBe(false);
    expect((await api.call('GET', `/indicators/${c}/actuals/2025`)).body.value).toBe(1234567.5);
  });

  it('any invalid row: 422 listing every bad row with its line and field, and nothing written', async () => {
    const s = await seedImportPlan(api, 'bad');
    const [a] = s.indicatorIds;
    const before = await tableSnapshot();
    const text = csv([
      'indicatorId;year;value;status;note',
      `${a};2024;1.200;final;`, // fine: 1200
      `${a};2013;5;final;`, // year before the plan's range
      `${s.percentId};2025;100,5;;`, // above 100 %
      `${s.percentId};2025;87.25;;`, // a point in a semicolon file
      `${s.milestoneId};2025;1;;`, // not có/không
      `khong-co;2025;1;;`, // unknown indicator
      `${a};2024;7;draft;`, // bad status
      `${a};hai;7;;`, // bad year
      `${a};2024;8;;`, // same indicator and year as line 2
      `${s.planId};2026;8;;`, // not a slug? it is one, but unknown indicator
    ]);
    const response = await postCsv(api, s.owner, text);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const found = response.body.errors.map((e: { line: number; field: string }) => [e.line, e.field]);
    expect(found).toEqual([
      [3, 'year'],
      [4, 'value'],
      [5, 'value'],
      [6, 'value'],
      [7, 'indicatorId'],
      [8, 'status'],
      [9, 'year'],
      [10, 'year'],
      [11, 'indicatorId'],
    ]);
    expect(response.body.invalidRows).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(response.body.detail).toContain('lines 3, 4, 5');
    expect(await tableSnapshot()).toBe(before);

    const json = await postRows(api, s.owner, [
      { indicatorId: a, year: 2024, value: '5' },
      { indicatorId: a, year: 2024, value: 5, extra: 1 },
      7,
      { year: 2024, value: 1 },
    ]);
    expect(json.status).toBe(422);
    expect(json.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [1, 'rows.0.value'],
      [2, 'rows.1.extra'],
      [3, 'rows.2'],
      [4, 'rows.3.indicatorId'],
    ]);
    expect(await tableSnapshot()).toBe(before);
  });

  it('many bad rows: every one is listed, the first 1,000 errors detailed, each later row named once', async () => {
    const s = await seedImportPlan(api, 'many-bad');
    const [a] = s.indicatorIds;
    // Three bad fields a row: the detailed errors run out at row 334, the 266 rows after it are named once each.
    const rows = Array.from({ length: 600 }, (_, i) => ({ indicatorId: a, year: 'năm', value: 'x', extra: i }));
    const response = await postRows(api, s.owner, rows);
    expect(response.status).toBe(422);
    expect(response.body.invalidRows).toEqual(rows.map((_, i) => i + 1));
    expect(response.body.errorsTruncated).toBe(true);
    const errors = response.body.errors as { row: number; field: string }[];
    expect(errors).toHaveLength(1_000);
    expect(
      errors
        .filter((e) => e.row === 1)
        .map((e) => e.field)
        .sort(),
    ).toEqual(['rows.0.extra', 'rows.0.value', 'rows.0.year']);
  });

  it('?dryRun=true reports what would happen and writes nothing', async () => {
    const s = await seedImportPlan(api, 'dry');
    const [a] = s.indicatorIds;
    await postRows(api, s.owner, [{ indicatorId: a, year: 2024, value: 1 }]);
    const before = await tableSnapshot();
    const dry = await postRows(
      api,
      s.owner,
      [
        { indicatorId: a, year: 2024, value: 1 },
        { indicatorId: a, year: 2025, value: 2 },
        { indicatorId: a, year: 2024 + 2, value: 3 },
      ],
      '?dryRun=true',
      { 'idempotency-key': 'dry-1' },
    );
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ imported: 2, updated: 0, unchanged: 1, rows: 3, dryRun: true });
    expect(await tableSnapshot()).toBe(before);
    expect((await postRows(api, s.owner, [{ indicatorId: a, year: 2024, value: 1 }], '?dryRun=maybe')).status).toBe(
      422,
    );
  });

  it('a department may import only its own indicators: one foreign row is a 403 naming it, nothing written; admin may import anything', async () => {
    const s = await seedImportPlan(api, 'own');
    const [a] = s.indicatorIds;
    const before = await tableSnapshot();
    const text = csv(['indicatorId,year,value', `${a},2024,1`, `${s.foreignId},2024,50`, `${a},2025,2`]);
    const denied = await postCsv(api, s.owner, text);
    expect(denied.status).toBe(403);
    expect(denied.body.errors).toEqual([
      expect.objectContaining({ line: 3, row: 2, field: 'indicatorId', code: 'foreign_indicator' }),
    ]);
    expect(denied.body.detail).toContain('lines 3');
    expect(await tableSnapshot()).toBe(before);
    expect((await postCsv(api, s.other, text)).status).toBe(403);
    const admin = await postCsv(api, s.admin, text);
    expect(admin.status).toBe(200);
    expect(admin.body.imported).toBe(3);
  });

  it('limits: 10,000 rows with notes pass 1 MiB and fit the 4 MiB body (checked as dry runs); 10,001 rows are a 413 naming the limit', async () => {
    // 1990–2100 is 121 years a row (from ten years before the start): 83 indicators make 10,000 rows.
    const s = await seedImportPlan(api, 'big', 83, { period: { startYear: 1990, endYear: 2100 } });
    const spread = (i: number) => ({ indicatorId: s.indicatorIds[i % 83]!, year: 1980 + Math.floor(i / 83) });
    const note = (i: number) => `Số liệu sơ bộ quý IV, theo Báo cáo số ${i}/BC-SXD của Sở Xây dựng`;
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      ...spread(i),
      value: i + 0.5,
      status: 'provisional',
      note: note(i),
    }));
    const text = csv([
      'indicatorId,year,value,status,note',
      ...rows.map((r) => `${r.indicatorId},${r.year},${r.value},${r.status},"${r.note}"`),
    ]);
    const json = JSON.stringify({ rows });
    expect(Buffer.byteLength(json)).toBeGreaterThan(1024 * 1024);
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
    expect(Buffer.byteLength(json)).toBeLessThan(4 * 1024 * 1024);
    const dryCsv = await postCsv(api, s.owner, text, '?dryRun=true');
    expect(dryCsv.status, dryCsv.text.slice(0, 500)).toBe(200);
    expect(dryCsv.body).toMatchObject({ imported: 10_000, rows: 10_000 });
    const dryJson = await api.call('POST', '/imports?dryRun=true', {
      token: s.owner,
      rawBody: json,
      headers: { 'content-type': 'application/json' },
    });
    expect(dryJson.body).toMatchObject({ imported: 10_000, rows: 10_000 });
    const tooMany = await postCsv(api, s.owner, text + `${s.indicatorIds[0]},2030,1,final,\n`, '?dryRun=true');
    expect(tooMany.status).toBe(413);
    expect(tooMany.body).toMatchObject({ limitRows: 10_000 });
    expect(tooMany.body.detail).toContain('10000');
    expect((await postRows(api, s.owner, [...rows, rows[0]], '?dryRun=true')).status).toBe(413);
    const huge = await postCsv(api, s.owner, 'indicatorId,year,value\n' + 'x'.repeat(4 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(huge.body.limitBytes).toBe(4 * 1024 * 1024);
    const xml = await api.call('POST', '/imports', {
      token: s.owner,
      rawBody: '<rows/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.status).toBe(415);
    expect(xml.body.accepted).toEqual([
      'application/json',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(
      (
        await postCsv(api, s.owner, 'indicatorId,year,value\n', '', {
          'content-type': 'text/csv; charset=shift_jis',
        })
      ).status,
    ).toBe(415);
  }, 60_000);

  it('header and syntax problems: unknown or missing columns 422 on line 1, an unclosed quote 400, no encoding 422', async () => {
    const s = await seedImportPlan(api, 'hdr');
    const unknown = await postCsv(api, s.owner, csv(['indicatorId,year,value,unit', 'a,2024,1,%']));
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({ line: 1, field: 'unit' });
    expect((await postCsv(api, s.owner, csv(['indicatorId,value', 'a,1']))).body.errors[0]).toMatchObject({
      line: 1,
      field: 'year',
    });
    expect((await postCsv(api, s.owner, csv(['indicatorId,year,value']))).status).toBe(422);
    const quote = await postCsv(
      api,
      s.owner,
      csv(['indicatorId,year,value,note', `${s.indicatorIds[0]},2024,1,"open`]),
    );
    expect(quote.status).toBe(400);
    const latin = await api.call('POST', '/imports', {
      token: s.owner,
      // 0x81 is neither UTF-8 here nor defined in Windows-1258 (tests/imports/encodings.test.ts has the rest)
      rawBody: Buffer.from('indicatorId,year,value,note\nx,2024,1,Ph\x81\n', 'latin1'),
      headers: { 'content-type': 'text/csv' },
    });
    expect(latin.status).toBe(422);
    expect(latin.body.detail).toContain('UTF-8');
  });
});
