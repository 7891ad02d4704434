import { RemovalPolicy } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/**
 * How long the logs of every function and of the HTTP API are kept: a quarter, longer than the 30 days
 * in which a department's question about a rejected import or a missed notification usually comes.
 */
export const logRetention = logs.RetentionDays.THREE_MONTHS;

/**
 * A log group of the stack. Retained when the stack (or the group) is deleted: the record of who
 * wrote what and of every failure outlives a teardown or a replacement, until its retention ends.
 */
export const retainedLogGroup = (scope: Construct, id: string, retention: logs.RetentionDays = logRetention) =>
  new logs.LogGroup(scope, id, { retention, removalPolicy: RemovalPolicy.RETAIN });
