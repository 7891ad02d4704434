import { createRequire } from 'node:module';
import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { retainedLogGroup } from './log-groups.ts';
import { functionNames, type FunctionName } from '#shared/http/route-table.ts';
import { functionSize } from './function-sizing.ts';
import { functionEntry, lockFile, projectRoot } from './paths.ts';
import { grantTableActions } from './table-grants.ts';
import { tableAccess, tableActions } from './table-access.ts';
import { acknowledgeTracing } from './tracing.ts';

export interface ApiFunctionsProps {
  table: dynamodb.ITableV2;
  /** POWERTOOLS_METRICS_NAMESPACE of every function; each function's POWERTOOLS_SERVICE_NAME is its name. */
  metricsNamespace: string;
  logRetention?: logs.RetentionDays;
}

/** ESM output still meets CommonJS dependencies that call require(); give them one. */
const esmRequireShim =
  "import { createRequire as __chitieuCreateRequire } from 'node:module'; const require = __chitieuCreateRequire(import.meta.url);";

/** How every function is bundled; exported so that `npm run bench` builds its bundles exactly alike. */
export const functionBundling: BundlingOptions = {
  format: OutputFormat.ESM,
  target: 'node24',
  platform: 'node',
  mainFields: ['module', 'main'],
  banner: esmRequireShim,
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  // The runtime ships an SDK v3 too, but an unpinned one: bundle ours (see docs/deploy.md).
  bundleAwsSDK: true,
  forceDockerBundling: false,
};

/** What Powertools reads (shared/runtime/observability.ts): the function as the service, the app as the metrics' namespace. */
export const powertoolsEnvironment = (functionName: string, metricsNamespace: string) => ({
  POWERTOOLS_SERVICE_NAME: functionName,
  POWERTOOLS_METRICS_NAMESPACE: metricsNamespace,
  LOG_LEVEL: 'INFO',
});

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/**
 * Bundling must happen on this machine with the project's own esbuild: when NodejsFunction cannot find
 * esbuild it silently builds a Docker image instead (network, daemon). Fail loudly instead.
 */
const assertLocalEsbuild = () => {
  try {
    createRequire(import.meta.url).resolve('esbuild');
  } catch {
    throw new Error('esbuild is not installed (npm ci): refusing to fall back to Docker bundling');
  }
};

/**
 * One NodejsFunction per function name of the route table (entry functions/<name>/index.ts), each with
 * its own log group and its own role. Table access comes from the routes the function serves.
 */
export class ApiFunctions extends Construct {
  readonly byName: ReadonlyMap<FunctionName, lambda.IFunction>;

  constructor(scope: Construct, id: string, props: ApiFunctionsProps) {
    super(scope, id);
    assertLocalEsbuild();
    const byName = new Map<FunctionName, lambda.IFunction>();

    for (const name of functionNames) {
      const id = pascal(name);
      const access = tableAccess(name);

      const logGroup = retainedLogGroup(this, `${id}Logs`, props.logRetention);

      // Own role instead of AWSLambdaBasicExecutionRole: write to this function's log group only.
      const role = new iam.Role(this, `${id}Role`, {
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
        description: `${name}: its log group${access === 'none' ? '' : `, ${access} on the table`}`,
      });
      logGroup.grantWrite(role);
      acknowledgeTracing(role);

      const fn = new NodejsFunction(this, id, {
        entry: functionEntry(name),
        handler: 'handler',
        projectRoot,
        depsLockFilePath: lockFile,
        runtime: lambda.Runtime.NODEJS_24_X,
        architecture: lambda.Architecture.ARM_64,
        memorySize: functionSize(name).memorySize,
        timeout: Duration.seconds(functionSize(name).timeoutSeconds),
        role,
        logGroup,
        description: `chitieu ${name}`,
        tracing: lambda.Tracing.ACTIVE,
        environment: {
          ...(access === 'none' ? {} : { TABLE_NAME: props.table.tableName }),
          ...powertoolsEnvironment(name, props.metricsNamespace),
          NODE_OPTIONS: '--enable-source-maps',
        },
        bundling: functionBundling,
      });

      grantTableActions(role, props.table, tableActions(name));
      byName.set(name, fn);
    }
    this.byName = byName;
  }
}
