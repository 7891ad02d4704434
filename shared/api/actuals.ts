import {
  actualIssues,
  actualWrite,
  expectedVersion as expectedVersionOf,
  mayReport,
  reporterOf,
  versionRequired,
} from '#shared/actuals/index.ts';
import { invalidFields, RuleViolation } from '#shared/domain/errors.ts';
import type { Operation } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import { countMetric } from '#shared/runtime/observability.ts';
import type { actualsRoutes } from '#shared/http/routes/actuals.ts';
import { guardValueWrites } from '#shared/reporting/write-guard.ts';
import { defaultReportStore } from '#shared/storage/default-report-store.ts';
import { VersionConflict } from '#shared/storage/errors.ts';
import { nowIso } from './changes.ts';
import { byYear, findIndicator } from './indicators.ts';

export const etag = (version: number) => `"${version}"`;

/**
 * If-Match as this API issues it: "3" or *; anything else is the client's error. If-Match compares
 * strongly (RFC 9110 §13.1.1), so a weak W/"3" never matches: 412, as any stale ETag.
 */
export const parseIfMatch = (header: string | undefined): number | '*' | null => {
  if (header === undefined || header.trim() === '') return null;
  const value = header.trim();
  if (value === '*') return '*';
  if (/^W\/"\d{1,9}"$/.test(value)) {
    throw new HttpProblem(
      412,
      'If-Match so sánh chặt; ETag yếu W/ không bao giờ khớp / If-Match uses strong comparison; a weak W/ ETag never matches',
      {
        errors: [{ in: 'header', field: 'if-match', message: 'send the ETag as issued, e.g. "3", without W/' }],
      },
    );
  }
  const match = /^"(\d{1,9})"$/.exec(value);
  if (!match) {
    throw new HttpProblem(400, 'If-Match phải là ETag đã nhận / If-Match must be an ETag this API issued, e.g. "3"', {
      errors: [{ in: 'header', field: 'if-match', message: 'expected an ETag such as "3"' }],
    });
  }
  return Number(match[1]);
};

export const listActuals: Operation<typeof actualsRoutes.listActuals> = async (request) => {
  const { actuals } = await findIndicator(request);
  return { status: 200, body: { items: byYear(actuals) } };
};

export const getActual: Operation<typeof actualsRoutes.getActual> = async (request) => {
  const { actuals } = await findIndicator(request);
  const actual = actuals.find((a) => a.year === request.params.year);
  if (!actual) throw new HttpProblem(404, `Chưa có số liệu năm / no actual for ${request.params.year}`);
  return { status: 200, body: actual, headers: { etag: etag(actual.version) } };
};

export const putActual: Operation<typeof actualsRoutes.putActual> = async (request) => {
  const { params, principal, store, headers, body } = request;
  const { indicator, actuals } = await findIndicator(request);
  if (!mayReport(principal, indicator)) {
    throw new RuleViolation(
      'forbidden',
      `Chỉ tiêu này do / this indicator belongs to '${indicator.departmentId ?? 'no department'}'`,
    );
  }
  const ifMatch = parseIfMatch(headers['if-match']);
  const plan = await store.getPlan(indicator.planId);
  if (!plan)
    throw new RuleViolation('not-found', `Kế hoạch / plan '${indicator.planId}' không tồn tại / does not exist`);
  const issues = actualIssues(indicator, plan, params.year, body.value);
  if (issues.length) throw invalidFields(issues);
  await guardValueWrites({ store, reports: defaultReportStore() }, principal, [
    { planId: plan.id, year: params.year, departmentId: indicator.departmentId },
  ]);

  const current = actuals.find((a) => a.year === params.year);
  const expectedVersion = expectedVersionOf(ifMatch, current);
  if (expectedVersion === null && current) throw versionRequired(current.version);
  const write = actualWrite(
    { indicator, year: params.year, ...body },
    { reportedBy: reporterOf(principal!), reportedAt: nowIso() },
    expectedVersion,
  );
  const { actual } = write;
  try {
    await store.putActual(write);
  } catch (error) {
    // Without If-Match the write was a create: finding a value means the client must say which one it replaces.
    if (error instanceof VersionConflict && expectedVersion === null) throw versionRequired(error.currentVersion);
    throw error;
  }
  countMetric('ActualsWritten', 1);
  return {
    status: expectedVersion === null ? 201 : 200,
    body: actual,
    headers: { etag: etag(actual.version), location: `/indicators/${indicator.id}/actuals/${actual.year}` },
  };
};

export const listHistory: Operation<typeof actualsRoutes.listHistory> = async (request) => {
  const { params, query, store } = request;
  const page = await store.listRevisions(params.indicatorId, params.year, query);
  if (page.items.length === 0 && !query.cursor) await findIndicator(request);
  return { status: 200, body: page };
};
