import * as z from 'zod';
import type { FieldIssue } from '#shared/domain/errors.ts';
import { TaskReportInput } from '#shared/domain/task.ts';
import { Slug, Year, text } from '#shared/domain/text.ts';
import { headerProblem, type CsvColumns } from './csv-read.ts';
import { rowError, type RowFormat, type SourceRow } from './rows.ts';

/**
 * Task reports in an import (docs/imports.md, "Task reports"): a row names its task by taskId, or by
 * planId and code, a year, and the body of PUT /tasks/{taskId}/reports/{year}. In CSV the evidence
 * takes three columns.
 */
export const taskImportColumns = [
  'taskId',
  'planId',
  'code',
  'year',
  'state',
  'completedOn',
  'note',
  'evidenceDocument',
  'evidenceDate',
  'evidenceUrl',
] as const;

/**
 * All rows of a task import are written in one transaction (two items each, DynamoDB takes 100), so
 * that it is all or nothing; a plan has a few dozen tasks, so one request covers a year of them.
 */
export const maxTaskImportRows = 50;

/** A CSV with a `state` column (or a JSON row with `state` or `taskId`) is an import of task reports. */
export const isTaskCsv = (text: string) =>
  /(^|[,;\s"])state([,;\s"]|$)/i.test(text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '');
export const isTaskRow = (row: unknown) =>
  typeof row === 'object' && row !== null && ('state' in row || 'taskId' in row);

export const taskCsvColumns: CsvColumns = {
  names: taskImportColumns,
  freeText: ['note', 'evidenceDocument'],
  required: (columns) => {
    for (const required of ['year', 'state'] as const) {
      if (!columns.includes(required))
        throw headerProblem(`column '${required}' is missing`, `thiếu cột '${required}'`, required);
    }
    if (!columns.includes('taskId') && !(columns.includes('planId') && columns.includes('code'))) {
      throw headerProblem(
        "column 'taskId' (or 'planId' and 'code') is missing",
        "thiếu cột 'taskId' (hoặc 'planId' và 'code')",
        'taskId',
      );
    }
  },
};

export type TaskReference = { taskId: string } | { planId: string; code: string };

/** A row whose shape is right; what is left to check needs the task (year, lead, current report). */
export interface ShapedTaskRow {
  row: number;
  line?: number;
  reference: TaskReference;
  year: number;
  report: TaskReportInput;
}

const TaskRowTarget = z
  .strictObject({ taskId: Slug.optional(), planId: Slug.optional(), code: text(40).optional(), year: Year })
  .superRefine((row, ctx) => {
    const byId = row.taskId !== undefined;
    const byCode = row.planId !== undefined || row.code !== undefined;
    if (byId && byCode)
      ctx.addIssue({ code: 'custom', path: ['taskId'], message: 'give taskId, or planId and code, not both' });
    else if (!byId && !byCode)
      ctx.addIssue({ code: 'custom', path: ['taskId'], message: 'taskId (or planId and code) is required' });
    else if (byCode && (row.planId === undefined || row.code === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [row.planId === undefined ? 'planId' : 'code'],
        message: 'planId and code go together',
      });
  });

/** CSV cells are text: the year a number, the state lower case, the evidence's three cells one object. */
const fromCsv = (fields: Record<string, unknown>, format: RowFormat, source: SourceRow, errors: FieldIssue[]) => {
  const { evidenceDocument, evidenceDate, evidenceUrl, year, state, ...rest } = fields;
  const typed: Record<string, unknown> = { ...rest };
  if (typeof year === 'string') {
    if (!/^\d{1,4}$/.test(year.trim())) {
      errors.push(
        rowError(format, source, 'year', `'${year}' is not a year such as 2024`, `'${year}' không phải là năm`),
      );
      return undefined;
    }
    typed.year = Number(year.trim());
  }
  if (typeof state === 'string') typed.state = state.trim().toLowerCase();
  for (const key of ['taskId', 'planId', 'completedOn'] as const)
    if (typeof typed[key] === 'string') typed[key] = (typed[key] as string).trim();
  if (evidenceDocument !== undefined || evidenceDate !== undefined || evidenceUrl !== undefined) {
    typed.evidence = {
      ...(evidenceDocument !== undefined ? { document: evidenceDocument } : {}),
      ...(typeof evidenceDate === 'string' ? { date: evidenceDate.trim() } : {}),
      ...(typeof evidenceUrl === 'string' ? { url: evidenceUrl.trim() } : {}),
    };
  }
  return typed;
};

/** Checks the shape of every row with the PUT body's own schema; returns the good rows and an error per bad field. */
export const shapeTaskRows = (
  format: RowFormat,
  rows: SourceRow[],
): { shaped: ShapedTaskRow[]; errors: FieldIssue[] } => {
  const shaped: ShapedTaskRow[] = [];
  const errors: FieldIssue[] = [];
  for (const source of rows) {
    const fields = format.kind === 'csv' ? fromCsv(source.fields, format, source, errors) : source.fields;
    if (!fields) continue;
    const { taskId, planId, code, year, ...body } = fields;
    const target = TaskRowTarget.safeParse({ taskId, planId, code, year });
    const report = TaskReportInput.safeParse(body);
    const issues = [...(target.error?.issues ?? []), ...(report.error?.issues ?? [])];
    for (const issue of issues) {
      const path =
        issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
      errors.push(rowError(format, source, path.map(String).join('.'), issue.message));
    }
    if (!target.success || !report.success) continue;
    const t = target.data;
    shaped.push({
      row: source.row,
      ...(source.line !== undefined ? { line: source.line } : {}),
      reference: t.taskId !== undefined ? { taskId: t.taskId } : { planId: t.planId!, code: t.code! },
      year: t.year,
      report: report.data,
    });
  }
  return { shaped, errors };
};
