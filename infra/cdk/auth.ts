import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import type { Principal } from '#shared/auth/principal.ts';
import { resourceServer, scopeNames } from '#shared/auth/scopes.ts';
import { functionBundling } from './functions.ts';
import { functionEntry, lockFile, projectRoot } from './paths.ts';
import { acknowledgeTracing } from './tracing.ts';
import { retainedLogGroup } from './log-groups.ts';

/** The Cognito groups principalFromClaims understands (`cognito:groups`). */
export const groupNames = ['admin', 'department'] as const satisfies readonly Principal['role'][];

/** `custom:departmentId` without its prefix: Cognito adds "custom:" itself. */
export const departmentAttribute = 'departmentId';

/** Where `npm start` serves the dashboard: a callback URL in a dev stage only. */
export const localOrigin = 'http://127.0.0.1:3000';

export interface ChitieuAuthProps {
  /** The dashboard's origin (CloudFront): the sign-in's callback and sign-out URLs. */
  appOrigins: readonly string[];
  /** `dev`: also accept the local dashboard as a callback. Any other stage never does. */
  stage?: string;
  /** The managed login's prefix (https://<prefix>.auth.<region>.amazoncognito.com); default chitieu-<account>. */
  domainPrefix?: string;
}

/** Vietnamese first, English beside: the messages Cognito sends (its managed login pages have no Vietnamese). */
const invitation = {
  emailSubject: 'chitieu: tài khoản của bạn / your account',
  emailBody:
    'Tài khoản chitieu của bạn: tên đăng nhập {username}, mật khẩu tạm thời {####}. Hãy đăng nhập và đổi mật khẩu, ' +
    'rồi cài ứng dụng xác thực (TOTP).<br>Your chitieu account: user name {username}, temporary password {####}. ' +
    'Sign in, change the password, then set up an authenticator app (TOTP).',
  smsMessage: 'chitieu: {username} / {####}',
};
const verification = {
  emailSubject: 'chitieu: mã xác minh / verification code',
  emailBody: 'Mã xác minh chitieu của bạn là {####}. / Your chitieu verification code is {####}.',
  emailStyle: cognito.VerificationEmailStyle.CODE,
};

/**
 * Who may write: a Cognito user pool with managed login (OAuth 2.0 authorization code + PKCE, no
 * implicit flow), TOTP MFA required, and access tokens whose scopes the HTTP API's authorizer
 * checks per route. Users are created by an administrator (no self sign-up) and put in `admin` or
 * `department`; a department user also carries `custom:departmentId`, which the pre token
 * generation trigger copies into the access token together with the scopes of the user's role.
 */
export class ChitieuAuth extends Construct {
  readonly userPool: cognito.UserPool;
  /** The dashboard's public client: managed login, authorization code with PKCE, no secret. */
  readonly webClient: cognito.UserPoolClient;
  /** Scripts (`npm run seed -- --api`): SRP or password sign-in, no browser. */
  readonly client: cognito.UserPoolClient;
  readonly domain: cognito.UserPoolDomain;
  /** https://cognito-idp.<region>.amazonaws.com/<poolId>: the `iss` of the pool's tokens. */
  readonly issuer: string;
  /** The pre token generation trigger: a function of the stack like the others (alarms watch its throttles). */
  readonly preTokenTrigger: lambda.IFunction;

  constructor(scope: Construct, id: string, props: ChitieuAuthProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // A changed e-mail takes effect only once its code is confirmed: until then the old one signs in.
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      customAttributes: {
        // Mutable so an administrator can move a user between departments (AdminUpdateUserAttributes);
        // users themselves cannot change it: no app client below has write access to it.
        [departmentAttribute]: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Required for every user, hence for admins: Cognito's MFA setting is the pool's, and a trigger
      // cannot see which factors a sign-in used, so "admins only" cannot be enforced (docs/deploy.md).
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      userInvitation: invitation,
      userVerification: verification,
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const groupName of groupNames) {
      this.userPool.addGroup(`${groupName[0]!.toUpperCase()}${groupName.slice(1)}Group`, {
        groupName,
        description:
          groupName === 'admin'
            ? 'Planning office: every write'
            : "A department: its own indicators' actuals (needs custom:departmentId)",
      });
    }

    const api = this.userPool.addResourceServer('Api', {
      identifier: resourceServer,
      userPoolResourceServerName: 'chitieu API',
      scopes: [
        new cognito.ResourceServerScope({ scopeName: scopeNames.write, scopeDescription: 'Post and import actuals' }),
        new cognito.ResourceServerScope({ scopeName: scopeNames.admin, scopeDescription: 'Planning office writes' }),
      ],
    });
    const apiScopes = [scopeNames.write, scopeNames.admin].map((name) =>
      cognito.OAuthScope.resourceServer(
        api,
        new cognito.ResourceServerScope({ scopeName: name, scopeDescription: name }),
      ),
    );

    this.preTokenTrigger = this.addPreTokenTrigger();

    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? `chitieu-${stack.account}` },
      managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });

    const origins = [...props.appOrigins, ...(props.stage === 'dev' ? [localOrigin] : [])];
    const tokenLifetimes = {
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      // Sign-out revokes the refresh token (RevokeToken), and the tokens it issued stop working.
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
      generateSecret: false,
    };
    const readAttributes = new cognito.ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true })
      .withCustomAttributes(departmentAttribute);
    // Not custom:departmentId: a department user must not be able to rewrite it with their own token.
    const writeAttributes = new cognito.ClientAttributes().withStandardAttributes({ email: true });

    this.webClient = this.userPool.addClient('WebClient', {
      ...tokenLifetimes,
      authFlows: {},
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, ...apiScopes],
        callbackUrls: origins.map((origin) => `${origin}/`),
        logoutUrls: origins.map((origin) => `${origin}/`),
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      readAttributes,
      writeAttributes,
    });
    new cognito.CfnManagedLoginBranding(this, 'Branding', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.webClient.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    this.client = this.userPool.addClient('ApiClient', {
      ...tokenLifetimes,
      authFlows: { userPassword: true, userSrp: true },
      disableOAuth: true,
      readAttributes,
      writeAttributes,
    });

    this.issuer = `https://cognito-idp.${stack.region}.amazonaws.com/${this.userPool.userPoolId}`;

    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'ESSENTIALS, not PLUS: threat protection (the PLUS feature) costs extra per active user, and this pool ' +
        'has no self sign-up, only a handful of administrator-created accounts.',
    });
  }

  /** Access tokens with the role's scopes and the department (shared/auth/pre-token.ts). */
  private addPreTokenTrigger(): lambda.IFunction {
    const logGroup = retainedLogGroup(this, 'PreTokenLogs');
    const role = new iam.Role(this, 'PreTokenRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'auth-pre-token: its log group only',
    });
    logGroup.grantWrite(role);
    acknowledgeTracing(role);
    const trigger = new NodejsFunction(this, 'PreToken', {
      entry: functionEntry('auth-pre-token'),
      handler: 'handler',
      projectRoot,
      depsLockFilePath: lockFile,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(5),
      role,
      logGroup,
      description: 'chitieu auth-pre-token: scopes and department in access tokens',
      tracing: lambda.Tracing.ACTIVE,
      environment: { NODE_OPTIONS: '--enable-source-maps' },
      bundling: functionBundling,
    });
    this.userPool.addTrigger(
      cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
      trigger,
      cognito.LambdaVersion.V2_0,
    );
    return trigger;
  }
}
