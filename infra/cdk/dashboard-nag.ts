import { DefaultStackSynthesizer, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type { BucketDeployment } from 'aws-cdk-lib/aws-s3-deployment';
import type { IConstruct } from 'constructs';
import type { ChitieuDashboard } from './dashboard.ts';

/** cdk-nag findings the dashboard cannot avoid, each acknowledged with its reason. */

export const acknowledgeDashboardFindings = (dashboard: ChitieuDashboard): void => {
  Validations.of(dashboard.distribution).acknowledge(
    {
      id: 'AwsSolutions-CFR1',
      reason:
        'Open data for anyone (docs/design.md §2: published targets need no login); no country is to be kept out.',
    },
    {
      id: 'AwsSolutions-CFR2',
      reason:
        'Static, read-only files from a private bucket: no forms, no login, nothing for a WAF rule to protect; the API behind it has its own throttling. Add a web ACL with `webAclId` if the province requires one.',
    },
    {
      id: 'AwsSolutions-CFR4',
      reason:
        'The default *.cloudfront.net certificate, whose TLS floor CloudFront fixes; a province domain with an ACM certificate (minimumProtocolVersion TLSv1.2_2021) is a deployment choice, see docs/dashboard.md.',
    },
  );
};

/**
 * BucketDeployment's copy function is a singleton that aws-cdk-lib builds at stack level (AWS CLI
 * layer, Python runtime, its own role); its shape is not ours to change.
 */
const deploymentHandler = (dashboard: ChitieuDashboard): IConstruct | undefined =>
  Stack.of(dashboard).node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));

export const acknowledgeDeploymentFindings = (dashboard: ChitieuDashboard, _deployment: BucketDeployment): void => {
  const handler = deploymentHandler(dashboard);
  if (!handler) throw new Error('dashboard: the BucketDeployment handler was not found at stack level');
  const stack = Stack.of(dashboard);
  const siteId = stack.getLogicalId(dashboard.bucket.node.defaultChild as CfnElement);
  const qualifier =
    (dashboard.node.tryGetContext('@aws-cdk/core:bootstrapQualifier') as string | undefined) ??
    DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  const copy =
    'BucketDeployment (aws-cdk-lib) copies the built site from the CDK asset bucket into the site bucket and invalidates the CDN';
  Validations.of(handler).acknowledge(
    {
      id: 'AwsSolutions-L1',
      reason: `${copy}; its runtime is the one aws-cdk-lib pins for the AWS CLI layer, not configurable.`,
    },
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: `${copy}; it logs with the basic execution role aws-cdk-lib gives it.`,
    },
    ...['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'].map((action) => ({
      id: `AwsSolutions-IAM5[Action::${action}]`,
      reason: `${copy}: ${action} is the grantRead/grantReadWrite action group, limited to the asset bucket and the site bucket.`,
    })),
    {
      id: `AwsSolutions-IAM5[Resource::<${siteId}.Arn>/*]`,
      reason: `${copy}: it writes and prunes every object of the site bucket, and only that bucket.`,
    },
    {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-<AWS::AccountId>-<AWS::Region>/*]`,
      reason: `${copy}: it reads the site's zip from the bootstrap asset bucket.`,
    },
    {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: `${copy}: cloudfront:CreateInvalidation/GetInvalidation take no resource narrower than * in the grant aws-cdk-lib writes.`,
    },
  );
};
