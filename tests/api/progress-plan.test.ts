import { beforeAll, describe, expect, it } from 'vitest';
import { PlanProgress } from '#shared/http/progress-contracts.ts';
import { countDynamoRequests } from '../support/dynamo-request-counter.ts';
import { useLocalApi } from '../support/local-api.ts';
import { progressSeeder } from '../support/progress-seed.ts';

const dynamo = countDynamoRequests();
const api = useLocalApi();

/**
 * One plan, two domains, one indicator per status worth telling apart (as of 2026):
 * health  II.2.3 at_risk (ratio 0.7), II.2.9 pending milestone, II.2.10 achieved;
 * education III.1 no_data, III.2 off_track on an illustrative figure (no change from baseline).
 */
beforeAll(async () => {
  const s = progressSeeder(api);
  await s.department('so-y-te');
  await s.plan('pp-plan');
  await s.indicator('pp-plan', 'pp-bhyt', { code: 'II.2.3', baseline: { year: 2023, value: 90 } });
  await s.milestone('pp-plan', 'pp-malaria', { code: 'II.2.9' });
  await s.indicator('pp-plan', 'pp-beds', {
    code: 'II.2.10',
    unit: 'giường',
    target: { comparator: '>=', value: 30, year: 2030 },
    baseline: { year: 2023, value: 20 },
  });
  await s.indicator('pp-plan', 'pp-school', {
    code: 'III.1',
    domain: 'education',
    target: { comparator: '>=', value: 100, year: 2030 },
    baseline: { year: 2023, value: 80 },
  });
  await s.indicator('pp-plan', 'pp-teachers', {
    code: 'III.2',
    domain: 'education',
    target: { comparator: '>=', value: 85, year: 2030 },
    baseline: { year: 2023, value: 50 },
  });
  await s.actual('pp-bhyt', 2026, 91.5);
  await s.actual('pp-malaria', 2025, false);
  await s.actual('pp-beds', 2025, 30);
  await s.illustrative('pp-plan', 'pp-teachers', 2026, 50);
});

const idsOf = (group: { indicators: { indicatorId: string }[] }) => group.indicators.map((entry) => entry.indicatorId);

describe('GET /plans/{planId}/progress', () => {
  it('summarises every status and groups indicators by domain, in code order', async () => {
    const response = await api.call('GET', '/plans/pp-plan/progress?asOf=2026');
    expect(response.status).toBe(200);
    const body = response.body;
    expect(PlanProgress.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      asOf: '2026-12-31',
      method: 'linear-trajectory',
      plan: {
        id: 'pp-plan',
        number: '68/KH-UBND',
        title: expect.any(String),
        period: { startYear: 2024, endYear: 2030 },
        reporting: { deadline: '12-10' },
      },
    });
    expect(body.summary).toEqual({
      achieved: 1,
      on_track: 0,
      at_risk: 1,
      off_track: 1,
      missed: 0,
      pending: 1,
      no_data: 1,
      insufficient_data: 0,
    });
    expect(body.domains.map((d: { domain: string }) => d.domain)).toEqual(['health', 'education']);
    const [health, education] = body.domains;
    expect(idsOf(health)).toEqual(['pp-bhyt', 'pp-malaria', 'pp-beds']);
    expect(health.indicators.map((e: { status: string }) => e.status)).toEqual(['at_risk', 'pending', 'achieved']);
    expect(health.summary).toMatchObject({ at_risk: 1, pending: 1, achieved: 1, no_data: 0 });
    expect(idsOf(education)).toEqual(['pp-school', 'pp-teachers']);
    expect(education.summary).toMatchObject({ no_data: 1, off_track: 1 });
    const bhyt = health.indicators[0];
    expect(bhyt).toMatchObject({
      code: 'II.2.3',
      unit: '%',
      latest: { year: 2026, value: 91.5 },
      start: { year: 2023, value: 90 },
      explanation: { en: expect.stringMatching(/^At risk/) },
    });
    expect(bhyt.ratio).toBeCloseTo(0.7, 10);
  });

  it('trajectories only with detail=full', async () => {
    const summary = await api.call('GET', '/plans/pp-plan/progress?asOf=2026-12-31');
    const entries = summary.body.domains.flatMap((d: { indicators: unknown[] }) => d.indicators);
    expect(entries).toHaveLength(5);
    for (const entry of entries) expect(entry).not.toHaveProperty('trajectory');

    const full = await api.call('GET', '/plans/pp-plan/progress?asOf=2026-12-31&detail=full');
    expect(full.status).toBe(200);
    const bhyt = full.body.domains[0].indicators[0];
    expect(bhyt.trajectory.map((p: { year: number }) => p.year)).toEqual([
      2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
    for (const entry of full.body.domains.flatMap((d: { indicators: unknown[] }) => d.indicators))
      expect(entry).toHaveProperty('trajectory');

    expect((await api.call('GET', '/plans/pp-plan/progress?detail=all')).status).toBe(422);
  });

  it('illustrative figures stay marked: on the actual, the entry, the plan answer and the indicator answer', async () => {
    const plan = await api.call('GET', '/plans/pp-plan/progress?asOf=2026');
    expect(plan.body.illustrative).toBe(true);
    const teachers = plan.body.domains[1].indicators[1];
    expect(teachers).toMatchObject({
      indicatorId: 'pp-teachers',
      status: 'off_track',
      illustrative: true,
      actuals: [{ year: 2026, value: 50, illustrative: true }],
    });
    const reported = plan.body.domains[0].indicators[0];
    expect(reported.illustrative).toBeUndefined();
    expect(reported.actuals[0].illustrative).toBeUndefined();

    const single = await api.call('GET', '/indicators/pp-teachers/progress?asOf=2026');
    expect(single.status).toBe(200);
    expect(single.body).toMatchObject({ illustrative: true, actuals: [{ year: 2026, illustrative: true }] });
  });

  it('?method=un-cagr is passed to every numeric level indicator; cumulative and milestones keep linear-trajectory', async () => {
    const response = await api.call('GET', '/plans/pp-plan/progress?asOf=2026&method=un-cagr');
    expect(response.status).toBe(200);
    expect(response.body.method).toBe('un-cagr');
    const byId = Object.fromEntries(
      response.body.domains
        .flatMap((d: { indicators: { indicatorId: string }[] }) => d.indicators)
        .map((e: { indicatorId: string }) => [e.indicatorId, e]),
    );
    expect(byId['pp-bhyt'].method).toBe('un-cagr');
    expect(byId['pp-malaria'].method).toBe('linear-trajectory');
  });

  it('is ONE DynamoDB request (a Query on the plan partition); 404 and 422 cost one and none', async () => {
    dynamo.reset();
    const response = await api.call('GET', '/plans/pp-plan/progress?asOf=2026&detail=full');
    expect(response.status).toBe(200);
    expect(dynamo.seen).toEqual(['Query']);

    dynamo.reset();
    const missing = await api.call('GET', '/plans/khong-co/progress');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(dynamo.seen).toEqual(['Query']);

    dynamo.reset();
    const badMethod = await api.call('GET', '/plans/pp-plan/progress?method=sdg');
    expect(badMethod.status).toBe(422);
    expect(badMethod.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'method' })]);
    expect(dynamo.seen).toEqual([]);
  });

  it('is in the OpenAPI document with its schemas and the method names', async () => {
    const document = (await api.call('GET', '/openapi.json')).body;
    const operation = document.paths['/plans/{planId}/progress'].get;
    expect(operation.responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/PlanProgress',
    );
    const method = operation.parameters.find((p: { name: string }) => p.name === 'method');
    expect(method.schema.enum).toEqual(expect.arrayContaining(['linear-trajectory', 'un-cagr', 'un-extrapolation']));
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'PlanProgress',
        'DepartmentProgress',
        'IndicatorProgressReport',
        'IndicatorProgressEntry',
        'ProgressSummary',
        'DomainProgress',
      ]),
    );
  });
});
