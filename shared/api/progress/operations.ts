import type { Indicator } from '#shared/domain/indicator.ts';
import type { Operation } from '#shared/http/api-function.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import type { progressRoutes } from '#shared/http/routes/progress.ts';
import { defaultTaskStore } from '#shared/storage/default-store.ts';
import type { Store } from '#shared/storage/port.ts';
import { findIndicator } from '../indicators.ts';
import { progressOptions } from './options.ts';
import { indicatorEntry, planGroup, planHeader, summarize } from './report.ts';
import { departmentTasksProgress, planTasksProgress } from './tasks.ts';

const planNotFound = (planId: string) =>
  new HttpProblem(404, `Kế hoạch / plan '${planId}' không tồn tại / does not exist`);

/** Two reads: the indicator with its actuals (GSI2), then its plan for the period (one GetItem). */
export const indicatorProgress: Operation<typeof progressRoutes.indicatorProgress> = async (request) => {
  const options = progressOptions(request.query);
  const { indicator, actuals, targetVersions } = await findIndicator(request);
  const plan = await request.store.getPlan(indicator.planId);
  if (!plan) throw planNotFound(indicator.planId);
  const entry = indicatorEntry(indicator, plan, actuals, { ...options, full: true }, targetVersions);
  return {
    status: 200,
    body: { asOf: options.asOf, ...entry, trajectory: entry.trajectory ?? [], plan: planHeader(plan) },
  };
};

/** One Query on the plan's partition (pages of 1 MB followed): the plan, its indicators, their actuals. */
export const planProgress: Operation<typeof progressRoutes.planProgress> = async ({ params, query, store }) => {
  const options = progressOptions(query);
  const dossier = await store.getPlanDossier(params.planId);
  if (!dossier) throw planNotFound(params.planId);
  return {
    status: 200,
    body: {
      asOf: options.asOf,
      method: options.method,
      ...planGroup(dossier.plan, dossier.indicators, dossier.actuals, options, dossier.targetVersions),
      tasks: planTasksProgress(dossier, options.asOf),
    },
  };
};

const pageSize = 200;

const allDepartmentIndicators = async (store: Store, departmentId: string): Promise<Indicator[]> => {
  const indicators: Indicator[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listDepartmentIndicators(departmentId, { limit: pageSize, ...(cursor ? { cursor } : {}) });
    indicators.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return indicators;
};

/**
 * The department (GetItem), its indicators (GSI1, pages followed) and the plans where it has tasks
 * (its task index) at once, then one dossier Query per distinct plan, concurrently. A department owns indicators in a handful of plans, so
 * this is 3 + P requests; reading each indicator's actuals instead would be 2 + N (N ≫ P), and a
 * plan's partition is small enough that reading all of it costs a few read units.
 */
export const departmentProgress: Operation<typeof progressRoutes.departmentProgress> = async ({
  params,
  query,
  store,
}) => {
  const options = progressOptions(query);
  const { departmentId } = params;
  const [department, listed, taskPlans] = await Promise.all([
    store.getDepartment(departmentId),
    allDepartmentIndicators(store, departmentId),
    defaultTaskStore().departmentTaskPlans(departmentId),
  ]);
  if (!department) throw new HttpProblem(404, `Sở/ngành / department '${departmentId}' không tồn tại / does not exist`);
  const planIds = [...new Set([...listed.map((indicator) => indicator.planId), ...taskPlans])].sort();
  const dossiers = (await Promise.all(planIds.map((planId) => store.getPlanDossier(planId)))).filter(
    (dossier) => dossier !== undefined,
  );
  const plans = dossiers
    .map((dossier) => {
      // The dossier is the later, strongly keyed read: its owner field decides if the GSI lagged a reassignment.
      const owned = dossier.indicators.filter((indicator) => indicator.departmentId === departmentId);
      return planGroup(dossier.plan, owned, dossier.actuals, options, dossier.targetVersions);
    })
    .filter((group) => group.domains.length > 0);
  const entries = plans.flatMap((group) => group.domains.flatMap((domain) => domain.indicators));
  return {
    status: 200,
    body: {
      asOf: options.asOf,
      method: options.method,
      department: {
        id: department.id,
        name: department.name,
        ...(department.nameEn ? { nameEn: department.nameEn } : {}),
        area: department.area,
        ...(department.successorIds ? { successorIds: department.successorIds } : {}),
        ...(department.validTo ? { validTo: department.validTo } : {}),
      },
      summary: summarize(entries),
      plans,
      tasks: departmentTasksProgress(dossiers, departmentId, options.asOf),
      ...(plans.some((group) => group.illustrative) ? { illustrative: true } : {}),
    },
  };
};
