import type { ApiResult } from './api-event.ts';
import { problemTitle, problemType } from './problem.ts';
import { problemResult } from './responses.ts';
import { matchRoute } from './route-table.ts';

/** 404 when no route has the path, 405 with Allow when it exists under other methods. */
export const unmatchedRoute = (method: string, path: string): ApiResult => {
  const match = matchRoute(method, path);
  const allowed = match.route ? [] : match.allowed;
  const status = allowed.length ? 405 : 404;
  return problemResult(
    {
      type: problemType(status),
      title: problemTitle(status),
      status,
      detail: allowed.length
        ? `${method} ${path}: dùng / use ${allowed.join(', ')}`
        : `Không có / no route ${method} ${path}`,
      instance: path,
    },
    allowed.length ? { allow: allowed.join(', ') } : {},
  );
};
