import type middy from '@middy/core';
import { principalFromClaims, type Claims } from '#shared/auth/principal.ts';
import type { ApiEvent, ApiResult } from '../api-event.ts';
import { HttpProblem } from '../problem.ts';

/**
 * Role-level access from the verified claims. Ownership of the data (a department writing its
 * own indicator) needs the data, so the operation checks that part.
 */
export const authentication = (): middy.MiddlewareObj<ApiEvent, ApiResult> => ({
  name: 'authentication',
  before: async ({ event }) => {
    const input = event.input!;
    const claims = event.requestContext?.authorizer?.jwt?.claims as Claims | undefined;
    const principal = principalFromClaims(claims);
    if (principal) input.principal = principal;
    if (input.route.access === 'public') return;
    if (!principal) {
      throw new HttpProblem(401, 'Cần Bearer token hợp lệ / a valid Bearer token is required', {
        headers: { 'www-authenticate': 'Bearer' },
      });
    }
    if (input.route.access === 'admin' && principal.role !== 'admin') {
      throw new HttpProblem(403, 'Chỉ quản trị viên / admin only');
    }
  },
});
