import { departmentClaim } from './principal.ts';
import { adminScope, scopesForRole, writeScope } from './scopes.ts';

/** The part of Cognito's pre token generation (V2) event this trigger reads and answers. */
export interface PreTokenEvent {
  request: { userAttributes: Record<string, string | undefined>; groupConfiguration: { groupsToOverride?: string[] } };
  response: Record<string, unknown>;
}

/**
 * What Cognito puts in an access token, decided by the user's groups: the API's scopes of the role
 * (any other API scope a client asked for is removed, so no app client can grant more than the
 * groups do), and the department, which Cognito leaves out of access tokens by default. The API
 * then needs only the access token (infra/cdk/auth.ts, docs/deploy.md).
 */
export const accessTokenClaims = (event: PreTokenEvent): PreTokenEvent => {
  const groups = event.request.groupConfiguration.groupsToOverride ?? [];
  const role = groups.includes('admin') ? 'admin' : groups.includes('department') ? 'department' : undefined;
  const granted = scopesForRole(role);
  const departmentId = event.request.userAttributes[departmentClaim];
  return {
    ...event,
    response: {
      claimsAndScopeOverrideDetails: {
        accessTokenGeneration: {
          ...(departmentId ? { claimsToAddOrOverride: { [departmentClaim]: departmentId } } : {}),
          scopesToAdd: granted,
          scopesToSuppress: [writeScope, adminScope].filter((s) => !granted.includes(s)),
        },
      },
    },
  };
};
