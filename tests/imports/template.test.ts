import { describe, expect, it } from 'vitest';
import { useLocalApi } from '../support/local-api.ts';
import { postRows, seedImportPlan } from './support.ts';
import { downloadTemplate, readWithSheetJs, xlsxType } from './workbook-support.ts';

const api = useLocalApi();

describe('GET /plans/{planId}/template.xlsx', () => {
  it("one row per indicator the unit leads, with last year's value; headers name the import fields; validation, frozen header, locked columns", async () => {
    const s = await seedImportPlan(api, 'tpl', 2);
    const [a, b] = s.indicatorIds;
    expect((await postRows(api, s.owner, [{ indicatorId: a, year: 2024, value: 1234.5 }])).status).toBe(200);
    expect((await postRows(api, s.owner, [{ indicatorId: s.milestoneId, year: 2024, value: true }])).status).toBe(200);

    const { response, bytes } = await downloadTemplate(api, s.planId, 2025, s.departmentId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(xlsxType);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${s.planId}-${s.departmentId}-2025.xlsx"`,
    );
    const { workbook, rows, part } = readWithSheetJs(bytes);
    expect(workbook.SheetNames[0]).toBe('Chỉ tiêu');
    expect(rows[0]).toEqual([
      'Mã chỉ tiêu (indicatorId)',
      'Số hiệu (indicatorCode)',
      'Tên chỉ tiêu (name)',
      'Đơn vị (unit)',
      'Mục tiêu (target)',
      'Giá trị 2024 (previousValue)',
      'Năm (year)',
      'Giá trị 2025 (value)',
      'Trạng thái (status)',
      'Ghi chú (note)',
    ]);
    const body = rows.slice(1);
    // the unit's own indicators only (not the other department's), in code order
    expect(body.map((r) => r[0])).toEqual([a, b, s.milestoneId, s.percentId]);
    expect(body[0]).toEqual([
      a,
      'C.1',
      expect.any(String),
      'căn',
      '≥ 13.787 căn (2030)',
      1234.5,
      2025,
      null,
      null,
      null,
    ]);
    expect(body[1]![5]).toBeNull();
    expect(body[2]!.slice(4, 8)).toEqual(['có (2030)', 'có', 2025, null]);

    const sheet = part('xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toMatch(/<sheetProtection [^>]*sheet="1"/);
    const validations = [...sheet.matchAll(/<dataValidation ([^>]*)>(.*?)<\/dataValidation>/gs)].map((m) => ({
      attributes: m[1]!,
      formulae: m[2]!,
    }));
    const at = (ref: string) => validations.find((v) => new RegExp(`sqref="[^"]*\\b${ref}\\b`).test(v.attributes));
    expect(at('H2')).toMatchObject({ attributes: expect.stringContaining('type="decimal"') });
    expect(at('H4')).toMatchObject({ attributes: expect.stringContaining('type="list"') });
    expect(at('H4')!.formulae).toContain('&quot;có,không&quot;');
    expect(at('H5')!.formulae).toBe('<formula1>0</formula1><formula2>100</formula2>'); // a percentage
    expect(at('I2')!.formulae).toContain('provisional,final');
    expect(at('J2')).toMatchObject({ attributes: expect.stringContaining('type="textLength"') });

    // value, status and note cells are unlocked; the reference columns keep the default lock
    const cellXfs = part('xl/styles.xml').split('<cellXfs')[1]!.split('</cellXfs>')[0]!;
    const entries = [...cellXfs.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/gs)].map((m) => m[0]);
    expect(entries.length).toBeGreaterThan(1);
    const styleIndex = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)?.[1] ?? 0);
    for (const ref of ['H2', 'I2', 'J2', 'H5']) expect(entries[styleIndex(ref)], ref).toContain('locked="0"');
    for (const ref of ['A2', 'B2', 'F2', 'G2', 'A1', 'H1'])
      expect(entries[styleIndex(ref)] ?? '', ref).not.toContain('locked="0"');
  }, 60_000);

  it('an unknown plan or unit is a 404, a year the plan takes no values for a 422 naming query.year', async () => {
    const s = await seedImportPlan(api, 'tplbad', 1);
    const problem = async (path: string) => {
      const response = await api.call('GET', path);
      return { status: response.status, body: response.body };
    };
    expect((await problem(`/plans/nope/template.xlsx?year=2025&departmentId=${s.departmentId}`)).status).toBe(404);
    expect((await problem(`/plans/${s.planId}/template.xlsx?year=2025&departmentId=nope`)).status).toBe(404);
    const year = await problem(`/plans/${s.planId}/template.xlsx?year=2031&departmentId=${s.departmentId}`);
    expect(year.status).toBe(422);
    expect(year.body.errors[0]).toMatchObject({ in: 'query', field: 'year' });
    const missing = await problem(`/plans/${s.planId}/template.xlsx?year=2025`);
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0]).toMatchObject({ in: 'query', field: 'departmentId' });
  }, 60_000);
});
