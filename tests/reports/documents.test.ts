import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, loadIllustrativeActuals } from '../../catalog/index.ts';
import { statusWords } from '#shared/progress/words.ts';
import { docxMediaType, xlsxMediaType } from '#shared/http/routes/report-documents.ts';
import { seedCatalog } from '#shared/seeding/seed-catalog.ts';
import { defaultStore } from '#shared/storage/default-store.ts';
import { useLocalApi } from '../support/local-api.ts';
import { fetchFile, readDocx, readSheetTable, yearTargetsHeader } from './support.ts';

const api = useLocalApi();
const planId = 'thanh-hoa-68-kh-ubnd-2024';

interface Entry {
  indicatorId: string;
  code: string;
  name: { vi: string };
  status: keyof typeof statusWords;
  actuals: { year: number; value: number | boolean }[];
}

/** The API's own progress answer, in code order as the annex lists it. */
const progressEntries = async (asOf: string): Promise<Entry[]> => {
  const answer = await api.call('GET', `/plans/${planId}/progress?asOf=${asOf}`);
  expect(answer.status).toBe(200);
  const entries = (answer.body as { domains: { indicators: Entry[] }[] }).domains.flatMap((d) => d.indicators);
  const collator = new Intl.Collator('vi', { numeric: true });
  return entries.sort((a, b) => collator.compare(a.code, b.code) || a.indicatorId.localeCompare(b.indicatorId));
};

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

let provisionalId = '';
/** "indicatorId year" of every provisional value: the demo figures' and the one posted below. */
const provisional = new Set(
  loadIllustrativeActuals()
    .actuals.filter((a) => a.status === 'provisional')
    .map((a) => `${a.indicatorId} ${a.year}`),
);

beforeAll(async () => {
  await seedCatalog(defaultStore(), loadCatalog(), loadIllustrativeActuals());
  // One reported, provisional 2025 value: the annex must print it "(ước)", the workbook keep its number.
  const plan = loadCatalog().find((doc) => doc.plan.id === planId)!;
  const demo = new Set(loadIllustrativeActuals().actuals.map((a) => `${a.indicatorId} ${a.year}`));
  const indicator = plan.indicators.find(
    (i) => i.kind !== 'milestone' && i.unit.trim() === '%' && !demo.has(`${i.id} 2025`),
  )!;
  provisionalId = indicator.id;
  provisional.add(`${indicator.id} 2025`);
  const admin = await api.token({ role: 'admin' });
  const put = await api.call('PUT', `/indicators/${indicator.id}/actuals/2025`, {
    token: admin,
    body: { value: 12.5, status: 'provisional' },
  });
  expect(put.status).toBe(201);
});

describe('GET /plans/{planId}/reports/{year}.docx', () => {
  it('is a Word file in the layout of an administrative report, its targets annex equal to the API’s progress', async () => {
    const file = await fetchFile(api, `/plans/${planId}/reports/2025.docx?asOf=2026-01-15`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(docxMediaType);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${planId}-bao-cao-2025.docx"`);
    const doc = await readDocx(file.bytes);

    const head = doc.tables[0]!.flat().join('\n').split('\n');
    expect(head).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
      'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: …/BC-SLĐTBXH',
      'Thanh Hóa, ngày … tháng … năm 2026',
    ]);

    expect(doc.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      'BÁO CÁO\nKết quả thực hiện Kế hoạch số 68/KH-UBND năm 2025',
      'Phụ lục 1. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025',
      'Phụ lục 2. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2025',
      'Phụ lục 3. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ NĂM 2025',
    ]);
    expect(doc.headings.filter((h) => h.level === 2).map((h) => h.text)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TỒN TẠI, HẠN CHẾ',
      'III. NGUYÊN NHÂN',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      'V. KIẾN NGHỊ, ĐỀ XUẤT',
    ]);

    const entries = await progressEntries('2025');
    expect(doc.text).toContain(`Năm 2025, Kế hoạch số 68/KH-UBND có ${entries.length} chỉ tiêu được theo dõi`);
    const annex = doc.tables.find((t) => t[0]?.[0] === 'STT' && t[0]?.[1] === 'Chỉ tiêu')!;
    expect(annex[0]).toEqual(yearTargetsHeader(2025));
    const rows = annex.slice(1);
    expect(rows).toHaveLength(entries.length);
    entries.forEach((entry, i) => {
      const row = rows[i]!;
      expect(row[0]).toBe(String(i + 1));
      expect(row[1]).toBe(entry.name.vi);
      expect(row[6]!.startsWith(statusWords[entry.status].vi), `${entry.indicatorId}: ${row[6]}`).toBe(true);
      const value = entry.actuals.find((a) => a.year === 2025)?.value;
      if (typeof value === 'number') {
        const printed = vi.format(value);
        expect(row[5]).toBe(provisional.has(`${entry.indicatorId} 2025`) ? `${printed} (ước)` : printed);
      }
      if (value === undefined) expect(row[5]).toBe('');
    });
    expect(rows.find((_, i) => entries[i]!.indicatorId === provisionalId)![5]).toBe('12,5 (ước)');
    // Thousands are grouped with a dot, as Vietnamese writes 13.787.
    expect(rows.some((row) => /^\d{1,3}(\.\d{3})+/.test(row[4]!) || /^\d{1,3}(\.\d{3})+/.test(row[5]!))).toBe(true);

    // No unit report exists yet: every leading unit is missing once 10/12/2025 has passed.
    const units = doc.tables.find((t) => t[0]?.[1] === 'Đơn vị')!;
    expect(units[0]).toEqual(['STT', 'Đơn vị', 'Ngày gửi báo cáo', 'Đánh giá']);
    expect(units.length).toBeGreaterThan(2);
    expect(units.slice(1).every((row) => row[3] === 'Chưa báo cáo')).toBe(true);
    expect(doc.text).toContain('Hạn gửi báo cáo: 10/12/2025.');
  });

  it('judges the units on ?asOf=: before the due date nobody is late yet', async () => {
    const doc = await readDocx((await fetchFile(api, `/plans/${planId}/reports/2025.docx?asOf=2025-12-10`)).bytes);
    const units = doc.tables.find((t) => t[0]?.[1] === 'Đơn vị')!;
    expect(units.slice(1).every((row) => row[3] === 'Chưa đến hạn')).toBe(true);
  });
});

describe('GET /plans/{planId}/reports/{year}.xlsx', () => {
  it('is a workbook whose targets annex holds the API’s numbers and statuses', async () => {
    const file = await fetchFile(api, `/plans/${planId}/reports/2025.xlsx`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(xlsxMediaType);
    const { workbook, header, body, rows } = readSheetTable(file.bytes, 'Phụ lục 1 - Chỉ tiêu');
    expect(workbook.SheetNames).toEqual([
      'Báo cáo',
      'Phụ lục 1 - Chỉ tiêu',
      'Phụ lục 2 - Nhiệm vụ',
      'Phụ lục 3 - Đơn vị',
    ]);
    expect(rows.flat()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(header).toEqual(yearTargetsHeader(2025));
    const entries = await progressEntries('2025');
    expect(body).toHaveLength(entries.length);
    entries.forEach((entry, i) => {
      const row = body[i]!;
      expect(row[1]).toBe(entry.name.vi);
      expect(String(row[6]).startsWith(statusWords[entry.status].vi)).toBe(true);
      for (const [column, year] of [
        [4, 2024],
        [5, 2025],
      ] as const) {
        const value = entry.actuals.find((a) => a.year === year)?.value;
        if (typeof value === 'number') expect(row[column], `${entry.indicatorId} ${year}`).toBe(value);
        else if (value === undefined) expect(row[column] ?? '').toBe('');
      }
    });
    const sheet = readSheetTable(file.bytes, 'Phụ lục 1 - Chỉ tiêu').sheet;
    const provisionalRow = body.findIndex((row) => row[5] === 12.5);
    expect(provisionalRow).toBeGreaterThanOrEqual(0);
    const headerRow = rows.findIndex((row) => row[0] === 'STT');
    const cell = sheet[`F${headerRow + 2 + provisionalRow}`] as { z?: string };
    expect(cell.z).toContain('(ước)');
  });
});

describe('mid-term and final reviews: GET /plans/{planId}/reports/{from}-{to}.docx|.xlsx', () => {
  it('a span inside the period is a sơ kết with a column per year', async () => {
    const file = await fetchFile(api, `/plans/${planId}/reports/2024-2026.docx`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain(`${planId}-so-ket-2024-2026.docx`);
    const doc = await readDocx(file.bytes);
    expect(doc.headings[0]!.text).toBe('BÁO CÁO\nSơ kết giai đoạn 2024–2026 thực hiện Kế hoạch số 68/KH-UBND');
    const annex = doc.tables.find((t) => t[0]?.[1] === 'Chỉ tiêu')!;
    expect(annex[0]!.slice(4, 7)).toEqual(['Năm 2024', 'Năm 2025', 'Năm 2026']);
    const units = doc.tables.find((t) => t[0]?.[1] === 'Đơn vị')!;
    expect(units[0]).toEqual(['STT', 'Đơn vị', 'Năm 2024', 'Năm 2025', 'Năm 2026']);
  });

  it('the whole period is a tổng kết; the workbook has the path of each target over it', async () => {
    const file = await fetchFile(api, `/plans/${planId}/reports/2024-2030.xlsx`);
    expect(file.status).toBe(200);
    const { header, body } = readSheetTable(file.bytes, 'Phụ lục 1 - Chỉ tiêu');
    expect(header.slice(4, 11)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030].map((y) => `Năm ${y}`));
    const entries = await progressEntries('2030');
    entries.forEach((entry, i) => {
      for (let year = 2024; year <= 2030; year++) {
        const value = entry.actuals.find((a) => a.year === year)?.value;
        if (typeof value === 'number') expect(body[i]![4 + year - 2024]).toBe(value);
      }
    });
    const narrative = readSheetTable(file.bytes, 'Báo cáo').rows.flat();
    expect(narrative).toContain('Tổng kết giai đoạn 2024–2030 thực hiện Kế hoạch số 68/KH-UBND');
  });
});

describe('bad requests are problems naming the field', () => {
  it.each([
    ['2031.docx', 'period'],
    ['2019-2025.xlsx', 'period'],
    ['2026-2024.docx', 'period'],
    ['2025-2025.docx', 'period'],
    ['abc.docx', 'period'],
    ['2025.docx?asOf=2025-02-30', 'asOf'],
  ])('%s → 422 naming %s', async (tail, field) => {
    const answer = await api.call('GET', `/plans/${planId}/reports/${tail}`);
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect((answer.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
  });

  it('an unknown plan is a 404, another extension no file (a year the yearly answer refuses)', async () => {
    expect((await api.call('GET', '/plans/nope/reports/2025.docx')).status).toBe(404);
    expect((await api.call('GET', `/plans/${planId}/reports/2025.pdf`)).status).toBe(422);
    expect((await api.call('GET', `/plans/${planId}/reports/.docx`)).status).toBe(422);
  });
});
