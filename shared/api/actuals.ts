import type { Actual, ActualInput } from '#shared/domain/actual.ts';
import { valueBounds, type Indicator } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';
import type { Operation } from '#shared/http/api-function.ts';
import { HttpProblem, type FieldError } from '#shared/http/problem.ts';
import { countMetric } from '#shared/runtime/observability.ts';
import { VersionConflict } from '#shared/storage/errors.ts';
import { nowIso } from './changes.ts';
import { byYear, findIndicator } from './indicators.ts';

/** How far back a plan may record history: baselines often predate the plan by several years. */
export const yearsBeforePlan = 10;

const etag = (version: number) => `"${version}"`;

/**
 * If-Match as this API issues it: "3" or *; anything else is the client's error. If-Match compares
 * strongly (RFC 9110 §13.1.1), so a weak W/"3" never matches: 412, as any stale ETag.
 */
export const parseIfMatch = (header: string | undefined): number | '*' | null => {
  if (header === undefined || header.trim() === '') return null;
  const value = header.trim();
  if (value === '*') return '*';
  if (/^W\/"\d{1,9}"$/.test(value)) {
    throw new HttpProblem(412, 'If-Match so sánh chặt; ETag yếu W/ không bao giờ khớp / If-Match uses strong comparison; a weak W/ ETag never matches', {
      errors: [{ in: 'header', field: 'if-match', message: 'send the ETag as issued, e.g. "3", without W/' }],
    });
  }
  const match = /^"(\d{1,9})"$/.exec(value);
  if (!match) {
    throw new HttpProblem(400, 'If-Match phải là ETag đã nhận / If-Match must be an ETag this API issued, e.g. "3"', {
      errors: [{ in: 'header', field: 'if-match', message: 'expected an ETag such as "3"' }],
    });
  }
  return Number(match[1]);
};

/** The checks that need the indicator and its plan: year in range, value of the right kind and bounds. */
export const actualErrors = (indicator: Indicator, plan: Pick<Plan, 'period'>, year: number, value: number | boolean): FieldError[] => {
  const errors: FieldError[] = [];
  const first = plan.period.startYear - yearsBeforePlan;
  if (year < first || year > plan.period.endYear) {
    errors.push({ in: 'path', field: 'year', message: `year must be within ${first}–${plan.period.endYear} for this plan`, messageVi: `năm phải trong khoảng ${first}–${plan.period.endYear}` });
  }
  if (indicator.kind === 'milestone') {
    if (typeof value !== 'boolean') errors.push({ in: 'body', field: 'value', pointer: '/value', message: 'a milestone value is true or false', messageVi: 'mốc chỉ nhận true hoặc false' });
  } else if (typeof value !== 'number') {
    errors.push({ in: 'body', field: 'value', pointer: '/value', message: 'a numeric indicator takes a number', messageVi: 'chỉ tiêu định lượng cần một số' });
  } else {
    const { min, max } = valueBounds(indicator);
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      errors.push({ in: 'body', field: 'value', pointer: '/value', message: `value must be within ${min ?? '-∞'}…${max ?? '∞'} ${indicator.unit}`, messageVi: `giá trị phải trong khoảng ${min ?? '-∞'}…${max ?? '∞'}` });
    }
  }
  return errors;
};

export const listActuals: Operation = async (request) => {
  const { actuals } = await findIndicator(request);
  return { status: 200, body: { items: byYear(actuals) } };
};

export const getActual: Operation = async (request) => {
  const { actuals } = await findIndicator(request);
  const actual = actuals.find((a) => a.year === request.params.year);
  if (!actual) throw new HttpProblem(404, `Chưa có số liệu năm / no actual for ${request.params.year}`);
  return { status: 200, body: actual, headers: { etag: etag(actual.version) } };
};

export const putActual: Operation = async (request) => {
  const { params, principal, store, headers } = request;
  const body = request.body as ActualInput;
  const { indicator, actuals } = await findIndicator(request);
  if (principal?.role !== 'admin' && principal?.departmentId !== indicator.departmentId) {
    throw new HttpProblem(403, `Chỉ tiêu này do / this indicator belongs to '${indicator.departmentId ?? 'no department'}'`);
  }
  const ifMatch = parseIfMatch(headers['if-match']);
  const plan = await store.getPlan(indicator.planId);
  if (!plan) throw new HttpProblem(404, `Kế hoạch / plan '${indicator.planId}' không tồn tại / does not exist`);
  const errors = actualErrors(indicator, plan, params.year, body.value);
  if (errors.length) throw new HttpProblem(422, `Sai dữ liệu ở / invalid: ${errors.map((e) => `${e.in}.${e.field}`).join(', ')}`, { errors });

  const current = actuals.find((a) => a.year === params.year);
  const expectedVersion = ifMatch === '*' ? (current?.version ?? 0) : ifMatch;
  if (expectedVersion === null && current) throw preconditionRequired(current.version);
  const actual: Actual = {
    indicatorId: indicator.id,
    year: params.year,
    value: body.value,
    status: body.status,
    ...(body.note ? { note: body.note } : {}),
    reportedBy: principal!.subject,
    reportedAt: nowIso(),
    version: (expectedVersion ?? 0) + 1,
  };
  try {
    await store.putActual({ planId: indicator.planId, actual, expectedVersion });
  } catch (error) {
    // Without If-Match the write was a create: finding a value means the client must say which one it replaces.
    if (error instanceof VersionConflict && expectedVersion === null) throw preconditionRequired(error.currentVersion);
    throw error;
  }
  countMetric('ActualsWritten', 1);
  return {
    status: expectedVersion === null ? 201 : 200,
    body: actual,
    headers: { etag: etag(actual.version), location: `/indicators/${indicator.id}/actuals/${actual.year}` },
  };
};

const preconditionRequired = (version: number | null) =>
  new HttpProblem(428, 'Năm này đã có số liệu; gửi If-Match với ETag hiện tại / a value exists; send If-Match with its ETag', {
    ...(version !== null ? { currentVersion: version, headers: { etag: etag(version) } } : {}),
  });

export const listHistory: Operation = async (request) => {
  const { params, query, store } = request;
  const page = await store.listRevisions(params.indicatorId, params.year, query);
  if (page.items.length === 0 && !query.cursor) await findIndicator(request);
  return { status: 200, body: page };
};
