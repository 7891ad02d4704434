import { accessTokenClaims, type PreTokenEvent } from '#shared/auth/pre-token.ts';

/** Cognito's pre token generation trigger (V2): the role's scopes and the department in access tokens. */
export const handler = async (event: PreTokenEvent) => accessTokenClaims(event);
