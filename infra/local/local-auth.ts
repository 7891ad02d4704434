import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, importJWK, jwtVerify, type CryptoKey, type JWK } from 'jose';
import { departmentClaim, groupsClaim } from '#shared/auth/principal.ts';
import { scopesForRole } from '#shared/auth/scopes.ts';

/**
 * Stands in for Cognito and the HTTP API's JWT authorizer: tokens signed with a key made under
 * the data directory on first use, verified with the same rules (issuer, audience, expiry).
 */
export const localIssuer = 'chitieu-local';
export const localAudience = 'chitieu';
const algorithm = 'ES256';

export interface LocalKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

export const loadOrCreateKeys = async (dataDir: string): Promise<LocalKeys> => {
  const file = path.join(dataDir, 'auth', 'signing-key.jwk.json');
  if (!existsSync(file)) {
    const { privateKey } = await generateKeyPair(algorithm, { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), alg: algorithm, kid: 'local-1' };
    mkdirSync(path.dirname(file), { recursive: true });
    // wx: when two processes race on a fresh directory, the second one reads the first one's key.
    try {
      writeFileSync(file, JSON.stringify(jwk), { flag: 'wx', mode: 0o600 });
      chmodSync(file, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const { d: _private, ...publicJwk } = jwk;
  return {
    privateKey: (await importJWK(jwk, algorithm)) as CryptoKey,
    publicKey: (await importJWK(publicJwk, algorithm)) as CryptoKey,
  };
};

export interface TokenRequest {
  role: 'admin' | 'department';
  departmentId?: string;
  subject?: string;
  /** e.g. '12h', '-1h' for an expired token in tests. */
  expiresIn?: string;
}

export const signToken = async (keys: LocalKeys, request: TokenRequest): Promise<string> => {
  const subject = request.subject ?? (request.role === 'admin' ? 'admin@local' : `${request.departmentId}@local`);
  return new SignJWT({
    [groupsClaim]: [request.role],
    ...(request.departmentId ? { [departmentClaim]: request.departmentId } : {}),
    // An access token as Cognito's pre token trigger shapes it (shared/auth/pre-token.ts).
    token_use: 'access',
    scope: scopesForRole(request.role).join(' '),
    client_id: localAudience,
  })
    .setProtectedHeader({ alg: algorithm, kid: 'local-1' })
    .setSubject(subject)
    .setIssuer(localIssuer)
    .setAudience(localAudience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '12h')
    .sign(keys.privateKey);
};

/** The claims of a valid token, or undefined: the caller answers 401 as API Gateway would. */
export const verifyToken = async (keys: LocalKeys, token: string): Promise<Record<string, unknown> | undefined> => {
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      issuer: localIssuer,
      audience: localAudience,
      algorithms: [algorithm],
    });
    return payload as Record<string, unknown>;
  } catch {
    return undefined;
  }
};
