/**
 * Who is calling, in the product's words. On AWS the HTTP API's JWT authorizer has verified the
 * Cognito token and hands its claims over as strings; locally the server does the same.
 */
export interface Principal {
  subject: string;
  role: 'admin' | 'department';
  departmentId?: string;
}

export type Claims = Record<string, string | number | boolean | string[] | undefined>;

export const groupsClaim = 'cognito:groups';
export const departmentClaim = 'custom:departmentId';

/** API Gateway flattens array claims to "[a b]"; a local token may carry the array itself. */
export const claimList = (value: Claims[string]): string[] => {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  const trimmed = value.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
    const inner = trimmed.slice(1, -1).trim();
    if (inner.startsWith('"')) {
      try {
        return (JSON.parse(trimmed) as unknown[]).map(String);
      } catch {
        return [];
      }
    }
    return inner.split(/[\s,]+/).filter(Boolean);
  }
  return trimmed ? trimmed.split(/[\s,]+/) : [];
};

export const principalFromClaims = (claims: Claims | undefined): Principal | undefined => {
  if (!claims) return undefined;
  const subject = typeof claims.sub === 'string' ? claims.sub : undefined;
  if (!subject) return undefined;
  // Access tokens only: an ID token is for the client that asked for it, not for calling the API.
  if (claims.token_use !== undefined && claims.token_use !== 'access') return undefined;
  const groups = claimList(claims[groupsClaim]);
  if (groups.includes('admin')) return { subject, role: 'admin' };
  const departmentId = claims[departmentClaim];
  if (groups.includes('department') && typeof departmentId === 'string' && departmentId) {
    return { subject, role: 'department', departmentId };
  }
  return undefined;
};

/** Flattens claims the way API Gateway's JWT authorizer does, so local and AWS handlers see the same. */
export const gatewayClaims = (payload: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(payload).map(([key, value]) => [key, Array.isArray(value) ? `[${value.join(' ')}]` : String(value)]),
  );
