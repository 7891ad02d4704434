import { Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * Exactly these DynamoDB actions on the one table and its indexes (infra/cdk/table-access.ts says
 * which), instead of grantReadData / grantReadWriteData, which add Scan, BatchWriteItem, DeleteItem
 * and the stream reads to every function that reads or writes at all.
 */
export const grantTableActions = (role: iam.IRole, table: dynamodb.ITableV2, actions: readonly string[]) => {
  if (actions.length === 0) return;
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: [...actions],
      resources: [table.tableArn, `${table.tableArn}/index/*`],
    }),
  );
  const tableId = Stack.of(role).getLogicalId(table.node.defaultChild as CfnElement);
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${tableId}.Arn>/index/*]`,
    reason:
      '"<table>/index/*" lets the list queries use GSI1–GSI3; it covers only the indexes of this one table, and only the actions listed.',
  });
};
