/**
 * Renders page images of the consolidated report into docs/screenshots/ (report-docx.png,
 * report-docx-annex.png, report-xlsx.png). Run `npx tsx tests/reports/render-screenshots.ts`
 * after changing the report; Debian's chromium (CHROMIUM_PATH) draws the pages.
 *
 * No office suite is installed, so each file is read back by an independent reader and drawn as
 * HTML: the .docx by mammoth, the .xlsx by SheetJS. mammoth keeps a document's structure (headings,
 * tables, bold, italics) but not its page layout, so the page's CSS restates the layout the
 * document itself sets (shared/reports/consolidated/docx.ts): A4, margins 20/15/20/30 mm, Times New
 * Roman 14 pt, the head's two centred columns. SheetJS prints a number format with US separators;
 * the cells are shown as a Vietnamese Excel shows that same format (13.787, 12,5).
 *
 * The data: 68/KH-UBND from the catalog with its illustrative figures and tasks, and three unit
 * reports whose text is illustrative too (it says so).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import mammoth from 'mammoth';
import { chromium } from 'playwright-core';
import { loadCatalog, loadCatalogTasks, loadIllustrativeActuals } from '../../catalog/index.ts';
import type { Actual } from '#shared/domain/actual.ts';
import { formatNumber } from '#shared/progress/format.ts';
import { buildConsolidatedReport } from '#shared/reports/consolidated/build.ts';
import { renderConsolidatedDocx } from '#shared/reports/consolidated/docx.ts';
import { leadingUnits, yearReporting } from '#shared/reports/consolidated/expected-units.ts';
import type { TaskSource, UnitReportSource } from '#shared/reports/consolidated/input.ts';
import { renderConsolidatedXlsx } from '#shared/reports/consolidated/xlsx.ts';

const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const planId = 'thanh-hoa-68-kh-ubnd-2024';
const at = '2024-03-08T00:00:00.000Z';

const sample = () => {
  const document = loadCatalog().find((doc) => doc.plan.id === planId)!;
  const plan = { ...document.plan, createdAt: at, updatedAt: at };
  const indicators = document.indicators.map((indicator) => ({ ...indicator, planId, createdAt: at, updatedAt: at }));
  const actuals: Actual[] = loadIllustrativeActuals()
    .actuals.filter((a) => indicators.some((i) => i.id === a.indicatorId))
    .map((a) => ({ ...a, reportedBy: 'illustrative-demo', reportedAt: at, version: 1, illustrative: true }));
  const tasks: TaskSource[] = (loadCatalogTasks().find((t) => t.planId === planId)?.tasks ?? []).map((task) => ({
    task,
    reports: [],
  }));
  const unitReports: UnitReportSource[] = [
    {
      departmentId: 'so-y-te-thanh-hoa',
      year: 2025,
      state: 'submitted',
      submittedAt: '2025-12-08T03:00:00.000Z',
      sections: {
        results:
          'Tỷ lệ dân số tham gia bảo hiểm y tế ước đạt 93,5%; số bác sĩ trên 1 vạn dân đạt 12,5 (nội dung minh họa).',
        shortcomings: 'Mạng lưới y tế cơ sở ở miền núi còn thiếu nhân lực (nội dung minh họa).',
        directions: 'Tiếp tục vận động người dân tham gia bảo hiểm y tế hộ gia đình (nội dung minh họa).',
      },
    },
    {
      departmentId: 'so-xay-dung-thanh-hoa',
      year: 2025,
      state: 'submitted',
      submittedAt: '2025-12-12T02:00:00.000Z',
      sections: {
        results: 'Đã hoàn thành 2.150 căn nhà ở xã hội trong năm (nội dung minh họa).',
        causes: 'Thủ tục giao đất, chọn nhà đầu tư kéo dài (nội dung minh họa).',
        recommendations: 'Đề nghị UBND tỉnh chỉ đạo rút ngắn thời gian thẩm định dự án (nội dung minh họa).',
      },
    },
  ];
  const asOf = '2025-12-20';
  const units = leadingUnits(indicators, tasks);
  const sources = {
    plan,
    indicators,
    actuals,
    departments: document.departments,
    tasks,
    unitReports,
    reporting: [yearReporting(plan.reporting, 2025, units, unitReports, asOf)!],
  };
  return buildConsolidatedReport(sources, { span: { from: 2025, to: 2025 }, asOf });
};

const pageCss = `
  @page { size: A4; }
  body { margin: 0; background: #888; }
  .page { width: 210mm; min-height: 297mm; box-sizing: border-box; padding: 20mm 15mm 20mm 30mm; margin: 0 auto;
    background: #fff; font: 14pt/1.3 'Times New Roman', 'Liberation Serif', serif; color: #000; }
  .page.landscape { width: 297mm; min-height: 210mm; }
  p { margin: 3pt 0; text-align: justify; text-indent: 10mm; }
  table p, h1 + p { text-indent: 0; text-align: inherit; }
  h1 { font-size: 14pt; text-align: center; margin: 18pt 0 0; }
  h1 + p { text-align: center; margin-bottom: 8pt; }
  h2, h3 { font-size: 14pt; margin: 6pt 0 3pt; }
  h3 { text-indent: 10mm; }
  .head { width: 100%; border-collapse: collapse; }
  .head td { text-align: center; vertical-align: top; font-size: 13pt; padding: 0; }
  .head td:first-child { width: 40%; }
  .head tr:first-child td::after { content: ''; display: block; margin: 2pt auto 6pt; border-top: 1px solid #000; width: 40%; }
  .head tr:last-child td:last-child { font-size: 14pt; }
  .grid { width: 100%; border-collapse: collapse; font-size: 12pt; }
  .grid td, .grid th { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; }
  .grid td, .grid th { text-align: center; }
  .grid td:nth-child(2), .grid td:last-child { text-align: left; }
  /* The targets annex's column shares, as docx.ts gives them (mammoth keeps no widths). */
  .grid { table-layout: fixed; }
  .grid th:nth-child(1) { width: 4%; } .grid th:nth-child(2) { width: 29%; } .grid th:nth-child(3) { width: 7%; }
  .grid th:nth-child(4) { width: 10%; } .grid th:nth-child(5), .grid th:nth-child(6) { width: 10%; }
  .grid th:nth-child(7) { width: 13%; } .grid th:nth-child(8) { width: 17%; }
  .sign { width: 100%; margin-top: 12pt; }
  .sign td { vertical-align: top; }
  .sign td:last-child { text-align: center; }
`;

/** mammoth's HTML, cut into the portrait report and its first (landscape) annex. */
const docxPages = async (bytes: Buffer) => {
  const { value } = await mammoth.convertToHtml({ buffer: bytes });
  const html = value
    .replace('<table>', '<table class="head">')
    .replace(/<table>(?=<thead>)/g, '<table class="grid">')
    .replace(/<table>(?=<tr><td><p><strong><em>Nơi nhận)/, '<table class="sign">');
  const annexAt = html.indexOf('<h1><strong>Phụ lục 1');
  const second = html.indexOf('<h1><strong>Phụ lục 2');
  return {
    report: html.slice(0, annexAt),
    annex: html.slice(annexAt, second),
  };
};

const vietnameseCells = (sheet: XLSX.WorkSheet) => {
  for (const [address, cell] of Object.entries(sheet)) {
    if (address.startsWith('!')) continue;
    const c = cell as XLSX.CellObject;
    if (c.t === 'n' && typeof c.v === 'number') {
      c.w = formatNumber(c.v, 'vi') + (String(c.z ?? '').includes('ước') ? ' (ước)' : '');
    }
  }
  return sheet;
};

const xlsxPage = (bytes: Buffer) => {
  const workbook = XLSX.read(bytes, { type: 'buffer', cellNF: true });
  const sheet = vietnameseCells(workbook.Sheets['Phụ lục 1 - Chỉ tiêu']!);
  return XLSX.utils.sheet_to_html(sheet, { header: '', footer: '' });
};

const xlsxCss = `
  body { margin: 0; background: #fff; font: 12pt 'Times New Roman', 'Liberation Serif', serif; }
  table { border-collapse: collapse; margin: 12px; }
  td { border: 1px solid #bbb; padding: 2px 6px; vertical-align: middle; }
  td[data-t="n"] { text-align: right; }
  tr:nth-child(-n+7) td { border-color: transparent; text-align: center; }
`;

const main = async () => {
  mkdirSync(out, { recursive: true });
  const report = sample();
  const docx = await docxPages(await renderConsolidatedDocx(report));
  const xlsx = xlsxPage(await renderConsolidatedXlsx(report));
  const browser = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'chitieu-report-shots-')), {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    viewport: { width: 1200, height: 1200 },
    deviceScaleFactor: 1,
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const shoot = async (html: string, css: string, file: string, size: { width: number; height: number }) => {
      await page.setViewportSize(size);
      await page.setContent(`<!doctype html><html lang="vi"><meta charset="utf-8"><style>${css}</style>${html}</html>`);
      await page.screenshot({ path: path.join(out, file), fullPage: false });
      console.log(`docs/screenshots/${file}`);
    };
    // A4 at 96 dpi: 794 × 1123 px portrait.
    await shoot(`<div class="page">${docx.report}</div>`, pageCss, 'report-docx.png', { width: 794, height: 1123 });
    await shoot(`<div class="page landscape">${docx.annex}</div>`, pageCss, 'report-docx-annex.png', {
      width: 1123,
      height: 794,
    });
    await shoot(xlsx, xlsxCss, 'report-xlsx.png', { width: 1400, height: 900 });
  } finally {
    await browser.close();
  }
};

await main();
