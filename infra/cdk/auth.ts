import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { Principal } from '#shared/auth/principal.ts';

/** The Cognito groups principalFromClaims understands (`cognito:groups`). */
export const groupNames = ['admin', 'department'] as const satisfies readonly Principal['role'][];

/** `custom:departmentId` without its prefix: Cognito adds "custom:" itself. */
export const departmentAttribute = 'departmentId';

/**
 * Who may write: a Cognito user pool whose ID tokens the HTTP API's JWT authorizer checks.
 * Users are created by an administrator (no self sign-up) and put in `admin` or `department`;
 * a department user also carries `custom:departmentId`.
 */
export class ChitieuAuth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  /** https://cognito-idp.<region>.amazonaws.com/<poolId>: the `iss` of the pool's tokens. */
  readonly issuer: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      customAttributes: {
        // Mutable so an administrator can move a user between departments (AdminUpdateUserAttributes);
        // users themselves cannot change it: the app client below has no write access to it.
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
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
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

    this.client = this.userPool.addClient('ApiClient', {
      generateSecret: false,
      authFlows: { userPassword: true, userSrp: true },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true })
        .withCustomAttributes(departmentAttribute),
      // Not custom:departmentId: a department user must not be able to rewrite it with their own token.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }),
    });

    this.issuer = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;

    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is OPTIONAL with TOTP: Cognito cannot require it per group, and requiring it for every department ' +
          'clerk is a product decision not yet taken (docs/deploy.md). Accounts are admin-created, passwords are 12+ chars with all classes.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'ESSENTIALS, not PLUS: threat protection (the PLUS feature) costs extra per active user, and this pool ' +
          'has no self sign-up, only a handful of administrator-created accounts.',
      },
    );
  }
}
