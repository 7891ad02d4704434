import ExcelJS from 'exceljs';
import type { ConsolidatedReportInput, ValueCell } from './input.ts';
import { nationalMotto, nationalName, noUnitText } from './words.ts';

/**
 * The consolidated report as a workbook: the narrative on the first sheet, one sheet per annex,
 * each headed like the document (issuing body, national name and motto, number, place and date).
 * Values are numbers, so the sheet computes; their format `#,##0.##` is shown with the reader's
 * separators, which a Vietnamese Excel prints as 13.787 and 12,5. A provisional value keeps its
 * number and reads "(ước)" through its format. A4 landscape, margins of Nghị định 30/2020/NĐ-CP.
 */

const font = 'Times New Roman';
const mm = (millimetres: number) => millimetres / 25.4;
const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const boxed = { top: thin, bottom: thin, left: thin, right: thin };

/** Integers without decimals, others with up to two, as the document prints them. */
const numberFormat = (cell: ValueCell): string => {
  const base = typeof cell.value === 'number' && !Number.isInteger(cell.value) ? '#,##0.0#' : '#,##0';
  return cell.provisional ? `${base}" (ước)"` : base;
};

const setUp = (sheet: ExcelJS.Worksheet, widths: readonly number[]) => {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(8), footer: mm(8) },
  };
  sheet.columns = widths.map((width) => ({ width }));
};

type Style = { bold?: boolean; italic?: boolean; size?: number; align?: 'left' | 'center' };

const put = (sheet: ExcelJS.Worksheet, range: string, value: string, style: Style = {}) => {
  const [from, to] = range.split(':');
  if (to && from !== to) sheet.mergeCells(range);
  const cell = sheet.getCell(from!);
  cell.value = value;
  cell.font = { name: font, size: style.size ?? 13, bold: style.bold, italic: style.italic };
  cell.alignment = { horizontal: style.align ?? 'center', vertical: 'middle', wrapText: true };
};

const column = (n: number) => String.fromCharCode(64 + n);

/** Rows 1–3 of every sheet: the document's head, over the sheet's first `columns` columns. */
const head = (sheet: ExcelJS.Worksheet, report: ConsolidatedReportInput, columns: number) => {
  const split = Math.max(2, Math.floor(columns * 0.4));
  const left = (row: number) => `A${row}:${column(split)}${row}`;
  const right = (row: number) => `${column(split + 1)}${row}:${column(columns)}${row}`;
  const body = report.issuingBody;
  put(sheet, left(1), body.parent ?? body.name, { bold: !body.parent });
  put(sheet, right(1), nationalName, { bold: true });
  put(sheet, left(2), body.parent ? body.name : '', { bold: true });
  put(sheet, right(2), nationalMotto, { bold: true, size: 14 });
  put(sheet, left(3), report.number);
  put(sheet, right(3), report.placeAndDate, { italic: true, size: 14 });
};

const title = (sheet: ExcelJS.Worksheet, row: number, columns: number, text: string, style: Style) =>
  put(sheet, `A${row}:${column(columns)}${row}`, text, style);

/** A bordered table from `row` on: bold header, then the rows; numbers stay numbers. */
const table = (
  sheet: ExcelJS.Worksheet,
  row: number,
  header: readonly string[],
  rows: readonly (readonly (string | number | ValueCell)[])[],
) => {
  const cells = (values: readonly (string | number | ValueCell)[], at: number, bold: boolean) => {
    values.forEach((value, i) => {
      const cell = sheet.getCell(at, i + 1);
      if (typeof value === 'object') {
        // Nothing reported stays an empty cell, not an empty text: a formula over the column skips it.
        cell.value = typeof value.value === 'number' ? value.value : value.text || null;
        if (typeof value.value === 'number') cell.numFmt = numberFormat(value);
      } else cell.value = value;
      cell.font = { name: font, size: 12, bold };
      cell.border = boxed;
      cell.alignment = {
        horizontal: bold || i === 0 ? 'center' : typeof cell.value === 'number' ? 'right' : 'left',
        vertical: 'middle',
        wrapText: true,
      };
    });
  };
  cells(header, row, true);
  rows.forEach((values, i) => cells(values, row + 1 + i, false));
  return row + 1 + rows.length;
};

const annexSheet = (
  workbook: ExcelJS.Workbook,
  name: string,
  report: ConsolidatedReportInput,
  text: { title: string; note?: string; before?: string },
  widths: readonly number[],
  header: readonly string[],
  rows: readonly (readonly (string | number | ValueCell)[])[],
) => {
  const sheet = workbook.addWorksheet(name);
  setUp(sheet, widths);
  head(sheet, report, widths.length);
  title(sheet, 5, widths.length, text.title, { bold: true, size: 14 });
  title(sheet, 6, widths.length, report.annexCaption, { italic: true });
  let row = 8;
  if (text.before) title(sheet, row++, widths.length, text.before, { italic: true, align: 'left' });
  if (rows.length) row = table(sheet, row, header, rows) + 1;
  if (text.note) title(sheet, row, widths.length, text.note, { italic: true, align: 'left' });
  sheet.views = [{ state: 'frozen', ySplit: rows.length ? (text.before ? 9 : 8) : 0 }];
  return sheet;
};

const narrativeSheet = (workbook: ExcelJS.Workbook, report: ConsolidatedReportInput) => {
  const sheet = workbook.addWorksheet('Báo cáo');
  setUp(sheet, [20, 20, 20, 20, 20, 20]);
  sheet.pageSetup.orientation = 'portrait';
  head(sheet, report, 6);
  title(sheet, 5, 6, report.title, { bold: true, size: 14 });
  title(sheet, 6, 6, report.subtitle, { bold: true, size: 14 });
  let row = 8;
  const line = (text: string, style: Style) => {
    title(sheet, row, 6, text, { align: 'left', ...style });
    // A wrapped merged cell does not grow by itself: give it the lines the text needs.
    sheet.getRow(row).height = Math.max(18, Math.ceil(text.length / 95) * 18);
    row += 1;
  };
  for (const section of report.sections) {
    line(section.title, { bold: true, size: 14 });
    if (section.lead) line(section.lead, {});
    if (!section.units.length) line(noUnitText, { italic: true });
    for (const unit of section.units) {
      line(unit.name, { bold: true, italic: true });
      for (const entry of unit.texts)
        line(report.kind === 'year' ? entry.text : `Năm ${entry.year}: ${entry.text}`, {});
    }
  }
};

export const renderConsolidatedXlsx = async (report: ConsolidatedReportInput): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = report.issuingBody.name;
  workbook.title = `${report.title} ${report.subtitle}`;
  narrativeSheet(workbook, report);
  const { targets, tasks, units } = report;
  annexSheet(
    workbook,
    'Phụ lục 1 - Chỉ tiêu',
    report,
    { title: targets.title, ...(targets.note ? { note: targets.note } : {}) },
    [6, 50, 10, 16, ...targets.columns.map(() => 16), 22, 30],
    targets.header,
    targets.rows.map((r) => [r.stt, r.name, r.unit, r.target, ...r.values, r.assessment, r.lead]),
  );
  annexSheet(
    workbook,
    'Phụ lục 2 - Nhiệm vụ',
    report,
    { title: tasks.title, ...(tasks.note ? { note: tasks.note } : {}) },
    [6, 60, 30, 14, 22, 40],
    tasks.header,
    tasks.rows.map((r) => [r.stt, r.title, r.lead, r.due, r.statusText, r.evidence]),
  );
  annexSheet(
    workbook,
    'Phụ lục 3 - Đơn vị',
    report,
    {
      title: units.title,
      ...(units.dueNote ? { before: units.dueNote } : {}),
      ...(units.note ? { note: units.note } : {}),
    },
    report.kind === 'year' ? [6, 50, 20, 20] : [6, 45, ...units.years.map(() => 22)],
    units.header,
    units.rows.map((r) => [r.stt, r.name, ...r.cells.slice(2)]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
