import * as z from 'zod';
import { Slug } from '#shared/domain/text.ts';
import { xlsxMediaType } from '#shared/imports/xlsx-columns.ts';
import * as c from '../contracts.ts';
import { routeArea } from '../route.ts';

export const TemplateQuery = z.strictObject({
  year: c.YearParam.meta({ description: 'the year the unit reports', example: '2025' }),
  departmentId: Slug.meta({ description: 'the unit whose indicators the sheet lists', example: 'so-y-te-thanh-hoa' }),
});

/** Excel workbooks a unit fills in and uploads back to POST /imports (docs/imports.md, ".xlsx"). */
export const workbooksRoutes = routeArea({
  reportTemplate: {
    method: 'GET',
    path: '/plans/{planId}/template.xlsx',
    function: 'api-imports',
    access: 'public',
    summary: "A unit's reporting workbook for a year: one row per indicator it leads, ready to fill in and import",
    description:
      'Columns headed in Vietnamese with the import field in brackets (Mã chỉ tiêu (indicatorId), Giá trị 2025 (value), Trạng thái (status), Ghi chú (note)); ' +
      "code, name, unit, target and the previous year's value locked for reference; value, status and note empty with data validation; header row frozen. " +
      'The filled-in file is accepted by POST /imports as it is. The year must be one the plan takes values for (422 otherwise); an unknown plan or unit is a 404.',
    params: c.PlanParams,
    query: TemplateQuery,
    success: { status: 200, description: xlsxMediaType, mediaType: xlsxMediaType },
    tags: ['actuals'],
  },
});
