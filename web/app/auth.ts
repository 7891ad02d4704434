/**
 * Sign-in on AWS (docs/deploy.md): oidc-client-ts against Cognito's managed login, authorization
 * code with PKCE (the library's default for the code flow). Tokens live in memory only — not in
 * localStorage, where any script of the page could read them; a reload signs in again through the
 * managed login's own session. Only the redirect's state (with the PKCE verifier) passes through
 * sessionStorage, and is removed once the callback is read.
 */
import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { signInSettings, type SignInConfig } from '../src/auth-settings.ts';

export interface SignIn {
  /** The current access token, refreshed with the refresh token when it is about to expire. */
  accessToken(): Promise<string | undefined>;
  signIn(): Promise<void>;
  /** Revokes the refresh token, then ends the managed login's session. */
  signOut(): Promise<void>;
}

export const createSignIn = async (config: SignInConfig): Promise<SignIn> => {
  const { signoutExtraQueryParams, ...settings } = signInSettings(config);
  const manager = new UserManager({
    ...settings,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
  });
  let user: User | null = null;
  const url = new URL(window.location.href);
  if (url.searchParams.has('code') && url.searchParams.has('state')) {
    user = (await manager.signinCallback()) ?? null;
    // The code is spent: keep it out of the history and of any bookmark.
    url.searchParams.delete('code');
    url.searchParams.delete('state');
    window.history.replaceState(null, '', url);
  }
  return {
    accessToken: async () => {
      user = (await manager.getUser()) ?? user;
      if (user?.expired && user.refresh_token) user = await manager.signinSilent();
      return user?.access_token;
    },
    signIn: () => manager.signinRedirect(),
    signOut: async () => {
      await manager.revokeTokens(['refresh_token']);
      await manager.signoutRedirect({ extraQueryParams: signoutExtraQueryParams });
    },
  };
};
