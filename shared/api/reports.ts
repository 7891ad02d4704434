import { expectedVersion as expectedVersionOf, nextVersion, versionRequired } from '#shared/actuals/index.ts';
import type { Principal } from '#shared/auth/principal.ts';
import { invalidFields, RuleViolation } from '#shared/domain/errors.ts';
import type { Plan } from '#shared/domain/plan.ts';
import type { UnitReport } from '#shared/domain/report.ts';
import { provinceToday } from '#shared/flags/calendar.ts';
import type { Operation } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import type { reportsRoutes } from '#shared/http/routes/reports.ts';
import { reportCompleteness } from '#shared/reporting/completeness.ts';
import { lockedProblem, lockOf } from '#shared/reporting/lock.ts';
import { reviewOutcome, unitMayWrite } from '#shared/reporting/review.ts';
import { planTasksOf } from '#shared/reporting/plan-tasks.ts';
import { reportingUnits } from '#shared/reporting/units.ts';
import { refuseExpiredWriter } from '#shared/reporting/write-guard.ts';
import { defaultReportStore } from '#shared/storage/default-report-store.ts';
import { VersionConflict } from '#shared/storage/errors.ts';
import type { PlanDossier, Store } from '#shared/storage/port.ts';
import type { ReportRef, ReportWrite } from '#shared/storage/report-port.ts';
import { parseIfMatch } from './actuals.ts';
import { nowIso } from './changes.ts';

const etag = (version: number) => `"${version}"`;
const reportPath = (ref: ReportRef) => `/plans/${ref.planId}/reports/${ref.year}/${ref.departmentId}`;

const findDossier = async (store: Store, planId: string): Promise<PlanDossier> => {
  const dossier = await store.getPlanDossier(planId);
  if (!dossier) throw new HttpProblem(404, `Kế hoạch / plan '${planId}' không tồn tại / does not exist`);
  return dossier;
};

/** A plan's reports are for the years of its period. */
const refuseYearOutside = (plan: Plan, year: number) => {
  const { startYear, endYear } = plan.period;
  if (year < startYear || year > endYear)
    throw invalidFields([
      {
        in: 'path',
        field: 'year',
        message: `year must be within the plan period ${startYear}–${endYear}`,
        messageVi: `năm phải trong kỳ kế hoạch ${startYear}–${endYear}`,
      },
    ]);
};

const unitsOf = (dossier: PlanDossier) => reportingUnits(dossier.plan, dossier.indicators, planTasksOf(dossier).tasks);

const refuseNonUnit = (dossier: PlanDossier, departmentId: string) => {
  if (!unitsOf(dossier).includes(departmentId))
    throw invalidFields([
      {
        in: 'path',
        field: 'departmentId',
        message: `'${departmentId}' is not a reporting unit of this plan (reporting.units, or the leads of its indicators)`,
        messageVi: `'${departmentId}' không phải đơn vị báo cáo của kế hoạch này`,
      },
    ]);
};

/** The unit itself or the planning office writes a unit's report. */
const refuseNotUnit = (principal: Principal | undefined, departmentId: string) => {
  if (principal?.role === 'admin' || principal?.departmentId === departmentId) return;
  throw new RuleViolation('forbidden', `Chỉ đơn vị / only the unit '${departmentId}' (hoặc quản trị / or admin)`);
};

/** The consolidating department (reporting.toDepartmentId) or the planning office reviews. */
const refuseNotConsolidator = (principal: Principal | undefined, plan: Plan) => {
  const consolidator = plan.reporting?.toDepartmentId;
  if (principal?.role === 'admin' || (consolidator && principal?.departmentId === consolidator)) return;
  throw new RuleViolation(
    'forbidden',
    `Chỉ đơn vị tổng hợp / only the consolidating department '${consolidator ?? '–'}' (hoặc quản trị / or admin) reviews`,
  );
};

const notFound = (ref: ReportRef) =>
  new HttpProblem(
    404,
    `Chưa có báo cáo năm ${ref.year} của '${ref.departmentId}' / no ${ref.year} report of '${ref.departmentId}'`,
  );

const writeReport = async (report: UnitReport, change: ReportWrite['change'], replaces: number | null) => {
  try {
    return await defaultReportStore().putReport({ report, change, expectedVersion: replaces });
  } catch (error) {
    if (error instanceof VersionConflict && replaces === null) throw versionRequired(error.currentVersion);
    throw error;
  }
};

export const putUnitReport: Operation<typeof reportsRoutes.putUnitReport> = async (request) => {
  const { params, principal, store, headers, body } = request;
  const ifMatch = parseIfMatch(headers['if-match']);
  const dossier = await findDossier(store, params.planId);
  refuseNotUnit(principal, params.departmentId);
  await refuseExpiredWriter(store, principal);
  refuseYearOutside(dossier.plan, params.year);
  refuseNonUnit(dossier, params.departmentId);
  const current = await defaultReportStore().getReport(params);
  if (!unitMayWrite(current?.state)) throw lockedProblem([lockOf(current)!]);
  const replaces = expectedVersionOf(ifMatch, current);
  if (replaces === null && current) throw versionRequired(current.version);
  const now = nowIso();
  const submittedAt = current?.submittedAt ?? (body.state === 'submitted' ? now : undefined);
  const report: UnitReport = {
    planId: params.planId,
    year: params.year,
    departmentId: params.departmentId,
    state: body.state,
    sections: body.sections,
    ...(submittedAt ? { submittedAt } : {}),
    ...(current?.review ? { review: current.review } : {}),
    updatedBy: principal!.subject,
    updatedAt: now,
    version: nextVersion(replaces),
  };
  await writeReport(report, 'write', replaces);
  return {
    status: replaces === null ? 201 : 200,
    body: report,
    headers: { etag: etag(report.version), location: reportPath(report) },
  };
};

export const getUnitReport: Operation<typeof reportsRoutes.getUnitReport> = async ({ params }) => {
  const report = await defaultReportStore().getReport(params);
  if (!report) throw notFound(params);
  return { status: 200, body: report, headers: { etag: etag(report.version) } };
};

export const listUnitReportHistory: Operation<typeof reportsRoutes.listUnitReportHistory> = async ({
  params,
  query,
}) => {
  const reports = defaultReportStore();
  const page = await reports.listReportRevisions(params, query);
  if (page.items.length === 0 && !query.cursor && !(await reports.getReport(params))) throw notFound(params);
  return { status: 200, body: page };
};

export const reviewUnitReport: Operation<typeof reportsRoutes.reviewUnitReport> = async (request) => {
  const { params, principal, store, headers, body } = request;
  const ifMatch = parseIfMatch(headers['if-match']);
  const dossier = await findDossier(store, params.planId);
  refuseNotConsolidator(principal, dossier.plan);
  await refuseExpiredWriter(store, principal);
  const current = await defaultReportStore().getReport(params);
  if (!current) throw notFound(params);
  if (ifMatch !== null && ifMatch !== '*' && ifMatch !== current.version) throw new VersionConflict(current.version);
  const outcome = reviewOutcome(current.state, body.decision);
  if (outcome.kind === 'same') return { status: 200, body: current, headers: { etag: etag(current.version) } };
  if (outcome.kind === 'refused')
    throw new RuleViolation(
      'conflict',
      `Không thể '${body.decision}' một báo cáo đang ở trạng thái '${current.state}' / cannot ${body.decision} a ${current.state} report`,
      { members: { state: current.state } },
    );
  const now = nowIso();
  const review = {
    decision: body.decision,
    ...(body.comment ? { comment: body.comment } : {}),
    by: principal!.subject,
    at: now,
  };
  const report: UnitReport = {
    ...current,
    state: outcome.state,
    review,
    updatedBy: principal!.subject,
    updatedAt: now,
    version: nextVersion(current.version),
  };
  await writeReport(report, body.decision, current.version);
  return { status: 200, body: report, headers: { etag: etag(report.version) } };
};

export const getReportingStatus: Operation<typeof reportsRoutes.getReportingStatus> = async ({
  params,
  query,
  store,
}) => {
  const dossier = await findDossier(store, params.planId);
  refuseYearOutside(dossier.plan, params.year);
  const asOf = query.asOf ?? provinceToday();
  const completeness = reportCompleteness({
    rule: dossier.plan.reporting,
    year: params.year,
    asOf,
    units: unitsOf(dossier),
    indicators: dossier.indicators,
    actuals: dossier.actuals,
    ...planTasksOf(dossier),
    reports: (dossier.reports ?? []).filter((report) => report.year === params.year),
  });
  return { status: 200, body: { planId: params.planId, year: params.year, asOf, ...completeness } };
};
