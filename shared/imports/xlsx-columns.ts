import type { ImportColumn } from './rows.ts';

/**
 * The columns of the .xlsx template, each headed in Vietnamese with its field name in brackets:
 * the reader (xlsx-read.ts) goes by the bracketed name, so a header may be retitled, reordered or
 * translated as long as the brackets stay. The reference columns (what the unit needs in front of it
 * to fill the row in) are ignored on import; the import columns are read as CSV columns are.
 */
export const referenceColumns = ['indicatorCode', 'name', 'unit', 'target', 'previousValue'] as const;
export type ReferenceColumn = (typeof referenceColumns)[number];

export type TemplateColumn = ImportColumn | ReferenceColumn;

/** The first worksheet is the one imported; its name is the one errors give. */
export const templateSheetName = 'Chỉ tiêu';

export const templateHeaders = (year: number): { field: TemplateColumn; header: string; width: number }[] => [
  { field: 'indicatorId', header: 'Mã chỉ tiêu (indicatorId)', width: 34 },
  { field: 'indicatorCode', header: 'Số hiệu (indicatorCode)', width: 12 },
  { field: 'name', header: 'Tên chỉ tiêu (name)', width: 60 },
  { field: 'unit', header: 'Đơn vị (unit)', width: 12 },
  { field: 'target', header: 'Mục tiêu (target)', width: 24 },
  { field: 'previousValue', header: `Giá trị ${year - 1} (previousValue)`, width: 16 },
  { field: 'year', header: 'Năm (year)', width: 8 },
  { field: 'value', header: `Giá trị ${year} (value)`, width: 16 },
  { field: 'status', header: 'Trạng thái (status)', width: 16 },
  { field: 'note', header: 'Ghi chú (note)', width: 50 },
];

/** "Giá trị 2025 (value)" → "value"; a header without brackets is its own name. */
export const fieldOfHeader = (header: string): string => {
  const text = header.normalize('NFC').trim();
  return (/\(([^()]*)\)\s*$/.exec(text)?.[1] ?? text).trim();
};

export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
