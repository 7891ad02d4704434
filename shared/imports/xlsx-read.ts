import ExcelJS from 'exceljs';
import { RuleViolation, type FieldIssue } from '#shared/domain/errors.ts';
import { actualColumns, columnsOf } from './csv-read.ts';
import { formatDecimal, type NumberStyle } from './numbers.ts';
import { maxImportRows, type ImportColumn, type RowFormat, type SourceRow } from './rows.ts';
import { fieldOfHeader, referenceColumns } from './xlsx-columns.ts';
import { inflateWithin } from './zip-bounds.ts';

/**
 * What a workbook may unpack to. The template of 10,000 indicators with notes of a few hundred
 * characters unpacks to well under this; the cap is what keeps the import function's memory bounded
 * whatever the upload (docs/imports.md, ".xlsx").
 */
export const xlsxLimits = { maxUncompressedBytes: 24 * 1024 * 1024, maxEntries: 200 };

/** Text cells hold numbers as a Vietnamese clerk types them: decimal comma, thousands points (numbers.ts). */
const textStyle: NumberStyle = 'comma-decimal';

export interface XlsxRows {
  format: Extract<RowFormat, { kind: 'xlsx' }>;
  rows: SourceRow[];
  errors: FieldIssue[];
}

const rowElement = /<(?:\w+:)?row[\s>/]/g;

/** Rows as the sheets' XML has them, counted before any workbook is built: the limit holds for any upload. */
const countRows = (parts: Map<string, Buffer>) => {
  let rows = 0;
  for (const [name, content] of parts)
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) rows += content.toString('latin1').match(rowElement)?.length ?? 0;
  return rows;
};

type Cell = { text: string } | { problem: string; problemVi: string };

/** A cell as the text a CSV cell would hold: numbers in the text style, formulas by their computed result. */
const cellText = (value: ExcelJS.CellValue): Cell => {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return { text: formatDecimal(value, textStyle) };
  if (typeof value === 'string') return { text: value.normalize('NFC') };
  if (typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date)
    return { problem: 'a date, where a number or text is expected', problemVi: 'ô chứa ngày tháng, cần số hoặc chữ' };
  if ('error' in value)
    return { problem: `the cell holds the error ${value.error}`, problemVi: `ô báo lỗi ${value.error}` };
  if ('richText' in value)
    return {
      text: value.richText
        .map((r) => r.text)
        .join('')
        .normalize('NFC'),
    };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined)
      return {
        problem: 'a formula without a computed value: type the value itself',
        problemVi: 'công thức chưa có kết quả: hãy nhập giá trị',
      };
    return cellText(result as ExcelJS.CellValue);
  }
  if ('text' in value) return { text: String(value.text).normalize('NFC') };
  return { problem: 'a cell of a kind that holds no value', problemVi: 'ô không chứa giá trị' };
};

const letter = (column: number) => {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

/**
 * A workbook import as rows of the same shape the CSV reader produces (csv-read.ts), so that every
 * rule after this point is the same: the first worksheet, its first row naming the columns by their
 * bracketed field names (the template's reference columns ignored), each further row a row. A row
 * with no value, status or note is one the unit left empty and is skipped. The archive is unpacked
 * within `xlsxLimits` and its rows counted before the workbook is built.
 */
export const readXlsx = async (bytes: Buffer): Promise<XlsxRows> => {
  const parts = inflateWithin(bytes, xlsxLimits);
  const counted = countRows(parts);
  if (counted > maxImportRows + 1) {
    throw new RuleViolation(
      'too-large',
      `Tối đa / at most ${maxImportRows} dòng / rows per request, nhận / got ${counted - 1}`,
      { members: { limitRows: maxImportRows } },
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new RuleViolation('unreadable', `Không đọc được tệp .xlsx / unreadable .xlsx: ${(error as Error).message}`, {
      issues: [{ in: 'body', field: '', code: 'workbook', message: 'not a readable .xlsx workbook' }],
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    throw new RuleViolation('invalid', 'Tệp không có trang tính nào / the workbook has no worksheet', {
      issues: [{ in: 'body', field: '', message: 'no worksheet' }],
    });
  const headerRow = sheet.getRow(1);
  const named: { index: number; name: string }[] = [];
  for (let i = 1; i <= headerRow.cellCount; i++) {
    const cell = cellText(headerRow.getCell(i).value);
    const name = 'text' in cell ? fieldOfHeader(cell.text) : '';
    if (name && !(referenceColumns as readonly string[]).includes(name)) named.push({ index: i, name });
  }
  const columns = columnsOf(
    named.map((c) => c.name),
    actualColumns,
  );
  const positions = columns.map((column, i) => ({ column, index: named[i]!.index }));
  const format: XlsxRows['format'] = {
    kind: 'xlsx',
    sheet: sheet.name,
    style: textStyle,
    columns: Object.fromEntries(positions.map((p) => [p.column, letter(p.index)])) as Partial<
      Record<ImportColumn, string>
    >,
  };
  const rows: SourceRow[] = [];
  const errors: FieldIssue[] = [];
  for (let line = 2; line <= sheet.rowCount; line++) {
    const sheetRow = sheet.getRow(line);
    const cells = positions.map((p) => ({ ...p, cell: cellText(sheetRow.getCell(p.index).value) }));
    const filled = cells.filter((c) => !('text' in c.cell) || c.cell.text.trim() !== '');
    if (!filled.some((c) => c.column === 'value' || c.column === 'status' || c.column === 'note')) continue;
    const source: SourceRow = { row: rows.length + 1, line, fields: {} };
    rows.push(source);
    for (const { column, index, cell } of filled) {
      if ('text' in cell) source.fields[column] = cell.text;
      else
        errors.push({
          in: 'body',
          field: column,
          row: source.row,
          line,
          sheet: sheet.name,
          cell: `${letter(index)}${line}`,
          message: cell.problem,
          messageVi: cell.problemVi,
        });
    }
  }
  return { format, rows, errors };
};
