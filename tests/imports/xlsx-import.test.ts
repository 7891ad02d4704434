import { crc32, deflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { useLocalApi } from '../support/local-api.ts';
import { tableSnapshot } from '../support/table-snapshot.ts';
import { seedImportPlan } from './support.ts';
import { downloadTemplate, postWorkbook, readWithSheetJs } from './workbook-support.ts';

const api = useLocalApi();

/** The downloaded template, filled in with SheetJS (not the library that wrote it), as a clerk would. */
const fillTemplate = (bytes: Buffer, cells: Record<string, XLSX.CellObject>) => {
  const { workbook, sheet } = readWithSheetJs(bytes);
  Object.assign(sheet, cells);
  return Buffer.from(XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array);
};

/** A zip archive of deflated entries, written by hand so that it can lie about nothing and still be a bomb. */
const zipOf = (entries: Record<string, Buffer>) => {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = deflateRawSync(content);
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc32(content), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(content.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(content), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, data);
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
};

describe('POST /imports with the .xlsx template', () => {
  it('download, fill in with SheetJS, dry run, import: the values arrive; rows left empty are skipped', async () => {
    const s = await seedImportPlan(api, 'xlsx', 2);
    const [a, b] = s.indicatorIds;
    const { bytes } = await downloadTemplate(api, s.planId, 2025, s.departmentId);
    // rows: 2 = a, 3 = b (left empty), 4 = the milestone, 5 = the percentage
    const filled = fillTemplate(bytes, {
      H2: { t: 'n', v: 13787.5 },
      I2: { t: 's', v: 'provisional' },
      J2: { t: 's', v: 'Số liệu sơ bộ của Sở' },
      H4: { t: 's', v: 'có' },
      H5: { t: 's', v: '87,25' },
      J5: { t: 's', v: '=cmd chỉ là chữ' },
    });
    const before = await tableSnapshot();
    const dry = await postWorkbook(api, s.owner, filled, '?dryRun=true');
    expect(dry.status, dry.text).toBe(200);
    expect(dry.body).toEqual({ imported: 3, updated: 0, unchanged: 0, rows: 3, dryRun: true });
    expect(await tableSnapshot()).toBe(before);

    const done = await postWorkbook(api, s.owner, filled, '', { 'idempotency-key': 'xlsx-2025' });
    expect(done.body).toEqual({ imported: 3, updated: 0, unchanged: 0, rows: 3 });
    const replay = await postWorkbook(api, s.owner, filled, '', { 'idempotency-key': 'xlsx-2025' });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(done.body);
    const other = fillTemplate(bytes, { H2: { t: 'n', v: 1 } });
    expect((await postWorkbook(api, s.owner, other, '', { 'idempotency-key': 'xlsx-2025' })).status).toBe(422);

    const value = async (id: string) => (await api.call('GET', `/indicators/${id}/actuals/2025`)).body;
    expect(await value(a!)).toMatchObject({ value: 13787.5, status: 'provisional', note: 'Số liệu sơ bộ của Sở' });
    expect((await api.call('GET', `/indicators/${b}/actuals/2025`)).status).toBe(404);
    expect(await value(s.milestoneId)).toMatchObject({ value: true, status: 'final' });
    expect(await value(s.percentId)).toMatchObject({ value: 87.25, note: '=cmd chỉ là chữ' });

    // the next year's template shows these as the previous values
    const next = readWithSheetJs((await downloadTemplate(api, s.planId, 2026, s.departmentId)).bytes);
    expect(next.rows.slice(1).map((r) => r[5])).toEqual([13787.5, null, 'có', 87.25]);
  }, 60_000);

  it('one bad row: a 422 naming the sheet, row and cell; nothing written. Another unit: 403', async () => {
    const s = await seedImportPlan(api, 'xlsxbad', 2);
    const { bytes } = await downloadTemplate(api, s.planId, 2025, s.departmentId);
    const bad = fillTemplate(bytes, {
      H2: { t: 'n', v: 100 },
      H3: { t: 'n', v: 200 },
      H5: { t: 'n', v: 150 }, // a percentage above 100
      I3: { t: 's', v: 'chính thức' },
    });
    const before = await tableSnapshot();
    const refused = await postWorkbook(api, s.owner, bad);
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toContain("sheet 'Chỉ tiêu' rows 3, 5");
    expect(refused.body.invalidRows).toEqual([2, 3]);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'status', row: 2, line: 3, sheet: 'Chỉ tiêu', cell: 'I3' }),
      expect.objectContaining({ field: 'value', row: 3, line: 5, sheet: 'Chỉ tiêu', cell: 'H5' }),
    ]);
    const foreign = await postWorkbook(api, s.other, fillTemplate(bytes, { H2: { t: 'n', v: 1 } }));
    expect(foreign.status).toBe(403);
    expect(foreign.body.errors[0]).toMatchObject({ code: 'foreign_indicator', cell: 'A2', line: 2 });
    expect(await tableSnapshot()).toBe(before);
  }, 60_000);

  it('refused before the workbook is built: a zip bomb (413), over 10,000 rows (413), not a workbook (400), headers (422)', async () => {
    const s = await seedImportPlan(api, 'xlsxlim', 1);
    const bomb = zipOf({ 'xl/worksheets/sheet1.xml': Buffer.alloc(30 * 1024 * 1024, 0x20) });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const exploded = await postWorkbook(api, s.owner, bomb);
    expect(exploded.status).toBe(413);
    expect(exploded.body).toMatchObject({ limitUncompressedBytes: 24 * 1024 * 1024 });

    const many = XLSX.utils.book_new();
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Mã chỉ tiêu (indicatorId)', 'Năm (year)', 'Giá trị 2025 (value)'],
      ...Array.from({ length: 10_001 }, (_, i) => [s.indicatorIds[0], 2025, i]),
    ]);
    XLSX.utils.book_append_sheet(many, sheet, 'Chỉ tiêu');
    const tooMany = await postWorkbook(
      api,
      s.owner,
      Buffer.from(XLSX.write(many, { type: 'buffer', bookType: 'xlsx' })),
    );
    expect(tooMany.status).toBe(413);
    expect(tooMany.body).toMatchObject({ limitRows: 10_000 });

    const notZip = await postWorkbook(api, s.owner, Buffer.from('indicatorId,year,value\n'));
    expect(notZip.status).toBe(400);
    expect(notZip.body.errors[0]).toMatchObject({ code: 'workbook' });

    const headers = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      headers,
      XLSX.utils.aoa_to_sheet([
        ['Mã (indicatorId)', 'Màu (colour)'],
        ['x', 'đỏ'],
      ]),
      'A',
    );
    const unknown = await postWorkbook(
      api,
      s.owner,
      Buffer.from(XLSX.write(headers, { type: 'buffer', bookType: 'xlsx' })),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({ line: 1, field: 'colour' });
  }, 60_000);
});
