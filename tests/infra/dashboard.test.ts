import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/cdk/chitieu-app.ts';

type Resource = { Type: string; Properties: Record<string, any> };

// The app exactly as `cdk synth` builds it (cdk-nag included), with one extra dashboard origin from
// context to show that the CloudFront origin is added to it, not put in its place.
let resources: Record<string, Resource>;
let outputs: Record<string, any>;
let assemblyDir: string;
let artifactId: string;
let synth: () => unknown;

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const only = (type: string) => {
  const found = ofType(type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};

/** The one bucket CloudFront reads from: the site. */
const siteBucketId = () => {
  const [, distribution] = only('AWS::CloudFront::Distribution');
  return distribution.Properties.DistributionConfig.Origins[0].DomainName['Fn::GetAtt'][0] as string;
};

beforeAll(() => {
  const { app, stack } = buildApp({ context: { dashboardOrigin: 'https://dash.example.vn' } });
  const template = Template.fromStack(stack).toJSON();
  resources = template.Resources;
  outputs = template.Outputs;
  assemblyDir = app.outdir;
  artifactId = stack.artifactId;
  synth = () => app.synth({ force: true });
});

describe('dashboard bucket', () => {
  it('is private: all public access blocked, encrypted, TLS only, access-logged', () => {
    const site = resources[siteBucketId()]!;
    expect(site.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(
      site.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm,
    ).toBe('AES256');
    expect(site.Properties.WebsiteConfiguration).toBeUndefined();
    expect(site.Properties.LoggingConfiguration.LogFilePrefix).toBe('s3/');
    const policy = ofType('AWS::S3::BucketPolicy').find(([, p]) => p.Properties.Bucket.Ref === siteBucketId())![1];
    expect(policy.Properties.PolicyDocument.Statement).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      ]),
    );
  });

  it('can be read by this CloudFront distribution only (origin access control, no OAI)', () => {
    const [distributionId] = only('AWS::CloudFront::Distribution');
    const policy = ofType('AWS::S3::BucketPolicy').find(([, p]) => p.Properties.Bucket.Ref === siteBucketId())![1];
    const allows = policy.Properties.PolicyDocument.Statement.filter((s: any) => s.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    expect(allows[0]).toMatchObject({ Action: 's3:GetObject', Principal: { Service: 'cloudfront.amazonaws.com' } });
    expect(JSON.stringify(allows[0].Condition.StringEquals['AWS:SourceArn'])).toContain(distributionId);
    const [oacId, oac] = only('AWS::CloudFront::OriginAccessControl');
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const origin = resources[distributionId]!.Properties.DistributionConfig.Origins[0];
    expect(origin.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [oacId, 'Id'] });
    expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    expect(ofType('AWS::CloudFront::CloudFrontOriginAccessIdentity')).toHaveLength(0);
  });
});

describe('CloudFront distribution', () => {
  it('serves index.html at the root over HTTPS only, GET/HEAD, compressed, logged', () => {
    const config = only('AWS::CloudFront::Distribution')[1].Properties.DistributionConfig;
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD'],
      Compress: true,
    });
    expect(config.Logging.Prefix).toBe('cloudfront/');
    const logBucket = resources[config.Logging.Bucket['Fn::GetAtt'][0]]!;
    expect(logBucket.Properties.LifecycleConfiguration.Rules[0].ExpirationInDays).toBe(90);
    expect(logBucket.Properties.PublicAccessBlockConfiguration.RestrictPublicBuckets).toBe(true);
  });

  it('sends security headers: a CSP allowing only the site and the region’s HTTP APIs, HSTS, nosniff, DENY', () => {
    const [policyId, policy] = only('AWS::CloudFront::ResponseHeadersPolicy');
    expect(
      only('AWS::CloudFront::Distribution')[1].Properties.DistributionConfig.DefaultCacheBehavior
        .ResponseHeadersPolicyId,
    ).toEqual({ Ref: policyId });
    const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self' https://*.execute-api.",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBe(31_536_000);
    expect(headers.ContentTypeOptions.Override).toBe(true);
    expect(headers.FrameOptions.FrameOption).toBe('DENY');
  });

  it('is the dashboard origin the API allows by CORS, beside the origins from context', () => {
    const [distributionId] = only('AWS::CloudFront::Distribution');
    const api = only('AWS::ApiGatewayV2::Api')[1];
    expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual([
      'https://dash.example.vn',
      { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]] },
    ]);
    expect(outputs.DashboardUrl.Value).toEqual({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]],
    });
  });
});

describe('deployment of web/dist', () => {
  it('copies the built site and a config.json naming the API into the bucket, pruning, then invalidates', () => {
    const [, deployment] = only('Custom::CDKBucketDeployment');
    const [apiId] = only('AWS::ApiGatewayV2::Api');
    const [distributionId] = only('AWS::CloudFront::Distribution');
    expect(deployment.Properties).toMatchObject({
      DestinationBucketName: { Ref: siteBucketId() },
      DistributionId: { Ref: distributionId },
      DistributionPaths: ['/*'],
      Prune: true,
    });
    expect(deployment.Properties.SourceObjectKeys).toHaveLength(2);
    // config.json is written at deploy time: its markers resolve to the API's id, region and suffix.
    expect(Object.values(deployment.Properties.SourceMarkers[1])).toEqual([
      { Ref: apiId },
      { Ref: 'AWS::Region' },
      { Ref: 'AWS::URLSuffix' },
    ]);
  });

  it('ships the site that synthesis just built: index.html, app.js, styles, no local config.json', () => {
    const manifest = JSON.parse(readFileSync(path.join(assemblyDir, `${artifactId}.assets.json`), 'utf8'));
    const dirs = Object.values(manifest.files as Record<string, { source: { path: string } }>).map((a) =>
      path.join(assemblyDir, a.source.path),
    );
    const site = dirs.filter((dir) => existsSync(path.join(dir, 'index.html')));
    expect(site).toHaveLength(1);
    for (const file of ['app.js', 'styles.css', 'favicon.svg'])
      expect(existsSync(path.join(site[0]!, file)), file).toBe(true);
    expect(existsSync(path.join(site[0]!, 'config.json'))).toBe(false);
    expect(readFileSync(path.join(site[0]!, 'index.html'), 'utf8')).toContain('src="app.js"');
  });

  it('keeps cdk-nag clean: synthesis with the AWS Solutions checks succeeds', () => {
    expect(synth).not.toThrow();
  }, 120_000);
});
