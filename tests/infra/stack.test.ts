import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp, dashboardOrigins } from '../../infra/cdk/chitieu-app.ts';
import type { ChitieuStack } from '../../infra/cdk/chitieu-stack.ts';
import { tableAccess } from '../../infra/cdk/table-access.ts';
import { functionNames, routeKey, routes, type FunctionName, type Route } from '../../shared/http/route-table.ts';
import { tableKeys } from '../../shared/storage/dynamodb/table.ts';

type Resource = {
  Type: string;
  Properties: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};

// What a writer may do (infra/cdk/table-access.ts); DeleteItem only where needed, BatchWriteItem nowhere (tests/infra/aws-protections.test.ts).
const writeActions = ['dynamodb:PutItem', 'dynamodb:UpdateItem'];

// One app for the whole file, built exactly as `cdk synth` builds it: real esbuild bundling of every
// function (about a second in all) and the cdk-nag validation plugin, which throws on any finding.
let stack: ChitieuStack;
let template: Template;
let resources: Record<string, Resource>;
let assemblyDir: string;

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

/** Logical id of the Lambda function for a function name (its description is "chitieu <name>"). */
const functionId = (name: FunctionName) => {
  const found = ofType('AWS::Lambda::Function').filter(([, r]) => r.Properties.Description === `chitieu ${name}`);
  expect(found, name).toHaveLength(1);
  return found[0]![0];
};

/** Every dynamodb:* action in the policies attached to a function's role. */
const tableActionsOf = (name: FunctionName): string[] => {
  const roleId = resources[functionId(name)]!.Properties.Role['Fn::GetAtt'][0];
  return ofType('AWS::IAM::Policy')
    .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement)
    .flatMap((s: any) => [s.Action].flat())
    .filter((a: string) => a.startsWith('dynamodb:'));
};

const routeResource = (key: string) => {
  const found = ofType('AWS::ApiGatewayV2::Route').filter(([, r]) => r.Properties.RouteKey === key);
  expect(found, key).toHaveLength(1);
  return found[0]![1];
};

/** The function a route's integration invokes. */
const targetFunctionOf = (key: string) => {
  const target = routeResource(key).Properties.Target['Fn::Join'][1];
  const integrationId = target[1].Ref;
  const uri = resources[integrationId]!.Properties.IntegrationUri;
  return uri['Fn::GetAtt'][0] as string;
};

beforeAll(() => {
  const built = buildApp();
  stack = built.stack;
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources;
  assemblyDir = built.app.outdir;
});

describe('DynamoDB table', () => {
  it('is one on-demand table with PITR, deletion protection, AWS-managed SSE, retained', () => {
    const tables = ofType('AWS::DynamoDB::GlobalTable');
    expect(tables).toHaveLength(1);
    expect(ofType('AWS::DynamoDB::Table')).toHaveLength(0);
    const [, table] = tables[0]!;
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true, SSEType: 'KMS' });
    expect(table.Properties.Replicas).toHaveLength(1);
    expect(table.Properties.Replicas[0]).toMatchObject({
      DeletionProtectionEnabled: true,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    // No customer-managed key: the aws/dynamodb key.
    expect(JSON.stringify(table.Properties)).not.toContain('KMSMasterKeyId');
    expect(ofType('AWS::KMS::Key')).toHaveLength(0);
  });

  it('has the keys, both GSIs (ALL projection) and the TTL attribute of tableKeys', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: tableKeys.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableKeys.sortKey, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayWith(
        [
          tableKeys.partitionKey,
          tableKeys.sortKey,
          tableKeys.gsi1.partitionKey,
          tableKeys.gsi1.sortKey,
          tableKeys.gsi2.partitionKey,
          tableKeys.gsi2.sortKey,
        ].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      ),
      GlobalSecondaryIndexes: [tableKeys.gsi1, tableKeys.gsi2, tableKeys.gsi3].map((gsi) => ({
        IndexName: gsi.name,
        KeySchema: [
          { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
          { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
      TimeToLiveSpecification: { AttributeName: tableKeys.ttlAttribute, Enabled: true },
    });
  });
});

describe('Lambda functions', () => {
  it('are one per function name of the route table, Node.js 24 on arm64, ESM bundle with source maps', () => {
    // + 1: the scheduled flag job, which serves no route (tests/infra/flag-job.test.ts)
    // + 1: the dashboard's BucketDeployment copy function (tests/infra/dashboard.test.ts)
    // + 1: Cognito's pre token generation trigger (tests/infra/auth.test.ts)
    expect(ofType('AWS::Lambda::Function')).toHaveLength(functionNames.length + 3);
    for (const name of functionNames) {
      const fn = resources[functionId(name)]!.Properties;
      expect(fn.Runtime, name).toBe('nodejs24.x');
      expect(fn.Architectures, name).toEqual(['arm64']);
      expect(fn.Handler, name).toBe('index.handler');
      expect(fn.Environment.Variables, name).toMatchObject({
        POWERTOOLS_SERVICE_NAME: name,
        POWERTOOLS_METRICS_NAMESPACE: 'chitieu',
        LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
      });
    }
  });

  it("are all traced by X-Ray (ours and aws-cdk-lib's own), each role allowed to send its segments", () => {
    const functions = ofType('AWS::Lambda::Function');
    expect(functions.length).toBeGreaterThan(functionNames.length);
    for (const [id, fn] of functions) {
      expect(fn.Properties.TracingConfig, id).toEqual({ Mode: 'Active' });
      const roleId = fn.Properties.Role['Fn::GetAtt'][0];
      const statements = ofType('AWS::IAM::Policy')
        .filter(([, policy]) => policy.Properties.Roles.some((role: { Ref?: string }) => role.Ref === roleId))
        .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement);
      const actions = statements.flatMap((statement: { Action: string | string[] }) => [statement.Action].flat());
      expect(actions, id).toEqual(expect.arrayContaining(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']));
    }
  });

  it('tell the table name to exactly the functions that use the table', () => {
    for (const name of functionNames) {
      const variables = resources[functionId(name)]!.Properties.Environment.Variables;
      if (tableAccess(name) === 'none') expect(variables.TABLE_NAME, name).toBeUndefined();
      else expect(variables.TABLE_NAME, name).toEqual({ Ref: ofType('AWS::DynamoDB::GlobalTable')[0]![0] });
    }
  });

  it('each log to their own log group kept for three months, through their own role (no managed policy)', () => {
    for (const name of functionNames) {
      const fn = resources[functionId(name)]!.Properties;
      const logGroup = resources[fn.LoggingConfig.LogGroup.Ref]!;
      expect(logGroup.Type).toBe('AWS::Logs::LogGroup');
      expect(logGroup.Properties.RetentionInDays, name).toBe(90);
      const role = resources[fn.Role['Fn::GetAtt'][0]]!;
      expect(role.Properties.ManagedPolicyArns, name).toBeUndefined();
    }
  });

  it('were really bundled by esbuild: ESM with the createRequire shim, plus a source map', () => {
    const manifest = JSON.parse(readFileSync(path.join(assemblyDir, `${stack.artifactId}.assets.json`), 'utf8'));
    const fileAssets = Object.values(
      manifest.files as Record<string, { source: { path: string; packaging?: string } }>,
    ).filter(
      // Not the dashboard's zips (its site, its config.json, BucketDeployment's Python handler: tests/infra/dashboard.test.ts).
      (asset) =>
        asset.source.packaging === 'zip' &&
        !['index.html', 'config.json', 'index.py'].some((file) =>
          existsSync(path.join(assemblyDir, asset.source.path, file)),
        ),
    );
    expect(fileAssets).toHaveLength(functionNames.length + 2); // + the flag job, the Cognito trigger
    for (const asset of fileAssets) {
      const dir = path.join(assemblyDir, asset.source.path);
      const code = readFileSync(path.join(dir, 'index.mjs'), 'utf8');
      expect(code.startsWith("import { createRequire as __chitieuCreateRequire } from 'node:module';")).toBe(true);
      expect(existsSync(path.join(dir, 'index.mjs.map'))).toBe(true);
      // The AWS SDK is bundled (pinned), not left to the runtime.
      expect(code).not.toMatch(/from\s*"@aws-sdk\//);
    }
  });
});

describe('table grants, derived from the route table', () => {
  it('reads for GET-only functions, read-write for functions with a write route, none for the fallback', () => {
    expect(Object.fromEntries(functionNames.map((name) => [name, tableAccess(name)]))).toEqual({
      'api-meta': 'read',
      'api-read': 'read',
      'api-catalog': 'read-write',
      'api-actuals': 'read-write',
      'api-progress': 'read',
      'api-imports': 'read-write',
      'api-flags': 'read',
      'api-flags-job': 'read-write',
      'api-tasks': 'read-write',
      'api-drafts': 'read-write',
      'api-reports-read': 'read',
      'api-reports': 'read-write',
      'api-report-documents': 'read',
      'api-fallback': 'none',
    });
  });

  it('treats any non-GET route as a write', () => {
    const table: Route[] = [
      { ...routes[0]!, function: 'api-read', method: 'GET' },
      { ...routes[0]!, function: 'api-read', method: 'DELETE' },
    ];
    expect(tableAccess('api-read', table)).toBe('read-write');
    expect(tableAccess('api-read', table.slice(0, 1))).toBe('read');
    expect(tableAccess('api-meta', table)).toBe('none');
  });

  it.each(functionNames.map((name) => [name, tableAccess(name)] as const))(
    '%s gets %s in its role policy',
    (name, access) => {
      const actions = tableActionsOf(name);
      if (access === 'none') {
        expect(actions).toEqual([]);
        return;
      }
      expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
      for (const action of writeActions) {
        if (access === 'read') expect(actions).not.toContain(action);
        else expect(actions).toContain(action);
      }
    },
  );
});

describe('HTTP API, built from the route table', () => {
  it('has exactly the routes of the table plus $default', () => {
    const keys = ofType('AWS::ApiGatewayV2::Route')
      .map(([, r]) => r.Properties.RouteKey)
      .sort();
    expect(keys).toEqual([...routes.map(routeKey), '$default'].sort());
  });

  it.each(routes.map((route) => [routeKey(route), route] as const))(
    '%s → its function, authorizer per access',
    (key, route) => {
      const resource = routeResource(key);
      expect(targetFunctionOf(key)).toBe(functionId(route.function));
      const authorizerId = ofType('AWS::ApiGatewayV2::Authorizer')[0]![0];
      if (route.access === 'public') {
        expect(resource.Properties.AuthorizationType).toBe('NONE');
        expect(resource.Properties.AuthorizerId).toBeUndefined();
      } else {
        expect(resource.Properties.AuthorizationType).toBe('JWT');
        expect(resource.Properties.AuthorizerId).toEqual({ Ref: authorizerId });
      }
    },
  );

  it('sends $default (unmatched → 404/405) to api-fallback, without authorizer', () => {
    const resource = routeResource('$default');
    expect(resource.Properties.AuthorizationType).toBe('NONE');
    expect(targetFunctionOf('$default')).toBe(functionId('api-fallback'));
  });

  it('lets API Gateway invoke the fallback from the $default route (<api>/<stage>/$default)', () => {
    const permissions = ofType('AWS::Lambda::Permission').filter(
      ([, p]) => p.Properties.FunctionName['Fn::GetAtt'][0] === functionId('api-fallback'),
    );
    expect(permissions).toHaveLength(1);
    const parts = permissions[0]![1].Properties.SourceArn['Fn::Join'][1];
    expect(parts.at(-1)).toBe('/*/*');
  });

  it('checks Cognito access tokens: issuer of the user pool, client_id one of the app clients (scopes: tests/infra/auth.test.ts)', () => {
    const poolId = ofType('AWS::Cognito::UserPool')[0]![0];
    const clientIds = ofType('AWS::Cognito::UserPoolClient').map(([id]) => ({ Ref: id }));
    template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: Match.arrayEquals(clientIds),
        Issuer: {
          'Fn::Join': ['', ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.amazonaws.com/', { Ref: poolId }]],
        },
      },
    });
  });

  it('has a throttled, access-logged $default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] },
        Format: Match.stringLikeRegexp('\\$context\\.requestId'),
      },
    });
    const stage = ofType('AWS::ApiGatewayV2::Stage')[0]![1];
    const accessLogs = resources[stage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0]]!;
    expect(accessLogs.Properties.RetentionInDays).toBe(90);
  });

  it('allows by CORS only the dashboard (its CloudFront origin) unless dashboardOrigin adds more', () => {
    const api = ofType('AWS::ApiGatewayV2::Api')[0]![1];
    expect(api.Properties.ProtocolType).toBe('HTTP');
    const [cdnId] = ofType('AWS::CloudFront::Distribution')[0]!;
    expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual([
      { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [cdnId, 'DomainName'] }]] },
    ]);
  });

  it('reads dashboardOrigin as one origin, a comma-separated list or a JSON list', () => {
    expect(dashboardOrigins(undefined)).toEqual([]);
    expect(dashboardOrigins('')).toEqual([]);
    expect(dashboardOrigins('https://dash.example.vn')).toEqual(['https://dash.example.vn']);
    expect(dashboardOrigins('https://a.example.vn, https://b.example.vn')).toEqual([
      'https://a.example.vn',
      'https://b.example.vn',
    ]);
    expect(dashboardOrigins(['https://a.example.vn'])).toEqual(['https://a.example.vn']);
  });
});

describe('Cognito', () => {
  it('user pool: admin-created users only, strong passwords, custom:departmentId, retained', () => {
    const pools = ofType('AWS::Cognito::UserPool');
    expect(pools).toHaveLength(1);
    const [, pool] = pools[0]!;
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      DeletionProtection: 'ACTIVE',
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
    });
    expect(pool.Properties.Schema).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Name: 'departmentId', AttributeDataType: 'String', Mutable: true }),
      ]),
    );
  });

  it('groups admin and department', () => {
    const groups = ofType('AWS::Cognito::UserPoolGroup')
      .map(([, g]) => g.Properties.GroupName)
      .sort();
    expect(groups).toEqual(['admin', 'department']);
  });

  it("scripts' app client: no secret, USER_PASSWORD_AUTH + SRP, cannot write custom:departmentId", () => {
    const clients = ofType('AWS::Cognito::UserPoolClient').filter(([, c]) => c.Properties.ExplicitAuthFlows);
    expect(clients).toHaveLength(1);
    const client = clients[0]![1].Properties;
    expect(client.GenerateSecret).toBe(false);
    expect(client.ExplicitAuthFlows).toEqual(
      expect.arrayContaining(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']),
    );
    expect(client.ReadAttributes).toContain('custom:departmentId');
    expect(client.WriteAttributes).toEqual(['email']);
  });
});

describe('stack outputs and cdk-nag', () => {
  it('outputs the API URL, user pool id, app client id, table name, dashboard URL and the topics', () => {
    expect(Object.keys(template.toJSON().Outputs).sort()).toEqual([
      'AlarmTopicArn',
      'ApiUrl',
      'DashboardUrl',
      'FlagTopicArn',
      'SignInDomain',
      'TableName',
      'UserPoolClientId',
      'UserPoolId',
      'WebClientId',
    ]);
  });

  // A second app (bundling again, a few seconds): CORS from context, and cdk-nag wired so that a
  // finding nobody acknowledged stops synthesis.
  it('takes CORS origins from context, and fails synthesis on an unacknowledged cdk-nag finding', () => {
    const { app, stack: other } = buildApp({
      context: { dashboardOrigin: 'https://dash.example.vn,https://admin.example.vn' },
    });
    const cfnApi = other.httpApi.api.node.defaultChild as apigw.CfnApi;
    expect(other.resolve(cfnApi.corsConfiguration)).toMatchObject({
      allowOrigins: ['https://dash.example.vn', 'https://admin.example.vn', expect.anything()],
      allowHeaders: expect.arrayContaining(['authorization', 'if-match', 'idempotency-key']),
      exposeHeaders: expect.arrayContaining(['etag']),
    });

    new apigw.HttpRoute(other, 'Unreviewed', {
      httpApi: other.httpApi.api,
      routeKey: apigw.HttpRouteKey.with('/unreviewed', apigw.HttpMethod.POST),
      integration: new HttpLambdaIntegration('unreviewed', other.functions.byName.get('api-fallback')!),
    });
    expect(() => app.synth()).toThrow(/AwsSolutions-APIG4/);
  });
});
