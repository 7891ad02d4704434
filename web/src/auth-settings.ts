/**
 * How the dashboard signs in on AWS (docs/deploy.md, "Sign-in"): Cognito's managed login with the
 * authorization code grant and PKCE, for the web client. Pure, so that it is tested without a
 * browser; web/app/auth.ts hands it to oidc-client-ts.
 */
export interface SignInConfig {
  /** https://cognito-idp.<region>.amazonaws.com/<poolId>: the issuer, whose discovery document oidc-client-ts reads. */
  issuer: string;
  /** The managed login's base URL (the stack's SignInDomain output). */
  domain: string;
  /** The web client's id (the WebClientId output). */
  clientId: string;
  /** The dashboard's origin: the callback and sign-out URL is `<origin>/`. */
  origin: string;
}

/** The API's scopes (shared/auth/scopes.ts); Cognito's trigger keeps only those the user's group allows. */
export const apiScopes = ['chitieu/actuals.write', 'chitieu/admin'];

export const signInSettings = (config: SignInConfig) => {
  const domain = config.domain.replace(/\/+$/, '');
  const home = `${config.origin.replace(/\/+$/, '')}/`;
  return {
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: home,
    post_logout_redirect_uri: home,
    response_type: 'code' as const,
    scope: ['openid', 'email', ...apiScopes].join(' '),
    // Cognito's discovery document names neither its revocation nor its logout endpoint.
    metadataSeed: { revocation_endpoint: `${domain}/oauth2/revoke`, end_session_endpoint: `${domain}/logout` },
    // Cognito's /logout takes client_id and logout_uri rather than OIDC's parameters.
    signoutExtraQueryParams: { client_id: config.clientId, logout_uri: home },
    loadUserInfo: false,
  };
};
