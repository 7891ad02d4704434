import type { Principal } from '#shared/auth/principal.ts';
import { actualIssues, mayReport } from '#shared/actuals/index.ts';
import type { ActualStatus } from '#shared/domain/actual.ts';
import type { FieldIssue } from '#shared/domain/errors.ts';
import type { Indicator } from '#shared/domain/indicator.ts';
import type { Plan } from '#shared/domain/plan.ts';
import type { Store } from '#shared/storage/port.ts';
import { parseDecimal, parseYesNo } from './numbers.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';
import { pushRowError, rowError, type RowFormat, type ShapedRow } from './rows.ts';

/** Parallel reads while resolving indicators: enough to hide latency, few enough not to throttle. */
const readConcurrency = 8;

/** A row ready to write: its indicator and plan known, its value of the indicator's kind and in bounds. */
export interface CheckedRow {
  row: number;
  line?: number;
  indicator: Indicator;
  year: number;
  value: number | boolean;
  status: ActualStatus;
  note?: string;
}

export interface RowCheck {
  rows: CheckedRow[];
  /** Rows naming another department's indicator (a 403 for a department token). */
  foreign: FieldIssue[];
  errors: FieldIssue[];
}

const allPlanIndicators = async (store: Store, planId: string) => {
  const indicators: Indicator[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listPlanIndicators(planId, { limit: 200, ...(cursor ? { cursor } : {}) });
    indicators.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return indicators;
};

/** Reads each indicator and plan the rows name once, however many rows name it. */
const loadTargets = async (store: Store, rows: ShapedRow[]) => {
  const ids = [...new Set(rows.flatMap((r) => ('indicatorId' in r.reference ? [r.reference.indicatorId] : [])))];
  const codedPlans = [...new Set(rows.flatMap((r) => ('planId' in r.reference ? [r.reference.planId] : [])))];
  const found = await mapLimit(ids, readConcurrency, (id) => store.getIndicator(id));
  const indicators = new Map(found.flatMap((f) => (f ? [[f.indicator.id, f.indicator] as const] : [])));
  const planIds = [...new Set([...codedPlans, ...[...indicators.values()].map((i) => i.planId)])];
  const plans = new Map(
    (await mapLimit(planIds, readConcurrency, (id) => store.getPlan(id))).flatMap((p) =>
      p ? [[p.id, p] as const] : [],
    ),
  );
  const byCode = new Map<string, Map<string, Indicator[]>>();
  await mapLimit(
    codedPlans.filter((id) => plans.has(id)),
    readConcurrency,
    async (planId) => {
      const codes = new Map<string, Indicator[]>();
      for (const indicator of await allPlanIndicators(store, planId))
        codes.set(indicator.code, [...(codes.get(indicator.code) ?? []), indicator]);
      byCode.set(planId, codes);
    },
  );
  return { indicators, plans, byCode };
};

/**
 * Everything PUT checks, for every row, all reported at once: the indicator exists, the caller owns
 * it, the year is within the plan's range, the value is of the indicator's kind and within its bounds
 * (actualIssues, shared with PUT and the seed), and no (indicator, year) comes twice.
 */
export const checkRows = async (
  store: Store,
  principal: Principal,
  format: RowFormat,
  shaped: ShapedRow[],
): Promise<RowCheck> => {
  const { indicators, plans, byCode } = await loadTargets(store, shaped);
  const result: RowCheck = { rows: [], foreign: [], errors: [] };
  const seen = new Map<string, ShapedRow>();
  for (const row of shaped) {
    const fail = (field: string, message: string, messageVi?: string) =>
      pushRowError(result.errors, format, row, field, message, messageVi);
    let indicator: Indicator | undefined;
    if ('indicatorId' in row.reference) {
      indicator = indicators.get(row.reference.indicatorId);
      if (!indicator) {
        fail(
          'indicatorId',
          `unknown indicator '${row.reference.indicatorId}'`,
          `không có chỉ tiêu '${row.reference.indicatorId}'`,
        );
        continue;
      }
    } else {
      const { planId, code } = row.reference;
      const matches = byCode.get(planId)?.get(code) ?? [];
      if (!plans.has(planId)) fail('planId', `unknown plan '${planId}'`, `không có kế hoạch '${planId}'`);
      else if (matches.length === 0)
        fail(
          'code',
          `plan '${planId}' has no indicator '${code}'`,
          `kế hoạch '${planId}' không có chỉ tiêu mã '${code}'`,
        );
      else if (matches.length > 1)
        fail(
          'code',
          `'${code}' names ${matches.length} indicators (${matches.map((m) => m.id).join(', ')}): use indicatorId`,
        );
      else indicator = matches[0];
      if (!indicator) continue;
    }
    if (!mayReport(principal, indicator)) {
      result.foreign.push({
        ...rowError(
          format,
          row,
          'indicatorId',
          `'${indicator.id}' belongs to '${indicator.departmentId ?? 'no department'}'`,
        ),
        code: 'foreign_indicator',
      });
      continue;
    }
    const plan = plans.get(indicator.planId) as Plan;
    const value = valueOf(format, indicator, row.value);
    if (!value.ok) {
      fail('value', value.message, value.messageVi);
      continue;
    }
    const domainErrors = actualIssues(indicator, plan, row.year, value.value);
    for (const error of domainErrors) fail(error.field, error.message, error.messageVi);
    const key = `${indicator.id}#${row.year}`;
    const first = seen.get(key);
    if (first) {
      fail(
        'year',
        `${indicator.id} ${row.year} already appears in row ${first.row}${first.line ? ` (line ${first.line})` : ''}`,
        `${indicator.id} năm ${row.year} đã có ở dòng ${first.line ?? first.row}`,
      );
      continue;
    }
    seen.set(key, row);
    if (domainErrors.length) continue;
    result.rows.push({
      row: row.row,
      ...(row.line !== undefined ? { line: row.line } : {}),
      indicator,
      year: row.year,
      value: value.value,
      status: row.status,
      ...(row.note ? { note: row.note } : {}),
    });
  }
  return result;
};

/** JSON values are typed already (actualIssues checks the kind); CSV text is read by the indicator's kind. */
const valueOf = (format: RowFormat, indicator: Indicator, value: unknown) => {
  if (format.kind === 'json') return { ok: true as const, value: value as number | boolean };
  const text = String(value);
  return indicator.kind === 'milestone' ? parseYesNo(text) : parseDecimal(text, format.style);
};
