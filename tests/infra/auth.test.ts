import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { App, Stack } from 'aws-cdk-lib';
import { ChitieuAuth, localOrigin } from '../../infra/cdk/auth.ts';
import { buildApp } from '../../infra/cdk/chitieu-app.ts';
import { accessTokenClaims } from '../../shared/auth/pre-token.ts';
import { principalFromClaims } from '../../shared/auth/principal.ts';
import { adminScope, routeScopes, writeScope } from '../../shared/auth/scopes.ts';
import { routeKey, routes } from '../../shared/http/route-table.ts';

type Resources = Record<string, { Type: string; Properties: Record<string, any> }>;

// The stack as `cdk synth` builds it (cdk-nag included: any unacknowledged finding throws here); the dev
// stage's pool alone in a bare stack, which bundles only the trigger.
let resources: Resources;
let devResources: Resources;
beforeAll(() => {
  resources = Template.fromStack(buildApp().stack).toJSON().Resources;
  const dev = new Stack(new App(), 'Dev');
  new ChitieuAuth(dev, 'Auth', {
    appOrigins: ['https://d111.cloudfront.net'],
    stage: 'dev',
    domainPrefix: 'so-kh-thanh-hoa',
  });
  devResources = Template.fromStack(dev).toJSON().Resources;
}, 300_000);

const ofType = (all: Resources, type: string) => Object.entries(all).filter(([, r]) => r.Type === type);
const webClient = (all: Resources) => {
  const found = ofType(all, 'AWS::Cognito::UserPoolClient').filter(([, c]) => c.Properties.AllowedOAuthFlows);
  expect(found).toHaveLength(1);
  return found[0]![1].Properties;
};
const json = (value: unknown) => JSON.stringify(value);

describe('Cognito managed login', () => {
  it('a Cognito domain with the newer managed login, branded for the web client', () => {
    const [, domain] = ofType(resources, 'AWS::Cognito::UserPoolDomain')[0]!;
    expect(domain.Properties.ManagedLoginVersion).toBe(2);
    expect(json(domain.Properties.Domain)).toContain('chitieu-');
    expect(ofType(devResources, 'AWS::Cognito::UserPoolDomain')[0]![1].Properties.Domain).toBe('so-kh-thanh-hoa');
    expect(ofType(resources, 'AWS::Cognito::ManagedLoginBranding')).toHaveLength(1);
  });

  it('web client: authorization code only (no implicit, no client credentials), no secret, refresh-token revocation', () => {
    const client = webClient(resources);
    expect(client.AllowedOAuthFlows).toEqual(['code']);
    expect(client.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(client.GenerateSecret).toBe(false);
    expect(client.EnableTokenRevocation).toBe(true);
    expect(client.SupportedIdentityProviders).toEqual(['COGNITO']);
    // the API scopes name the resource server by reference: "<chitieu>/actuals.write", "<chitieu>/admin"
    expect(client.AllowedOAuthScopes.slice(0, 2)).toEqual(['openid', 'email']);
    expect(json(client.AllowedOAuthScopes.slice(2))).toMatch(/\/actuals\.write.*\/admin/);
    expect(client.WriteAttributes).toEqual(['email']);
    for (const all of [resources, devResources])
      for (const [, c] of ofType(all, 'AWS::Cognito::UserPoolClient'))
        expect(c.Properties.EnableTokenRevocation, 'every client').toBe(true);
  });

  it('callback and sign-out URLs: the CloudFront origin; the local dashboard only in a dev stage; no example.com', () => {
    const cloudFront = (url: unknown) => json(url).includes('DomainName') && json(url).includes('https://');
    const client = webClient(resources);
    expect(client.CallbackURLs).toHaveLength(1);
    expect(cloudFront(client.CallbackURLs[0])).toBe(true);
    expect(client.LogoutURLs).toHaveLength(1);
    expect(json(client)).not.toContain('127.0.0.1');
    const dev = webClient(devResources);
    expect(dev.CallbackURLs).toHaveLength(2);
    expect(dev.CallbackURLs).toContain(`${localOrigin}/`);
    expect(dev.LogoutURLs).toContain(`${localOrigin}/`);
    for (const all of [resources, devResources])
      expect(json(ofType(all, 'AWS::Cognito::UserPoolClient'))).not.toMatch(/example\.com/);
  });

  it('a resource server with the write and admin scopes', () => {
    const [, server] = ofType(resources, 'AWS::Cognito::UserPoolResourceServer')[0]!;
    expect(server.Properties.Identifier).toBe('chitieu');
    expect(server.Properties.Scopes.map((s: { ScopeName: string }) => s.ScopeName).sort()).toEqual([
      'actuals.write',
      'admin',
    ]);
  });
});

describe('Cognito user pool rules', () => {
  it('TOTP MFA required (admins included), no SMS; e-mail changes take effect once verified; Vietnamese messages', () => {
    const [, pool] = ofType(resources, 'AWS::Cognito::UserPool')[0]!;
    expect(pool.Properties.MfaConfiguration).toBe('ON');
    expect(pool.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool.Properties.UserAttributeUpdateSettings).toEqual({
      AttributesRequireVerificationBeforeUpdate: ['email'],
    });
    expect(pool.Properties.AdminCreateUserConfig.InviteMessageTemplate.EmailSubject).toMatch(/^chitieu: tài khoản/);
    expect(pool.Properties.VerificationMessageTemplate.EmailMessage).toMatch(/^Mã xác minh/);
  });

  it('a V2 pre token generation trigger puts the scopes and the department in access tokens', () => {
    const [, pool] = ofType(resources, 'AWS::Cognito::UserPool')[0]!;
    const trigger = pool.Properties.LambdaConfig.PreTokenGenerationConfig;
    expect(trigger.LambdaVersion).toBe('V2_0');
    const functionId = trigger.LambdaArn['Fn::GetAtt'][0];
    expect(resources[functionId]!.Properties.Description).toMatch(/^chitieu auth-pre-token/);
  });

  it('the trigger grants scopes by group only, suppresses the rest, and copies custom:departmentId', () => {
    const event = (groups: string[], departmentId?: string) => ({
      request: {
        userAttributes: departmentId ? { 'custom:departmentId': departmentId } : {},
        groupConfiguration: { groupsToOverride: groups },
      },
      response: {},
    });
    const details = (e: ReturnType<typeof event>) =>
      (accessTokenClaims(e).response as any).claimsAndScopeOverrideDetails.accessTokenGeneration;
    expect(details(event(['department'], 'so-y-te'))).toEqual({
      claimsToAddOrOverride: { 'custom:departmentId': 'so-y-te' },
      scopesToAdd: [writeScope],
      scopesToSuppress: [adminScope],
    });
    expect(details(event(['admin']))).toEqual({ scopesToAdd: [writeScope, adminScope], scopesToSuppress: [] });
    expect(details(event([]))).toEqual({ scopesToAdd: [], scopesToSuppress: [writeScope, adminScope] });
  });
});

describe('the HTTP API authorizer checks scopes per route from the route table; the functions check token_use', () => {
  it.each(routes.map((route) => [routeKey(route), route] as const))('%s', (key, route) => {
    const [, resource] = ofType(resources, 'AWS::ApiGatewayV2::Route').find(([, r]) => r.Properties.RouteKey === key)!;
    const expected = routeScopes(route.access);
    if (route.access === 'public') expect(resource.Properties.AuthorizationScopes).toBeUndefined();
    else expect(resource.Properties.AuthorizationScopes).toEqual(expected);
    if (route.access === 'admin') expect(expected).toEqual([adminScope]);
    if (route.access === 'owner') expect(expected).toContain(writeScope);
  });

  it('an ID token is no principal, an access token is', () => {
    const claims = { sub: 'u1', 'cognito:groups': '[department]', 'custom:departmentId': 'so-y-te' };
    expect(principalFromClaims({ ...claims, token_use: 'id' })).toBeUndefined();
    expect(principalFromClaims({ ...claims, token_use: 'access' })).toEqual({
      subject: 'u1',
      role: 'department',
      departmentId: 'so-y-te',
    });
  });
});
