import type { TaskReport } from '#shared/domain/task.ts';
import { csvCell, csvFile, type ExportLocale } from './csv-write.ts';
import { guardText } from './formula-guard.ts';

const exportColumns = [
  'taskId',
  'year',
  'state',
  'completedOn',
  'note',
  'evidenceDocument',
  'evidenceDate',
  'evidenceUrl',
] as const;

/**
 * A plan's task reports in the task import's own columns (shared/imports/task-rows.ts), so an export
 * imports back unchanged; `vi` is semicolon-separated with a BOM, as Excel with Vietnamese settings
 * opens it. Free text (note, document) is guarded against spreadsheet formulas as the actuals' notes are.
 */
export const writeTaskCsv = (reports: readonly TaskReport[], locale: ExportLocale): string => {
  const delimiter = locale === 'vi' ? ';' : ',';
  const cell = csvCell(delimiter);
  const free = (text: string | undefined) => (text === undefined ? '' : cell(guardText(text)));
  const sorted = [...reports].sort((a, b) => (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : a.year - b.year));
  const lines = [
    exportColumns.join(delimiter),
    ...sorted.map((r) =>
      [
        r.taskId,
        String(r.year),
        r.state,
        r.completedOn ?? '',
        free(r.note),
        free(r.evidence?.document),
        r.evidence?.date ?? '',
        r.evidence?.url ? cell(r.evidence.url) : '',
      ].join(delimiter),
    ),
  ];
  return csvFile(lines, locale);
};
