/**
 * The one table's shape, shared by the CDK stack and the local runtime so they cannot drift.
 * docs/data-model.md explains each access pattern.
 */
export const tableKeys = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Lists: all plans, all departments, a department's indicators, flags by status. */
  gsi1: { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  /** An indicator with its actuals, without knowing its plan. */
  gsi2: { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
  /** A department's flags by status (GSI1 and GSI2 list all flags and a plan's). */
  gsi3: { name: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' },
  /** Seconds since the epoch after which DynamoDB may delete the item (idempotency records). */
  ttlAttribute: 'expiresAt',
} as const;
