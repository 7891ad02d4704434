import { Duration, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { routeScopes } from '#shared/auth/scopes.ts';
import { retainedLogGroup } from './log-groups.ts';
import { routeKey, routes, type FunctionName, type Route } from '#shared/http/route-table.ts';

export interface ChitieuHttpApiProps {
  functions: ReadonlyMap<FunctionName, lambda.IFunction>;
  /** `iss` of the tokens the JWT authorizer accepts. */
  jwtIssuer: string;
  /** `client_id` (access tokens) the tokens must carry: the app clients' ids. */
  jwtAudience: readonly string[];
  /** Browser origins allowed by CORS; none means no CORS configuration at all. */
  corsOrigins?: readonly string[];
  throttle?: { rateLimit: number; burstLimit: number };
  logRetention?: logs.RetentionDays;
}

/** The function serving unmatched requests: 404/405 as problem+json. */
export const fallbackFunction: FunctionName = 'api-fallback';

/** Construct id of a route: its key with the slashes (not allowed in ids) turned into dots. */
export const routeConstructId = (route: Pick<Route, 'method' | 'path'>) =>
  `${route.method} ${route.path.slice(1).replaceAll('/', '.')}`;

/** One line of JSON per request, with the caller's subject when the authorizer saw a token. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
    method: '$context.httpMethod',
    path: '$context.path',
    routeKey: '$context.routeKey',
    status: '$context.status',
    responseLength: '$context.responseLength',
    latency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    subject: '$context.authorizer.claims.sub',
  }),
);

/**
 * The HTTP API, built from the route table: each route → its function's Lambda integration, with the
 * Cognito JWT authorizer unless the route is public; `$default` → the fallback function.
 */
export class ChitieuHttpApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly routes: ReadonlyMap<string, apigw.HttpRoute>;

  constructor(scope: Construct, id: string, props: ChitieuHttpApiProps) {
    super(scope, id);
    const corsOrigins = [...(props.corsOrigins ?? [])];

    this.api = new apigw.HttpApi(this, 'Api', {
      description: 'chitieu: plans, indicators, actuals, progress',
      createDefaultStage: false,
      ...(corsOrigins.length
        ? {
            corsPreflight: {
              allowOrigins: corsOrigins,
              allowMethods: [
                apigw.CorsHttpMethod.GET,
                apigw.CorsHttpMethod.POST,
                apigw.CorsHttpMethod.PUT,
                apigw.CorsHttpMethod.PATCH,
                apigw.CorsHttpMethod.DELETE,
              ],
              allowHeaders: ['authorization', 'content-type', 'if-match', 'idempotency-key'],
              exposeHeaders: ['etag', 'location', 'retry-after', 'idempotent-replayed', 'content-disposition'],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });

    const accessLogs = retainedLogGroup(this, 'AccessLogs', props.logRetention);
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle ?? { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: { destination: new apigw.LogGroupLogDestination(accessLogs), format: accessLogFormat },
    });

    const authorizer = new HttpJwtAuthorizer('CognitoJwt', props.jwtIssuer, {
      jwtAudience: [...props.jwtAudience],
      identitySource: ['$request.header.Authorization'],
    });

    // One integration per function, shared by its routes. Invoke permissions stay scoped per route
    // (the CDK default): the API-wide ".../*/*/*" form would not match the $default route's
    // source ARN (<api>/<stage>/$default) and the fallback would answer 500.
    const integrations = new Map<FunctionName, HttpLambdaIntegration>();
    const integrationOf = (name: FunctionName) => {
      let integration = integrations.get(name);
      if (!integration) {
        const fn = props.functions.get(name);
        if (!fn) throw new Error(`no Lambda function for ${name}`);
        integration = new HttpLambdaIntegration(`${name}-integration`, fn, {
          payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0,
        });
        integrations.set(name, integration);
      }
      return integration;
    };

    const built = new Map<string, apigw.HttpRoute>();
    for (const route of routes) {
      const isPublic = route.access === 'public';
      const httpRoute = new apigw.HttpRoute(this, routeConstructId(route), {
        httpApi: this.api,
        routeKey: apigw.HttpRouteKey.with(route.path, apigw.HttpMethod[route.method]),
        integration: integrationOf(route.function),
        // The token must carry one of the route's scopes: an access token (ID tokens have none) of a role that may call it.
        ...(isPublic ? {} : { authorizer, authorizationScopes: routeScopes(route.access) }),
      });
      if (isPublic) {
        Validations.of(httpRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${routeKey(route)} is public by design (docs/design.md §2: anyone may read); writes carry the Cognito JWT authorizer.`,
        });
      }
      built.set(routeKey(route), httpRoute);
    }

    // Routes the table throttles below the API's default (POST /imports): stage route settings, which
    // CloudFormation accepts only once the route exists, hence the dependency. The property is an
    // untyped map in CDK, so it takes CloudFormation's own (PascalCase) names.
    const throttled = routes.filter((route) => route.throttle);
    if (throttled.length) {
      (this.stage.node.defaultChild as apigw.CfnStage).routeSettings = Object.fromEntries(
        throttled.map((route) => [
          routeKey(route),
          { ThrottlingRateLimit: route.throttle!.rateLimit, ThrottlingBurstLimit: route.throttle!.burstLimit },
        ]),
      );
      for (const route of throttled) this.stage.node.addDependency(built.get(routeKey(route))!);
    }

    const fallback = new apigw.HttpRoute(this, 'Default', {
      httpApi: this.api,
      routeKey: apigw.HttpRouteKey.DEFAULT,
      integration: integrationOf(fallbackFunction),
    });
    Validations.of(fallback).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: '$default only answers 404/405 problem+json for requests no route matches; it touches no data.',
    });
    built.set('$default', fallback);
    this.routes = built;
  }

  get url(): string {
    return this.stage.url;
  }
}
