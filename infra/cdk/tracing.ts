import { Aspects, Validations, type IAspect, type Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';

const xrayActions = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'];

/** Lambda's own X-Ray grant (what Tracing.ACTIVE adds) takes no resource narrower than *: acknowledged on the role. */
export const acknowledgeTracing = (role: iam.IRole): void => {
  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'Active X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions, so the grant is on *.',
  });
};

/**
 * Our functions set `tracing: Tracing.ACTIVE` themselves (infra/cdk/functions.ts, flag-job.ts); this
 * aspect gives the same to any other function of the stack — aws-cdk-lib's own, such as the
 * dashboard's BucketDeployment copy function — so every function is traced, with the grant it needs.
 */
class ActiveTracing implements IAspect {
  visit(node: IConstruct): void {
    if (!(node instanceof lambda.Function)) return;
    const cfn = node.node.defaultChild as lambda.CfnFunction;
    if (cfn.tracingConfig) return;
    cfn.tracingConfig = { mode: lambda.Tracing.ACTIVE };
    node.addToRolePolicy(new iam.PolicyStatement({ actions: xrayActions, resources: ['*'] }));
    if (node.role) acknowledgeTracing(node.role);
  }
}

export const traceEveryFunction = (stack: Stack): void => {
  Aspects.of(stack).add(new ActiveTracing());
};
