import type { Operation } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import type { importsRoutes } from '#shared/http/routes/imports.ts';
import { writeCsv, type ExportLocale } from '#shared/imports/csv-write.ts';

/**
 * GET /plans/{planId}/actuals.csv: the plan's reported actuals in the import's own format. Demo
 * figures (`illustrative`) are left out: they were never reported, and must not come back as if they were.
 */
export const exportActuals: Operation<typeof importsRoutes.exportActuals> = async ({ params, query, store }) => {
  const dossier = await store.getPlanDossier(params.planId);
  if (!dossier) throw new HttpProblem(404, `Kế hoạch / plan '${params.planId}' không tồn tại / does not exist`);
  const locale: ExportLocale = query.locale ?? 'en';
  return {
    status: 200,
    body: writeCsv(
      dossier.actuals.filter((a) => !a.illustrative),
      locale,
    ),
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${params.planId}-actuals${locale === 'vi' ? '-vi' : ''}.csv"`,
    },
  };
};
