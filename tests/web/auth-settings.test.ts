import { describe, expect, it } from 'vitest';
import { apiScopes, signInSettings } from '../../web/src/auth-settings.ts';
import { adminScope, writeScope } from '../../shared/auth/scopes.ts';

describe('the dashboard sign-in settings (Cognito managed login)', () => {
  const settings = signInSettings({
    issuer: 'https://cognito-idp.ap-southeast-1.amazonaws.com/ap-southeast-1_abc',
    domain: 'https://chitieu-123.auth.ap-southeast-1.amazoncognito.com/',
    clientId: 'web-client',
    origin: 'https://d111.cloudfront.net',
  });

  it('authorization code at the issuer, back to the origin, asking for the API scopes', () => {
    expect(settings).toMatchObject({
      authority: 'https://cognito-idp.ap-southeast-1.amazonaws.com/ap-southeast-1_abc',
      client_id: 'web-client',
      response_type: 'code',
      redirect_uri: 'https://d111.cloudfront.net/',
      post_logout_redirect_uri: 'https://d111.cloudfront.net/',
    });
    expect(settings.scope.split(' ')).toEqual(['openid', 'email', writeScope, adminScope]);
    expect(apiScopes).toEqual([writeScope, adminScope]);
  });

  it("names Cognito's revocation and logout endpoints and its logout parameters", () => {
    expect(settings.metadataSeed).toEqual({
      revocation_endpoint: 'https://chitieu-123.auth.ap-southeast-1.amazoncognito.com/oauth2/revoke',
      end_session_endpoint: 'https://chitieu-123.auth.ap-southeast-1.amazoncognito.com/logout',
    });
    expect(settings.signoutExtraQueryParams).toEqual({
      client_id: 'web-client',
      logout_uri: 'https://d111.cloudfront.net/',
    });
  });
});
