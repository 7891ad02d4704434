import { describe, expect, it } from 'vitest';
import { renderConsolidatedDocx } from '#shared/reports/consolidated/docx.ts';
import { renderConsolidatedXlsx } from '#shared/reports/consolidated/xlsx.ts';
import * as f from './fixtures.ts';
import { readDocx, readSheetTable } from './support.ts';

/** mammoth's HTML without the bold and italic runs, to read the structure. */
const plain = (html: string) => html.replace(/<\/?(strong|em)>/g, '');

const report = f.reportOf;

describe('the Word file, read back by mammoth', () => {
  it('has each unit’s text under its name in its section, and the tasks and units annexes', async () => {
    const doc = await readDocx(await renderConsolidatedDocx(report({ from: 2025, to: 2025 }, '2026-01-15')));
    const outline = doc.headings.map((h) => `${h.level} ${h.text}`);
    expect(outline.slice(0, 6)).toEqual([
      '1 BÁO CÁO\nKết quả thực hiện Kế hoạch số 68/KH-UBND năm 2025',
      '2 I. KẾT QUẢ THỰC HIỆN',
      '3 Sở Xây dựng',
      '3 Sở Y tế',
      '2 II. TỒN TẠI, HẠN CHẾ',
      '3 Sở Xây dựng',
    ]);
    // The unit's two lines are two paragraphs, right after its name.
    expect(plain(doc.html)).toContain('<h3>Sở Y tế</h3><p>Tỷ lệ tham gia BHYT đạt 92,75%.</p><p>Đã cấp 1.200 thẻ.</p>');
    expect(plain(doc.html)).toContain('<h2>III. NGUYÊN NHÂN</h2><p>Chưa có đơn vị gửi nội dung này.</p>');
    expect(doc.text).not.toContain('Bản nháp');
    const tasks = doc.tables.find((t) => t[0]?.[1] === 'Nhiệm vụ')!;
    expect(tasks).toEqual([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng', 'Kết quả, sản phẩm'],
      [
        '1',
        'Ban hành Đề án phát triển nhà ở xã hội',
        'Sở Xây dựng',
        '30/06/2025',
        'Hoàn thành đúng hạn',
        'Quyết định số 123/QĐ-UBND ngày 15/06/2025',
      ],
      [
        '2',
        'Tổng hợp, báo cáo kết quả thực hiện Kế hoạch',
        'Sở Lao động - Thương binh và Xã hội',
        '10/12/2025',
        'Quá hạn',
        '',
      ],
    ]);
    const units = doc.tables.find((t) => t[0]?.[1] === 'Đơn vị')!;
    expect(units.slice(1)).toEqual([
      ['1', 'Sở Lao động - Thương binh và Xã hội', '', 'Chưa báo cáo'],
      ['2', 'Sở Xây dựng', '11/12/2025', 'Chậm'],
      ['3', 'Sở Y tế', '10/12/2025', 'Đúng hạn'],
    ]);
    expect(doc.text).toContain('Nơi nhận:');
  });

  it('a review labels each unit’s text with its year', async () => {
    const doc = await readDocx(await renderConsolidatedDocx(report({ from: 2024, to: 2026 }, '2026-12-01')));
    expect(plain(doc.html)).toContain('<h3>Sở Xây dựng</h3><p>Năm 2025:</p><p>Hoàn thành 2.100 căn nhà ở xã hội.</p>');
  });
});

describe('the workbook, read back by SheetJS', () => {
  it('keeps numbers as numbers, marks the provisional one in its format, and has the tasks and units sheets', async () => {
    const bytes = await renderConsolidatedXlsx(report({ from: 2025, to: 2025 }, '2026-01-15'));
    const targets = readSheetTable(bytes, 'Phụ lục 1 - Chỉ tiêu');
    expect(targets.body.map((row) => row.slice(0, 6))).toEqual([
      [1, 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', '> 95 (2030)', 91.2, 92.75],
      [2, 'Loại trừ bệnh sốt rét', 'có/không', 'Hoàn thành (2030)', null, null],
      [3, 'Số căn nhà ở xã hội hoàn thành', 'căn', '≥ 13.787 (2030)', 1520, 2100.5],
    ]);
    const headerRow = targets.rows.findIndex((row) => row[0] === 'STT') + 1;
    const format = (address: string) => (targets.sheet[address] as { z?: string } | undefined)?.z;
    expect(format(`F${headerRow + 3}`)).toBe('#,##0.0#" (ước)"');
    expect(format(`E${headerRow + 3}`)).toBe('#,##0');
    const tasks = readSheetTable(bytes, 'Phụ lục 2 - Nhiệm vụ');
    expect(tasks.body.map((row) => row[4])).toEqual(['Hoàn thành đúng hạn', 'Quá hạn']);
    const units = readSheetTable(bytes, 'Phụ lục 3 - Đơn vị');
    expect(units.rows.flat()).toContain('Hạn gửi báo cáo: 10/12/2025.');
    expect(units.body).toEqual([
      [1, 'Sở Lao động - Thương binh và Xã hội', '', 'Chưa báo cáo'],
      [2, 'Sở Xây dựng', '11/12/2025', 'Chậm'],
      [3, 'Sở Y tế', '10/12/2025', 'Đúng hạn'],
    ]);
    const narrative = readSheetTable(bytes, 'Báo cáo').rows.flat();
    expect(narrative).toEqual(
      expect.arrayContaining(['Sở Y tế', 'Hoàn thành 2.100 căn nhà ở xã hội.', 'V. KIẾN NGHỊ, ĐỀ XUẤT']),
    );
  });
});
