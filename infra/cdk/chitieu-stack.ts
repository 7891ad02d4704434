import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ChitieuAlarms } from './alarms.ts';
import { ChitieuAuth } from './auth.ts';
import { ChitieuDashboard } from './dashboard.ts';
import { FlagJob } from './flag-job.ts';
import { logRetention } from './log-groups.ts';
import { ApiFunctions } from './functions.ts';
import { ChitieuHttpApi } from './http-api.ts';
import { ChitieuTable } from './table.ts';
import { traceEveryFunction } from './tracing.ts';

export interface ChitieuStackProps extends StackProps {
  /** Browser origins of the dashboard allowed by CORS (context `dashboardOrigin`); empty: no CORS. */
  dashboardOrigins?: readonly string[];
  /** Context `stage`: `dev` adds the local dashboard to the sign-in's callback URLs (infra/cdk/auth.ts). */
  stage?: string;
  /** Context `authDomainPrefix`: the managed login's Cognito domain prefix. */
  authDomainPrefix?: string;
}

/** The metrics' namespace in CloudWatch; each function is a service of its own within it. */
export const metricsNamespace = 'chitieu';

/** Everything chitieu runs on: one table, the API functions, the HTTP API, the user pool. */
export class ChitieuStack extends Stack {
  readonly table: ChitieuTable;
  readonly auth: ChitieuAuth;
  readonly functions: ApiFunctions;
  readonly httpApi: ChitieuHttpApi;
  readonly dashboard: ChitieuDashboard;
  readonly alarms: ChitieuAlarms;

  constructor(scope: Construct, id: string, props: ChitieuStackProps = {}) {
    super(scope, id, props);
    traceEveryFunction(this);

    this.table = new ChitieuTable(this, 'Data');
    this.functions = new ApiFunctions(this, 'Functions', { table: this.table.table, metricsNamespace, logRetention });
    this.dashboard = new ChitieuDashboard(this, 'Dashboard');
    this.auth = new ChitieuAuth(this, 'Auth', {
      appOrigins: [this.dashboard.origin],
      ...(props.stage ? { stage: props.stage } : {}),
      ...(props.authDomainPrefix ? { domainPrefix: props.authDomainPrefix } : {}),
    });
    this.httpApi = new ChitieuHttpApi(this, 'Http', {
      functions: this.functions.byName,
      jwtIssuer: this.auth.issuer,
      jwtAudience: [this.auth.webClient.userPoolClientId, this.auth.client.userPoolClientId],
      corsOrigins: [...(props.dashboardOrigins ?? []), this.dashboard.origin],
      throttle: { rateLimit: 50, burstLimit: 100 },
      logRetention,
    });

    const flagJob = new FlagJob(this, 'FlagJob', {
      table: this.table.table,
      metricsNamespace,
      logRetention,
      runNow: this.functions.byName.get('api-flags-job'),
    });

    this.alarms = new ChitieuAlarms(this, 'Alarms', {
      topic: flagJob.alarmTopic,
      httpApi: this.httpApi.api,
      functions: this.functions.byName,
      flagJob: flagJob.function,
      otherFunctions: [this.auth.preTokenTrigger],
      table: this.table.table,
      flagTopic: flagJob.topic,
      metricsNamespace,
    });

    new CfnOutput(this, 'AlarmTopicArn', {
      value: flagJob.alarmTopic.topicArn,
      description: 'SNS topic of every operational alarm (docs/deploy.md)',
    });
    new CfnOutput(this, 'FlagTopicArn', {
      value: flagJob.topic.topicArn,
      description: 'SNS topic of flag notifications (docs/flags.md)',
    });
    this.dashboard.publish(this.httpApi.url);
    new CfnOutput(this, 'DashboardUrl', { value: this.dashboard.origin, description: 'The dashboard (CloudFront)' });
    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', {
      value: this.auth.client.userPoolClientId,
      description: 'App client for scripts (SRP or password sign-in)',
    });
    new CfnOutput(this, 'WebClientId', {
      value: this.auth.webClient.userPoolClientId,
      description: "The dashboard's app client (managed login, authorization code + PKCE)",
    });
    new CfnOutput(this, 'SignInDomain', {
      value: this.auth.domain.baseUrl(),
      description: 'Managed login (Cognito domain)',
    });
    new CfnOutput(this, 'TableName', { value: this.table.table.tableName });
  }
}
