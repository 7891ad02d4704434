import type { Access } from '#shared/http/route.ts';
import type { Principal } from './principal.ts';

/**
 * OAuth scopes of the API (a Cognito resource server on AWS): what a token may be used for. The HTTP
 * API's authorizer checks them per route (infra/cdk/http-api.ts), the local server likewise
 * (infra/local/server.ts); which rows a department may write is still decided by the operation.
 */
export const resourceServer = 'chitieu';
export const scopeNames = { write: 'actuals.write', admin: 'admin' } as const;
export const writeScope = `${resourceServer}/${scopeNames.write}`;
export const adminScope = `${resourceServer}/${scopeNames.admin}`;

/** The scopes of which a route's token needs one; none for public routes. */
export const routeScopes = (access: Access): string[] =>
  access === 'admin' ? [adminScope] : access === 'owner' ? [writeScope, adminScope] : [];

/** The scopes a role's tokens carry: a department writes its actuals, the planning office everything. */
export const scopesForRole = (role: Principal['role'] | undefined): string[] =>
  role === 'admin' ? [writeScope, adminScope] : role === 'department' ? [writeScope] : [];
