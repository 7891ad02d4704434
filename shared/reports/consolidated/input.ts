import type { Actual } from '#shared/domain/actual.ts';
import type { Department } from '#shared/domain/department.ts';
import type { Indicator } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';
import type { Task, TaskReport } from '#shared/domain/task.ts';
import type { ProgressStatus } from '#shared/progress/index.ts';
import type { TaskStatus } from '#shared/tasks/status.ts';

/**
 * The consolidated report (báo cáo tổng hợp) as data: everything the .docx and .xlsx renderers print,
 * already decided, so both files say the same thing and a test can read the decisions without a file.
 */

/** The years a report covers: one year (from = to), or a mid-term or final review over several. */
export interface ReportSpan {
  from: number;
  to: number;
}

/** One year's report; a review (sơ kết) over part of the plan's period; the final review (tổng kết) over all of it. */
export type ReportKind = 'year' | 'midterm' | 'final';

/** The narrative sections of a unit's report, in the order an administrative report has them. */
export const sectionKeys = ['results', 'shortcomings', 'causes', 'directions', 'recommendations'] as const;
export type SectionKey = (typeof sectionKeys)[number];

/** How a unit's yearly report stands against its due date. */
export type Timeliness = 'on_time' | 'late' | 'missing' | 'not_due';

/** What the report reads of a unit's yearly report: the stored report record has at least these fields. */
export interface UnitReportSource {
  departmentId: string;
  year: number;
  /** Only a submitted (or accepted) report's text is printed: a draft is the unit's own business. */
  state: string;
  submittedAt?: string;
  sections: Partial<Record<SectionKey, string>>;
}

/**
 * One unit in a year's completeness answer (due date, each unit's timeliness): the fields the annex
 * prints. Absent and null mean the same, so a JSON answer that writes null fits as it is.
 */
export interface UnitTimelinessSource {
  departmentId: string;
  submittedAt?: string | null;
  timeliness: Timeliness;
}

export interface YearReportingSource {
  year: number;
  /** YYYY-MM-DD; null when the plan sets no reporting rule. */
  due: string | null;
  units: readonly UnitTimelinessSource[];
}

/** A task with its yearly reports, as far as the tasks annex needs them. */
export interface TaskSource {
  task: Pick<Task, 'id' | 'code' | 'title' | 'leadDepartmentId' | 'due'>;
  reports: Pick<TaskReport, 'year' | 'state' | 'completedOn' | 'evidence' | 'reportedAt'>[];
}

/** What the store holds that the report is built from. Tasks and unit reports may be absent: the annex says so. */
export interface ConsolidatedSources {
  plan: Plan;
  indicators: readonly Indicator[];
  actuals: readonly Actual[];
  departments: readonly Pick<Department, 'id' | 'name'>[];
  tasks?: readonly TaskSource[];
  unitReports?: readonly UnitReportSource[];
  reporting?: readonly YearReportingSource[];
}

/** A value as both files print it: the number for the spreadsheet, the words for the document. */
export interface ValueCell {
  year: number;
  value: number | boolean | null;
  /** Vietnamese: "12,5", "13.787", "đã hoàn thành", "" when nothing was reported. */
  text: string;
  /** Reported as provisional: printed "(ước)", an estimate (ước thực hiện). */
  provisional: boolean;
  illustrative: boolean;
}

export interface TargetRow {
  stt: number;
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  /** "> 95 (2030)", "Hoàn thành (2030)" */
  target: string;
  /** One per column of the annex, in its order. */
  values: ValueCell[];
  status: ProgressStatus;
  /** The status in words (shared/progress/words.ts), marked when it rests on illustrative figures. */
  assessment: string;
  lead: string;
}

export interface TaskRow {
  stt: number;
  taskId: string;
  code: string;
  title: string;
  lead: string;
  /** The year the status is judged for: the one-off task's due year, or the report's last year for recurring work. */
  year: number;
  /** dd/mm/yyyy */
  due: string;
  status: TaskStatus;
  statusText: string;
  /** "Quyết định số 123/QĐ-UBND ngày 15/06/2025", "" without evidence. */
  evidence: string;
}

export interface UnitYear {
  year: number;
  timeliness: Timeliness;
  /** "Đúng hạn", "Chậm", "Chưa báo cáo", "Chưa đến hạn" */
  text: string;
  /** dd/mm/yyyy of submission, when submitted. */
  submittedOn?: string;
}

export interface UnitRow {
  stt: number;
  departmentId: string;
  name: string;
  years: UnitYear[];
  /** The row as the annex prints it, under `units.header`. */
  cells: string[];
}

export interface ReportSection {
  key: SectionKey;
  /** "I. KẾT QUẢ THỰC HIỆN" */
  title: string;
  /** Generated from the data, before the units' own text (the results section only). */
  lead?: string;
  units: { name: string; texts: { year: number; text: string }[] }[];
}

export interface ConsolidatedReportInput {
  kind: ReportKind;
  span: ReportSpan;
  /** The date the tasks and the units' timeliness are judged on; progress is judged as of min(asOf, 31/12 of span.to). */
  asOf: string;
  progressAsOf: string;
  plan: { id: string; number: string; reference: string; title: string; area: string };
  /** As the head prints them (upper case), with the body's name as a sentence writes it. */
  issuingBody: { parent?: string; name: string; abbreviation: string; properName: string };
  /** "Nơi nhận": who receives the report. */
  recipients: string[];
  /** "(Kèm theo Báo cáo số …/BC-SLĐTBXH ngày … tháng … năm 2026 của Sở …)", under each annex's title. */
  annexCaption: string;
  /** "Số: …/BC-SLĐTBXH" */
  number: string;
  /** "Thanh Hóa, ngày … tháng … năm 2025" */
  placeAndDate: string;
  /** "BÁO CÁO" and "Kết quả thực hiện Kế hoạch số 68/KH-UBND năm 2025" */
  title: string;
  subtitle: string;
  sections: ReportSection[];
  targets: {
    title: string;
    columns: { year: number; label: string }[];
    /** STT, Chỉ tiêu, ĐVT, Mục tiêu (năm), a column per year, Đánh giá, Đơn vị chủ trì */
    header: string[];
    rows: TargetRow[];
    /** What "(ước)" means, when a value is so marked. */
    note?: string;
  };
  tasks: { title: string; header: string[]; rows: TaskRow[]; note?: string };
  units: {
    title: string;
    years: { year: number; due: string }[];
    /** "Hạn gửi báo cáo: 10/12/2025." */
    dueNote?: string;
    header: string[];
    rows: UnitRow[];
    note?: string;
  };
  /** A base name for the files: "thanh-hoa-68-kh-ubnd-2024-bao-cao-2025" */
  fileName: string;
}
