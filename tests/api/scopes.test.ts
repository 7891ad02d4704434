import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { localAudience, localIssuer } from '../../infra/local/local-auth.ts';
import { adminScope, writeScope } from '../../shared/auth/scopes.ts';
import { useLocalApi } from '../support/local-api.ts';

const api = useLocalApi();

/** A token signed by the local key with chosen claims: what Cognito would issue with other scopes or use. */
const tokenWith = (claims: Record<string, unknown>) =>
  new SignJWT({ 'cognito:groups': ['admin'], token_use: 'access', ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: 'local-1' })
    .setSubject('scoped@local')
    .setIssuer(localIssuer)
    .setAudience(localAudience)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(api.keys.privateKey);

const createDepartment = async (token: string, id: string) =>
  (
    await api.call('POST', '/departments', {
      token,
      body: { id, name: 'Sở Thử', area: 'Thanh Hóa' },
    })
  ).status;

describe('scopes and token_use, locally as on AWS', () => {
  it('an admin route needs chitieu/admin: without it 403, with it 201; an ID token is refused', async () => {
    expect(await createDepartment(await tokenWith({}), 'scope-none')).toBe(403);
    expect(await createDepartment(await tokenWith({ scope: writeScope }), 'scope-write')).toBe(403);
    expect(await createDepartment(await tokenWith({ scope: `openid ${adminScope}` }), 'scope-admin')).toBe(201);
    expect(await createDepartment(await tokenWith({ scope: adminScope, token_use: 'id' }), 'scope-id')).toBe(401);
    expect(await createDepartment(await api.token({ role: 'admin' }), 'scope-local')).toBe(201);
  });
});
