import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDurationShare } from '../../infra/cdk/alarms.ts';
import { buildApp } from '../../infra/cdk/chitieu-app.ts';
import { functionSize } from '../../infra/cdk/function-sizing.ts';
import { readActions, tableActions } from '../../infra/cdk/table-access.ts';
import { functionNames, routes, type FunctionName } from '../../shared/http/route-table.ts';

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string };

// The app exactly as `cdk synth` builds it, cdk-nag included: synthesis throws on an unacknowledged finding.
let resources: Record<string, Resource>;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

const functionId = (description: string) => {
  const found = ofType('AWS::Lambda::Function').filter(([, r]) => r.Properties.Description === description);
  expect(found, description).toHaveLength(1);
  return found[0]![0];
};

/** Every dynamodb:* action the role of a function may use, from every policy attached to it. */
const dynamoActionsOf = (description: string): string[] => {
  const roleId = resources[functionId(description)]!.Properties.Role['Fn::GetAtt'][0];
  return ofType('AWS::IAM::Policy')
    .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement)
    .flatMap((s: any) => [s.Action].flat())
    .filter((a: string) => a.startsWith('dynamodb:'))
    .sort();
};

beforeAll(() => {
  const { stack, app } = buildApp();
  resources = Template.fromStack(stack).toJSON().Resources;
  app.synth();
});

describe('least privilege on the table, per function, from the route table', () => {
  it('the department-facing api-actuals may not Scan, BatchWriteItem or DeleteItem', () => {
    const actions = dynamoActionsOf('chitieu api-actuals');
    expect(actions).toContain('dynamodb:PutItem');
    for (const forbidden of ['dynamodb:Scan', 'dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:*'])
      expect(actions).not.toContain(forbidden);
  });

  it('functions serving only GET routes read only: GetItem, Query, BatchGetItem', () => {
    const readers = functionNames.filter((name: FunctionName) => {
      const served = routes.filter((r) => r.function === name);
      return served.length > 0 && served.every((r) => r.method === 'GET');
    });
    expect(readers.length).toBeGreaterThan(0);
    for (const name of readers) expect(dynamoActionsOf(`chitieu ${name}`), name).toEqual([...readActions].sort());
  });

  it('no function may Scan, BatchWriteItem or read streams; only those forgetting keys or resolving flags delete', () => {
    for (const name of [...functionNames, 'flag-job' as const]) {
      const actions = dynamoActionsOf(`chitieu ${name}`);
      expect(actions, name).toEqual([...tableActions(name)].sort());
      for (const forbidden of ['dynamodb:Scan', 'dynamodb:BatchWriteItem', 'dynamodb:GetRecords', 'dynamodb:*'])
        expect(actions, name).not.toContain(forbidden);
    }
    const deleting = [...functionNames, 'flag-job' as const].filter((name) =>
      dynamoActionsOf(`chitieu ${name}`).includes('dynamodb:DeleteItem'),
    );
    // Those serving an idempotent route (a key is forgotten after a failure) and the two that run the flag job.
    const forgetting = new Set(routes.filter((route) => route.idempotent).map((route) => route.function));
    expect(deleting.sort()).toEqual([...forgetting, 'api-flags-job', 'flag-job'].sort());
    expect(deleting).not.toContain('api-actuals');
  });
});

describe('alarms, all to one topic', () => {
  const alarms = (): Record<string, any>[] =>
    ofType('AWS::CloudWatch::Alarm').map(([id, r]) => ({ id, ...r.Properties }));
  /** The metric names an alarm watches, directly or inside its math expression. */
  const watched = (alarm: Record<string, any>): string[] =>
    alarm.MetricName
      ? [alarm.MetricName]
      : (alarm.Metrics ?? []).flatMap((m: any) => m.MetricStat?.Metric.MetricName ?? []);

  it('on API 5xx, function throttles, table throttles, failed SNS deliveries, imports near their timeout, failed plans of the flag job', () => {
    const byMetric = (name: string) => alarms().filter((a) => watched(a).includes(name));
    expect(byMetric('5xx')).toHaveLength(1);
    const throttles = byMetric('Throttles');
    // Every function of the stack is counted, ten to an alarm (a math expression takes at most ten metrics).
    const counted = throttles.map((a) => a.Metrics.filter((m: any) => m.MetricStat).length);
    expect(Math.max(...counted)).toBeLessThanOrEqual(10);
    expect(counted.reduce((a, b) => a + b, 0)).toBe(ofType('AWS::Lambda::Function').length - countHelperFunctions());
    expect(byMetric('ReadThrottleEvents')).toEqual(byMetric('WriteThrottleEvents'));
    expect(byMetric('ReadThrottleEvents')).toHaveLength(1);
    expect(byMetric('NumberOfNotificationsFailed')).toHaveLength(1);
    const duration = byMetric('Duration');
    expect(duration).toHaveLength(1);
    expect(duration[0]!.Dimensions[0].Value).toEqual({ Ref: functionId('chitieu api-imports') });
    expect(duration[0]!.Threshold).toBe(functionSize('api-imports').timeoutSeconds * 1000 * importDurationShare);
    const failedPlans = byMetric('FailedPlans');
    expect(failedPlans).toHaveLength(1);
    const services = failedPlans[0]!.Metrics.flatMap((m: any) =>
      m.MetricStat ? [m.MetricStat.Metric.Dimensions.find((d: any) => d.Name === 'service').Value] : [],
    );
    expect(services.sort()).toEqual(['api-flags-job', 'flag-job']);
    expect(failedPlans[0]!.Metrics.find((m: any) => m.MetricStat).MetricStat.Metric.Namespace).toBe('chitieu');
  });

  it('every alarm of the stack notifies the same single topic', () => {
    const targets = new Set(alarms().flatMap((a) => a.AlarmActions.map((t: unknown) => JSON.stringify(t))));
    expect(targets.size).toBe(1);
    expect(alarms().every((a) => a.AlarmActions.length === 1)).toBe(true);
  });
});

/** Functions CDK adds for its own custom resources (the dashboard's deployment, log retention): not ours. */
const countHelperFunctions = () =>
  ofType('AWS::Lambda::Function').filter(([, r]) => !String(r.Properties.Description ?? '').startsWith('chitieu '))
    .length;

describe('logs', () => {
  it('every log group is kept longer than 30 days and retained when the stack is deleted', () => {
    const groups = ofType('AWS::Logs::LogGroup');
    expect(groups.length).toBeGreaterThanOrEqual(functionNames.length + 2);
    for (const [id, group] of groups) {
      expect(group.Properties.RetentionInDays, id).toBeGreaterThan(30);
      expect(group.DeletionPolicy, id).toBe('Retain');
    }
  });
});
