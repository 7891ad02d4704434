import ExcelJS from 'exceljs';
import type { Actual } from '#shared/domain/actual.ts';
import type { Department } from '#shared/domain/department.ts';
import { valueBounds, type Indicator } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';
import { maxStorableMagnitude as maxStorable } from '#shared/domain/number.ts';
import { formatTarget } from '#shared/progress/format.ts';
import { templateHeaders, templateSheetName, type TemplateColumn } from './xlsx-columns.ts';

export interface TemplateInput {
  plan: Plan;
  department: Department;
  year: number;
  /** The unit's indicators in the plan, in the plan's order. */
  indicators: Indicator[];
  /** The plan's reported actuals (the previous year's are shown). */
  actuals: Actual[];
}

/** The cells a unit fills in; everything else is locked, so the sheet cannot lose the ids it imports by. */
const editable: ReadonlySet<TemplateColumn> = new Set(['value', 'status', 'note']);

const yesNo = (value: boolean) => (value ? 'có' : 'không');

const targetText = (indicator: Indicator) =>
  typeof indicator.target.value === 'boolean'
    ? `${yesNo(indicator.target.value)} (${indicator.target.year})`
    : `${formatTarget(indicator.target.comparator, indicator.target.value, indicator.unit, 'vi')} (${indicator.target.year})`;

const valueValidation = (indicator: Indicator): ExcelJS.DataValidation => {
  if (indicator.kind === 'milestone') {
    return {
      type: 'list',
      formulae: ['"có,không"'],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: 'Có hoặc không / yes or no',
      error: 'Chọn "có" hoặc "không" / choose "có" or "không"',
    };
  }
  const { min = -maxStorable, max = maxStorable } = valueBounds(indicator);
  return {
    type: 'decimal',
    operator: 'between',
    formulae: [min, max],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: 'Cần một số / a number is required',
    error: `Một số từ ${min} đến ${max} / a number from ${min} to ${max}`,
  };
};

const statusValidation: ExcelJS.DataValidation = {
  type: 'list',
  formulae: ['"provisional,final"'],
  allowBlank: true,
  showErrorMessage: true,
  showInputMessage: true,
  promptTitle: 'Trạng thái / status',
  prompt: 'provisional = sơ bộ, final = chính thức (để trống: final)',
  errorTitle: 'Trạng thái / status',
  error: 'provisional (sơ bộ) hoặc / or final (chính thức)',
};

const noteValidation: ExcelJS.DataValidation = {
  type: 'textLength',
  operator: 'lessThanOrEqual',
  formulae: [2000],
  allowBlank: true,
  showErrorMessage: true,
  error: 'Tối đa 2000 ký tự / at most 2000 characters',
};

/**
 * The unit's reporting workbook for a year: one row per indicator it leads, with what it needs to
 * fill the row in (code, name, unit, target, last year's value) locked, and the year's value, status
 * and note left empty, each with the validation the import applies. The headers carry the import's
 * field names in brackets, so the filled-in file imports back as it is (docs/imports.md).
 */
export const writeTemplate = async (input: TemplateInput): Promise<Buffer> => {
  const { plan, department, year, indicators, actuals } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'chitieu';
  workbook.title = `${plan.number} — ${department.name} — ${year}`;
  const sheet = workbook.addWorksheet(templateSheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = templateHeaders(year);
  sheet.columns = headers.map(({ field, header, width }) => ({ key: field, header, width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };

  const previous = new Map(actuals.filter((a) => a.year === year - 1).map((a) => [a.indicatorId, a.value]));
  for (const indicator of indicators) {
    const last = previous.get(indicator.id);
    const row = sheet.addRow({
      indicatorId: indicator.id,
      indicatorCode: indicator.code,
      name: indicator.name.vi,
      unit: indicator.unit,
      target: targetText(indicator),
      previousValue: typeof last === 'boolean' ? yesNo(last) : last,
      year,
    });
    headers.forEach(({ field }, i) => {
      const cell = row.getCell(i + 1);
      cell.protection = { locked: !editable.has(field) };
      if (field === 'value') cell.dataValidation = valueValidation(indicator);
      if (field === 'status') cell.dataValidation = statusValidation;
      if (field === 'note') cell.dataValidation = noteValidation;
    });
  }
  // No password: the lock keeps a clerk from overwriting an id by mistake; the server checks ownership.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    sort: false,
    insertRows: false,
    deleteRows: false,
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
