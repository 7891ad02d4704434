import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { FunctionName } from '#shared/http/route-table.ts';
import { functionSize } from './function-sizing.ts';

export interface ChitieuAlarmsProps {
  /** The one topic operators subscribe to; the flag job's own alarms notify it too. */
  topic: sns.ITopic;
  httpApi: apigw.IHttpApi;
  functions: ReadonlyMap<FunctionName, lambda.IFunction>;
  /** The scheduled flag job's function, throttled like the others. */
  flagJob: lambda.IFunction;
  /** Functions outside the route table (the sign-in's token trigger), watched for throttles too. */
  otherFunctions?: readonly lambda.IFunction[];
  table: dynamodb.ITableV2;
  flagTopic: sns.ITopic;
  /** Where the functions publish their metrics (POWERTOOLS_METRICS_NAMESPACE). */
  metricsNamespace: string;
}

const period = Duration.minutes(5);

/** An import that takes 80 % of its timeout is one busy day away from being cut off. */
export const importDurationShare = 0.8;

/** The functions that run the flag job and count the plans it could not finish (FailedPlans). */
const flagJobServices = ['flag-job', 'api-flags-job'] as const;

/**
 * What operators must hear about without reading a log, every alarm to the one topic: the API
 * answering 5xx, any function throttled, DynamoDB throttling the table, SNS failing to deliver a
 * flag notification, an import running close to its timeout, and a flag job run with failed plans.
 */
export class ChitieuAlarms extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: ChitieuAlarmsProps) {
    super(scope, id);
    const alarm = (alarmId: string, metric: cloudwatch.IMetric, threshold: number, description: string) => {
      const created = new cloudwatch.Alarm(this, alarmId, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(new actions.SnsAction(props.topic));
      this.alarms.push(created);
    };
    const sumOf = (metrics: cloudwatch.IMetric[], label: string) =>
      new cloudwatch.MathExpression({
        expression: 'SUM(METRICS())',
        usingMetrics: Object.fromEntries(metrics.map((m, i) => [`m${i}`, m])),
        label,
        period,
      });

    alarm(
      'Api5xx',
      props.httpApi.metricServerError({ period, statistic: 'Sum' }),
      1,
      'The HTTP API answered 5xx: bad input must be a 4xx, so this is a fault or an outage (see the functions’ logs).',
    );
    const everyFunction = [...props.functions.values(), props.flagJob, ...(props.otherFunctions ?? [])];
    // An alarm's math expression takes at most 10 metrics: one alarm per ten functions.
    for (let i = 0; i < everyFunction.length; i += 10) {
      alarm(
        i === 0 ? 'FunctionThrottles' : `FunctionThrottles${i / 10 + 1}`,
        sumOf(
          everyFunction.slice(i, i + 10).map((fn) => fn.metricThrottles({ period, statistic: 'Sum' })),
          'Throttles of every function',
        ),
        1,
        'A function was throttled (account or reserved concurrency reached): requests were refused with 429/503.',
      );
    }
    alarm(
      'TableThrottles',
      sumOf(
        ['ReadThrottleEvents', 'WriteThrottleEvents'].map((name) =>
          props.table.metric(name, { period, statistic: 'Sum' }),
        ),
        'Read and write throttle events of the table',
      ),
      1,
      'DynamoDB throttled requests to the table: imports and the flag job slow down or answer 503.',
    );
    alarm(
      'FlagNotificationsFailed',
      props.flagTopic.metricNumberOfNotificationsFailed({ period, statistic: 'Sum' }),
      1,
      'SNS could not deliver a flag notification to a subscriber (docs/flags.md).',
    );
    const imports = props.functions.get('api-imports');
    if (imports) {
      const timeoutMs = functionSize('api-imports').timeoutSeconds * 1000;
      alarm(
        'ImportDurationNearTimeout',
        imports.metricDuration({ period, statistic: 'Maximum' }),
        Math.round(timeoutMs * importDurationShare),
        `An import ran for ${importDurationShare * 100} % of its ${timeoutMs / 1000} s timeout: larger files will be cut off (answered 503).`,
      );
    }
    alarm(
      'FlagJobFailedPlans',
      sumOf(
        flagJobServices.map(
          (service) =>
            new cloudwatch.Metric({
              namespace: props.metricsNamespace,
              metricName: 'FailedPlans',
              dimensionsMap: { service },
              period,
              statistic: 'Sum',
            }),
        ),
        'Plans a flag job run could not finish',
      ),
      1,
      'A flag job run could not finish one or more plans (its summary lists them with the error); the other plans were done.',
    );
  }
}
