import * as z from 'zod';
import { ReportDocumentParams, ReportDocumentQuery } from '../report-document-contracts.ts';
import { routeArea } from '../route.ts';

export const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const file = (what: string) => z.string().meta({ format: 'binary', description: what });

const description =
  'Built on request from the stored data in the layout of Nghị định 30/2020/NĐ-CP: issuing body and national motto, "Số: …/BC-…", place and date, ' +
  'the title, the narrative sections (kết quả, tồn tại hạn chế, nguyên nhân, phương hướng, kiến nghị) with the text each unit submitted under its name ' +
  '(drafts are never printed), then three annexes: the targets (STT, chỉ tiêu, ĐVT, mục tiêu (năm), the year before and the year — a review: every year of its span —, ' +
  'provisional values marked "(ước)", đánh giá = the progress status in words, đơn vị chủ trì), the tasks with status and evidence, and which units reported on time or late. ' +
  'A period outside the plan period is a 422 naming path.period. Public, as every read (docs/reporting.md).';

/** The consolidated report (báo cáo tổng hợp) as files: a year, or a mid-term or final review over a span. */
export const reportDocumentsRoutes = routeArea({
  consolidatedReportDocx: {
    method: 'GET',
    path: '/plans/{planId}/reports/{period}.docx',
    function: 'api-report-documents',
    access: 'public',
    summary:
      "A plan's consolidated report for a year (…/2025.docx) or a review over a span (…/2024-2026.docx), as Word",
    description,
    params: ReportDocumentParams,
    query: ReportDocumentQuery,
    success: { status: 200, schema: file('the report, .docx'), description: 'the report', mediaType: docxMediaType },
    tags: ['progress'],
  },
  consolidatedReportXlsx: {
    method: 'GET',
    path: '/plans/{planId}/reports/{period}.xlsx',
    function: 'api-report-documents',
    access: 'public',
    summary:
      "A plan's consolidated report for a year or a span, as an Excel workbook (the narrative, then one sheet per annex)",
    description,
    params: ReportDocumentParams,
    query: ReportDocumentQuery,
    success: {
      status: 200,
      schema: file('the workbook, .xlsx'),
      description: 'the workbook',
      mediaType: xlsxMediaType,
    },
    tags: ['progress'],
  },
});
