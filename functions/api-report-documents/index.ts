import { consolidatedReportDocx, consolidatedReportXlsx } from '#shared/api/report-documents.ts';
import { apiFunction } from '#shared/http/api-function.ts';
import { reportDocumentsRoutes } from '#shared/http/routes/report-documents.ts';

/** The consolidated report as .docx and .xlsx: docx and exceljs stay out of every other function's bundle. */
export const handler = apiFunction('api-report-documents', [reportDocumentsRoutes], {
  consolidatedReportDocx,
  consolidatedReportXlsx,
});
