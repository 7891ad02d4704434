import { Aws, Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { buildWebDist } from '../../web/build.ts';
import { webDist } from '../../web/bundle.ts';
import { contentSecurityPolicy } from '../../web/security.ts';
import { acknowledgeDashboardFindings, acknowledgeDeploymentFindings } from './dashboard-nag.ts';

export interface ChitieuDashboardProps {
  /** The built site (web/dist). Synthesis builds it first, so it is never stale or missing. */
  webDist?: string;
}

/**
 * The dashboard on AWS: web/dist in a private S3 bucket, served only through CloudFront (origin
 * access control), with security headers; `config.json` written beside index.html at deploy time
 * tells the page where the API is. Access logs of both go to a log bucket kept 90 days.
 */
export class ChitieuDashboard extends Construct {
  readonly bucket: s3.Bucket;
  readonly logBucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly webDist: string;

  constructor(scope: Construct, id: string, props: ChitieuDashboardProps = {}) {
    super(scope, id);
    this.webDist = props.webDist ?? webDist;
    try {
      buildWebDist(this.webDist);
    } catch (error) {
      throw new Error(
        `dashboard: could not build ${this.webDist} (npm run build:web): ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }

    // CloudFront standard logs are delivered with an ACL grant: this bucket must allow ACLs.
    this.logBucket = new s3.Bucket(this, 'Logs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });

    this.bucket = new s3.Bucket(this, 'Site', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3/',
    });

    const headers = new cloudfront.ResponseHeadersPolicy(this, 'Headers', {
      comment: 'chitieu dashboard: CSP, HSTS, nosniff, no framing',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          // Any HTTP API of this region, not this one by id: naming the API here would make a cycle
          // (the API's CORS names this distribution's domain).
          contentSecurityPolicy: contentSecurityPolicy(`https://*.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`),
          override: true,
        },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
    });

    this.distribution = new cloudfront.Distribution(this, 'Cdn', {
      comment: 'chitieu dashboard',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
      },
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
    });

    acknowledgeDashboardFindings(this);
  }

  /** The browser origin of the dashboard, for the API's CORS. */
  get origin(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }

  /**
   * Uploads web/dist and writes config.json with the API's URL (a deploy-time value), then
   * invalidates the CDN. config.json in web/dist, if any, is left out: the deployed one wins.
   */
  publish(apiUrl: string): BucketDeployment {
    const deployment = new BucketDeployment(this, 'Deploy', {
      sources: [Source.asset(this.webDist, { exclude: ['config.json'] }), Source.jsonData('config.json', { apiUrl })],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
      memoryLimit: 256,
    });
    acknowledgeDeploymentFindings(this, deployment);
    return deployment;
  }
}
