import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/cdk/chitieu-app.ts';

type Resource = { Type: string; Properties: Record<string, any> };

// The app exactly as `cdk synth` builds it, cdk-nag included: synthesis throws on an unacknowledged finding.
let resources: Record<string, Resource>;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const functionId = (description: string) => {
  const found = ofType('AWS::Lambda::Function').filter(([, r]) => r.Properties.Description === description);
  expect(found, description).toHaveLength(1);
  return found[0]![0];
};
const statementsOf = (fnId: string) => {
  const roleId = resources[fnId]!.Properties.Role['Fn::GetAtt'][0];
  return ofType('AWS::IAM::Policy')
    .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
};
const actionsOf = (fnId: string) => statementsOf(fnId).flatMap((s: any) => [s.Action].flat());

let topicId: string;
let queueId: string;
let jobId: string;

beforeAll(() => {
  const { stack, app } = buildApp();
  resources = Template.fromStack(stack).toJSON().Resources;
  app.synth();
  topicId = ofType('AWS::SNS::Topic').find(([, r]) => r.Properties.KmsMasterKeyId)![0];
  queueId = ofType('AWS::SQS::Queue').find(([, r]) => !r.Properties.RedrivePolicy)![0];
  jobId = functionId('chitieu flag-job');
});

describe('the scheduled flag job', () => {
  it('runs daily at 01:00 Asia/Ho_Chi_Minh on the job function, failed deliveries to the dead-letter queue', () => {
    const schedules = ofType('AWS::Scheduler::Schedule');
    expect(schedules).toHaveLength(1);
    const { Properties: schedule } = schedules[0]![1];
    expect(schedule).toMatchObject({
      ScheduleExpression: 'cron(0 1 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Ho_Chi_Minh',
      State: 'ENABLED',
    });
    expect(schedule.Target.Arn).toEqual({ 'Fn::GetAtt': [jobId, 'Arn'] });
    expect(schedule.Target.DeadLetterConfig.Arn).toEqual({ 'Fn::GetAtt': [queueId, 'Arn'] });
  });

  it('is a 15-minute function that publishes to the topic, with read-write table access, failures to the queue', () => {
    const fn = resources[jobId]!.Properties;
    expect(fn.Timeout).toBe(900);
    expect(fn.Runtime).toBe('nodejs24.x');
    expect(fn.Environment.Variables).toMatchObject({
      FLAG_TOPIC_ARN: { Ref: topicId },
      TABLE_NAME: { Ref: expect.any(String) },
    });
    expect(actionsOf(jobId)).toEqual(
      expect.arrayContaining([
        'sns:Publish',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
      ]),
    );
    const invokeConfig = ofType('AWS::Lambda::EventInvokeConfig').find(
      ([, r]) => r.Properties.FunctionName.Ref === jobId,
    )![1].Properties;
    expect(invokeConfig).toMatchObject({
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
  });

  it('dead-letter queue: encrypted, TLS only; alarms on job errors and on dead letters', () => {
    expect(resources[queueId]!.Properties.SqsManagedSseEnabled).toBe(true);
    const queuePolicy = ofType('AWS::SQS::QueuePolicy').find(([, r]) => r.Properties.Queues[0].Ref === queueId)![1];
    expect(queuePolicy.Properties.PolicyDocument.Statement[0]).toMatchObject({
      Effect: 'Deny',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
    // The flag job's own alarms; the stack's others (infra/cdk/alarms.ts) are checked in aws-protections.test.ts.
    const alarms = ofType('AWS::CloudWatch::Alarm')
      .filter(([id]) => id.startsWith('FlagJob'))
      .map(([, r]) => r.Properties);
    expect(alarms.map((a) => a.MetricName).sort()).toEqual(['ApproximateNumberOfMessagesVisible', 'Errors']);
    expect(alarms.find((a) => a.MetricName === 'Errors')!.Dimensions[0].Value).toEqual({ Ref: jobId });
    for (const alarm of alarms) expect(alarm.AlarmActions).toHaveLength(1);
  });

  it('flag topic: encrypted (aws/sns), TLS only; only the job function publishes', () => {
    expect(JSON.stringify(resources[topicId]!.Properties.KmsMasterKeyId)).toContain('alias/aws/sns');
    const runNow = functionId('chitieu api-flags-job');
    expect(resources[runNow]!.Properties.Timeout).toBe(29);
    expect(actionsOf(runNow)).not.toContain('sns:Publish');
    const read = functionId('chitieu api-flags');
    expect(actionsOf(read)).not.toContain('sns:Publish');
    expect(actionsOf(read)).not.toContain('dynamodb:PutItem');
  });

  it('"run now" queues the run for the job function: encrypted queue, one run per invocation, failures to the dead-letter queue', () => {
    const runNow = functionId('chitieu api-flags-job');
    const [runQueueId, runQueue] = ofType('AWS::SQS::Queue').find(([, r]) => r.Properties.RedrivePolicy)!;
    expect(runQueue.Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 960,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [queueId, 'Arn'] }, maxReceiveCount: 3 },
    });
    expect(resources[runNow]!.Properties.Environment.Variables.FLAG_JOB_QUEUE_URL).toEqual({ Ref: runQueueId });
    expect(actionsOf(runNow)).toContain('sqs:SendMessage');
    const mapping = ofType('AWS::Lambda::EventSourceMapping').map(([, r]) => r.Properties);
    expect(mapping).toEqual([
      expect.objectContaining({
        FunctionName: { Ref: jobId },
        EventSourceArn: { 'Fn::GetAtt': [runQueueId, 'Arn'] },
        BatchSize: 1,
      }),
    ]);
  });
});
