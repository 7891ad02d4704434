import type { Operation, OperationRequest } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import { reportSpan } from '#shared/http/report-document-contracts.ts';
import { docxMediaType, xlsxMediaType, type reportDocumentsRoutes } from '#shared/http/routes/report-documents.ts';
import { buildConsolidatedReport } from '#shared/reports/consolidated/build.ts';
import { renderConsolidatedDocx } from '#shared/reports/consolidated/docx.ts';
import type { ConsolidatedReportInput } from '#shared/reports/consolidated/input.ts';
import { readConsolidatedSources } from '#shared/reports/consolidated/sources.ts';
import { renderConsolidatedXlsx } from '#shared/reports/consolidated/xlsx.ts';
import { asOfDate } from './progress/options.ts';

/** Both routes take the same path and query: the request as the operation reads it. */
type Request = Pick<
  OperationRequest<typeof reportDocumentsRoutes.consolidatedReportDocx>,
  'params' | 'query' | 'store'
>;

/** The report's data, after checking the period against the plan's: a span outside it is a 422 naming path.period. */
const consolidated = async ({ params, query, store }: Request): Promise<ConsolidatedReportInput> => {
  const span = reportSpan(params.period);
  const asOf = asOfDate(query.asOf);
  const sources = await readConsolidatedSources(store, params.planId, span, asOf);
  if (!sources) throw new HttpProblem(404, `Kế hoạch / plan '${params.planId}' không tồn tại / does not exist`);
  const { startYear, endYear } = sources.plan.period;
  if (span.from < startYear || span.to > endYear) {
    const message = `outside the plan period ${startYear}–${endYear}`;
    throw new HttpProblem(422, `Kỳ báo cáo ngoài thời gian của kế hoạch / period ${message}`, {
      errors: [
        { in: 'path', field: 'period', message, messageVi: `ngoài thời gian của kế hoạch ${startYear}–${endYear}` },
      ],
    });
  }
  return buildConsolidatedReport(sources, { span, asOf });
};

const attachment = (report: ConsolidatedReportInput, extension: string, mediaType: string, body: Buffer) => ({
  status: 200,
  body,
  headers: {
    'content-type': mediaType,
    'content-disposition': `attachment; filename="${report.fileName}.${extension}"`,
  },
});

export const consolidatedReportDocx: Operation<typeof reportDocumentsRoutes.consolidatedReportDocx> = async (
  request,
) => {
  const report = await consolidated(request);
  return attachment(report, 'docx', docxMediaType, await renderConsolidatedDocx(report));
};

export const consolidatedReportXlsx: Operation<typeof reportDocumentsRoutes.consolidatedReportXlsx> = async (
  request,
) => {
  const report = await consolidated(request);
  return attachment(report, 'xlsx', xlsxMediaType, await renderConsolidatedXlsx(report));
};
