import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ChitieuStack } from './chitieu-stack.ts';

export const stackName = 'Chitieu';

/** `-c dashboardOrigin=https://a.example,https://b.example` (or a JSON list in cdk.json); default none. */
export const dashboardOrigins = (value: unknown): string[] => {
  if (value === undefined || value === null || value === '') return [];
  const list = Array.isArray(value) ? value : String(value).split(',');
  return list.map((origin) => String(origin).trim()).filter(Boolean);
};

/** `-c stage=dev`, `-c authDomainPrefix=so-kh-thanh-hoa`: present only when given. */
const contextString = <K extends string>(app: App, key: K): Partial<Record<K, string>> => {
  const value = app.node.tryGetContext(key) as unknown;
  return typeof value === 'string' && value ? ({ [key]: value } as Record<K, string>) : {};
};

/**
 * The app as `cdk synth` builds it: the stack plus cdk-nag's AWS Solutions pack as a validation plugin,
 * so an unacknowledged finding fails synthesis (tests build the very same app).
 */
export const buildApp = (props: AppProps = {}) => {
  const app = new App(props);
  const stack = new ChitieuStack(app, stackName, {
    description: 'chitieu: indicator-tracking API (HTTP API, Lambda, DynamoDB, Cognito)',
    dashboardOrigins: dashboardOrigins(app.node.tryGetContext('dashboardOrigin')),
    ...contextString(app, 'stage'),
    ...contextString(app, 'authDomainPrefix'),
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
};
