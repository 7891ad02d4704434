import { Template } from 'aws-cdk-lib/assertions';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/cdk/chitieu-app.ts';
import { defaultFunctionSize } from '../../infra/cdk/function-sizing.ts';
import { bodyLimit, maxBodyBytes } from '../../shared/http/middleware/json-body.ts';
import { routeKey, routes } from '../../shared/http/route-table.ts';
import { importMaxBodyBytes } from '../../shared/http/routes/imports.ts';
import { draftMaxBodyBytes } from '../../shared/http/routes/drafts.ts';

type Resource = { Type: string; Properties: Record<string, any>; DependsOn?: string[] };

/** Lambda's synchronous invocation payload limit, which holds the whole event around the body. */
const lambdaPayloadBytes = 6 * 1024 * 1024;
/** The HTTP API's own limit: beyond it API Gateway answers 413 itself. */
const apiGatewayPayloadBytes = 10 * 1024 * 1024;
const apiGatewayTimeoutSeconds = 30;

let resources: Record<string, Resource>;
let cors: Record<string, any>;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const fn = (name: string) =>
  ofType('AWS::Lambda::Function').find(([, r]) => r.Properties.Description === `chitieu ${name}`)!;

// One synthesis with a dashboard origin and the cdk-nag AWS Solutions pack, which throws on any finding
// nobody acknowledged. Bundling is skipped (stack.test.ts checks the bundles): nothing here reads the code.
beforeAll(() => {
  const { app, stack } = buildApp({
    context: { dashboardOrigin: 'https://dashboard.example.vn', 'aws:cdk:bundling-stacks': [] },
  });
  expect(() => app.synth()).not.toThrow();
  resources = Template.fromStack(stack).toJSON().Resources;
  cors = stack.resolve((stack.httpApi.api.node.defaultChild as apigw.CfnApi).corsConfiguration);
}, 120_000);

describe('imports on AWS', () => {
  it('api-imports: more memory than the default, and a timeout under the HTTP API 30 s integration limit', () => {
    const imports = fn('api-imports')![1].Properties;
    expect(imports.MemorySize).toBeGreaterThan(defaultFunctionSize.memorySize);
    expect(imports.Timeout).toBeGreaterThan(defaultFunctionSize.timeoutSeconds);
    expect(imports.Timeout).toBeLessThan(apiGatewayTimeoutSeconds);
    expect(fn('api-catalog')![1].Properties).toMatchObject({
      MemorySize: defaultFunctionSize.memorySize,
      Timeout: defaultFunctionSize.timeoutSeconds,
    });
  });

  it('api-imports may read and write the table (batch reads, transactional puts, idempotency records) and nothing else but trace', () => {
    const roleId = fn('api-imports')![1].Properties.Role['Fn::GetAtt'][0];
    const statements = ofType('AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
    const actions = statements.flatMap((s: any) => [s.Action].flat());
    expect(actions).toEqual(
      expect.arrayContaining([
        'dynamodb:BatchGetItem',
        'dynamodb:Query',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
      ]),
    );
    // Besides its logs: only its X-Ray segments (active tracing, tests/infra/stack.test.ts).
    expect(actions.filter((a: string) => !a.startsWith('dynamodb:') && !a.startsWith('logs:')).sort()).toEqual([
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ]);
    const tableId = ofType('AWS::DynamoDB::GlobalTable')[0]![0];
    for (const statement of statements.filter((s: any) =>
      [s.Action].flat().some((a: string) => a.startsWith('dynamodb:')),
    )) {
      expect(JSON.stringify(statement.Resource)).toContain(tableId);
    }
  });

  it('throttles POST /imports below the stage default, on a stage that waits for the route', () => {
    const [, stage] = ofType('AWS::ApiGatewayV2::Stage')[0]!;
    const defaults = stage.Properties.DefaultRouteSettings;
    const imports = stage.Properties.RouteSettings['POST /imports'];
    expect(imports.ThrottlingRateLimit).toBeLessThan(defaults.ThrottlingRateLimit);
    expect(imports.ThrottlingBurstLimit).toBeLessThan(defaults.ThrottlingBurstLimit);
    const route = routes.find((r) => routeKey(r) === 'POST /imports')!;
    expect(imports).toEqual({
      ThrottlingRateLimit: route.throttle!.rateLimit,
      ThrottlingBurstLimit: route.throttle!.burstLimit,
    });
    const routeId = ofType('AWS::ApiGatewayV2::Route').find(([, r]) => r.Properties.RouteKey === 'POST /imports')![0];
    expect(stage.DependsOn).toContain(routeId);
    expect(stage.Properties.AccessLogSettings.Format).toContain('$context.status');
  });

  it('every body limit holds inside Lambda (base64 and the event around it included) and API Gateway; imports get 4 MiB, target drafts 2 MiB, the rest 1 MiB', () => {
    expect(bodyLimit(routes.find((r) => routeKey(r) === 'POST /imports')!)).toBe(importMaxBodyBytes);
    expect(importMaxBodyBytes).toBeGreaterThan(maxBodyBytes);
    for (const route of routes) {
      const limit = bodyLimit(route);
      expect(Math.ceil(limit / 3) * 4 + 256 * 1024, routeKey(route)).toBeLessThan(lambdaPayloadBytes);
      expect(limit, routeKey(route)).toBeLessThan(apiGatewayPayloadBytes);
      const own: Record<string, number> = {
        'POST /imports': importMaxBodyBytes,
        'POST /target-drafts': draftMaxBodyBytes,
      };
      expect(limit, routeKey(route)).toBe(own[routeKey(route)] ?? maxBodyBytes);
    }
  });

  it('CORS: only the dashboard origins; Idempotency-Key and CSV allowed; Retry-After and Idempotent-Replayed readable', () => {
    expect(cors.allowOrigins).toContain('https://dashboard.example.vn');
    expect(cors.allowOrigins).not.toContain('*');
    expect(cors.allowHeaders).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'idempotency-key', 'if-match']),
    );
    expect(cors.exposeHeaders).toEqual(
      expect.arrayContaining(['etag', 'retry-after', 'idempotent-replayed', 'content-disposition']),
    );
  });
});
