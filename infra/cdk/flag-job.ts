import { Duration, Stack, TimeZone, Validations, type CfnElement } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as eventSources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { retainedLogGroup } from './log-groups.ts';
import { functionBundling, powertoolsEnvironment } from './functions.ts';
import { functionEntry, lockFile, projectRoot } from './paths.ts';
import { tableActions } from './table-access.ts';
import { grantTableActions } from './table-grants.ts';
import { acknowledgeTracing } from './tracing.ts';

export interface FlagJobProps {
  table: dynamodb.ITableV2;
  metricsNamespace: string;
  logRetention?: logs.RetentionDays;
  /** The HTTP function behind POST /jobs/flag-lagging: it queues a run for this job's function. */
  runNow?: lambda.IFunction;
}

/** Lambda's limit; the job measures well inside it (docs/flags.md). */
const jobTimeout = Duration.minutes(15);

/** API Gateway's HTTP integration waits 30 s at most: the "run now" function may use nearly all of it. */
const runNowTimeoutSeconds = 29;

/**
 * The scheduled flag job (docs/design.md §5, docs/flags.md): its function, the SNS topic departments
 * subscribe to, an EventBridge Scheduler schedule daily at 01:00 Asia/Ho_Chi_Minh, a dead-letter
 * queue for runs that failed for good, and alarms on failures that notify an operators' topic.
 */
export class FlagJob extends Construct {
  readonly topic: sns.Topic;
  readonly alarmTopic: sns.Topic;
  readonly function: NodejsFunction;
  readonly deadLetterQueue: sqs.Queue;
  /** Runs asked for over HTTP, which the job function takes one at a time. */
  runQueue?: sqs.Queue;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: FlagJobProps) {
    super(scope, id);

    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'chitieu flags / cờ cảnh báo chỉ tiêu',
      // The AWS-managed key: encrypted at rest without a customer key to pay for or administer.
      masterKey: kms.Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns'),
      enforceSSL: true,
    });

    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', { displayName: 'chitieu alarms', enforceSSL: true });
    Validations.of(this.alarmTopic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'CloudWatch alarms cannot publish to a topic encrypted with the AWS-managed aws/sns key, and the stack has no customer key; ' +
        'the messages carry only the alarm name and state.',
    });

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue is itself the dead-letter queue (of the schedule, of the function's asynchronous invocations and of the run queue).",
    });

    const logGroup = retainedLogGroup(this, 'Logs', props.logRetention);
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'flag-job: its log group, read-write on the table, publish to the flag topic, its dead-letter queue',
    });
    logGroup.grantWrite(role);
    acknowledgeTracing(role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: functionEntry('flag-job'),
      handler: 'handler',
      projectRoot,
      depsLockFilePath: lockFile,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 1024,
      timeout: jobTimeout,
      role,
      logGroup,
      description: 'chitieu flag-job',
      tracing: lambda.Tracing.ACTIVE,
      environment: {
        TABLE_NAME: props.table.tableName,
        FLAG_TOPIC_ARN: this.topic.topicArn,
        ...powertoolsEnvironment('flag-job', props.metricsNamespace),
        NODE_OPTIONS: '--enable-source-maps',
      },
      // Asynchronous invocations (the schedule's) that still fail after two retries go to the queue.
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new destinations.SqsDestination(this.deadLetterQueue),
      bundling: functionBundling,
    });
    grantTableActions(role, props.table, tableActions('flag-job'));
    this.topic.grantPublish(this.function);

    if (props.runNow) {
      // POST /jobs/flag-lagging records the run and queues it; this function takes it from the queue with
      // its 15 minutes (shared/flags/queue-launcher.ts). A run that keeps failing ends in the dead-letter queue.
      this.runQueue = new sqs.Queue(this, 'Runs', {
        encryption: sqs.QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        // Longer than the function may run, so that a run in progress is not handed out twice.
        visibilityTimeout: jobTimeout.plus(Duration.minutes(1)),
        retentionPeriod: Duration.hours(6),
        deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 3 },
      });
      this.function.addEventSource(new eventSources.SqsEventSource(this.runQueue, { batchSize: 1 }));
      const runNow = props.runNow as lambda.Function;
      this.runQueue.grantSendMessages(runNow);
      runNow.addEnvironment('FLAG_JOB_QUEUE_URL', this.runQueue.queueUrl);
      (runNow.node.defaultChild as lambda.CfnFunction).timeout = runNowTimeoutSeconds;
    }

    // Our own role (not the stack-level one the target would make), so that its finding is reviewed here.
    const scheduleRole = new iam.Role(this, 'ScheduleRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: 'EventBridge Scheduler: invoke the flag job, send failed deliveries to its dead-letter queue',
    });
    const functionId = Stack.of(this).getLogicalId(this.function.node.defaultChild as CfnElement);
    Validations.of(scheduleRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
      reason:
        'The scheduler target grants lambda:InvokeFunction on the function and its versions ("<arn>:*"): this one function only.',
    });

    this.schedule = new scheduler.Schedule(this, 'Daily', {
      description: 'chitieu flag job, daily at 01:00 Asia/Ho_Chi_Minh',
      schedule: scheduler.ScheduleExpression.cron({ minute: '0', hour: '1', timeZone: TimeZone.ASIA_HO_CHI_MINH }),
      target: new targets.LambdaInvoke(this.function, {
        role: scheduleRole,
        input: scheduler.ScheduleTargetInput.fromObject({}),
        deadLetterQueue: this.deadLetterQueue,
        retryAttempts: 3,
        maxEventAge: Duration.hours(6),
      }),
    });

    const alarm = (id: string, metric: cloudwatch.IMetric, description: string) => {
      const created = new cloudwatch.Alarm(this, id, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(new actions.SnsAction(this.alarmTopic));
      return created;
    };
    alarm(
      'ErrorsAlarm',
      this.function.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      'The flag job failed (it is retried twice; see its log group).',
    );
    alarm(
      'DeadLettersAlarm',
      this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      'A flag job run failed for good (or could not be started): its event is in the dead-letter queue.',
    );
  }
}
