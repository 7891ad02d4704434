import { actualYears } from '#shared/actuals/rules.ts';
import type { Operation } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import type { workbooksRoutes } from '#shared/http/routes/workbooks.ts';
import { xlsxMediaType } from '#shared/imports/xlsx-columns.ts';
import { writeTemplate } from '#shared/imports/xlsx-template.ts';

const byCode = new Intl.Collator('vi', { numeric: true });

/** GET /plans/{planId}/template.xlsx: the unit's indicators in the plan as a workbook that imports back. */
export const reportTemplate: Operation<typeof workbooksRoutes.reportTemplate> = async ({ params, query, store }) => {
  const [dossier, department] = await Promise.all([
    store.getPlanDossier(params.planId),
    store.getDepartment(query.departmentId),
  ]);
  if (!dossier) throw new HttpProblem(404, `Kế hoạch / plan '${params.planId}' không tồn tại / does not exist`);
  if (!department)
    throw new HttpProblem(404, `Đơn vị / department '${query.departmentId}' không tồn tại / does not exist`);
  const { first, last } = actualYears(dossier.plan);
  if (query.year < first || query.year > last) {
    const message = `the plan takes values for ${first}–${last}`;
    throw new HttpProblem(422, `Năm ngoài kế hoạch / year outside the plan: ${message}`, {
      errors: [{ in: 'query', field: 'year', message, messageVi: `kế hoạch nhận số liệu các năm ${first}–${last}` }],
    });
  }
  const body = await writeTemplate({
    plan: dossier.plan,
    department,
    year: query.year,
    indicators: dossier.indicators
      .filter((i) => i.departmentId === department.id)
      .sort((a, b) => byCode.compare(a.code, b.code)),
    // Demo figures were never reported: they are no "previous year's value" (as in the CSV export).
    actuals: dossier.actuals.filter((a) => !a.illustrative),
  });
  return {
    status: 200,
    body,
    headers: {
      'content-type': xlsxMediaType,
      'content-disposition': `attachment; filename="${params.planId}-${department.id}-${query.year}.xlsx"`,
    },
  };
};
