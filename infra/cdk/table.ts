import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { tableKeys } from '#shared/storage/dynamodb/table.ts';

const string = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });

/**
 * The one DynamoDB table, shaped by `tableKeys` (shared with the local runtime so they cannot drift).
 * TableV2 (AWS::DynamoDB::GlobalTable with a single replica): the current CDK recommendation, and
 * replicas can be added later without replacing the table.
 */
export class ChitieuTable extends Construct {
  readonly table: dynamodb.TableV2;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new dynamodb.TableV2(this, 'Table', {
      partitionKey: string(tableKeys.partitionKey),
      sortKey: string(tableKeys.sortKey),
      globalSecondaryIndexes: [tableKeys.gsi1, tableKeys.gsi2, tableKeys.gsi3].map((gsi) => ({
        indexName: gsi.name,
        partitionKey: string(gsi.partitionKey),
        sortKey: string(gsi.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      })),
      timeToLiveAttribute: tableKeys.ttlAttribute,
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: dynamodb.TableEncryptionV2.awsManagedKey(),
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
