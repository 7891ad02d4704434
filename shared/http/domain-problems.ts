import { RuleViolation, type ViolationKind } from '#shared/domain/errors.ts';
import {
  AlreadyExists,
  InvalidCursor,
  NotFound,
  StoreUnavailable,
  VersionConflict,
  WriteContention,
} from '#shared/storage/errors.ts';
import { HttpProblem } from './problem.ts';

/** The status each kind of broken rule answers with. */
export const violationStatus: Record<ViolationKind, number> = {
  unreadable: 400,
  invalid: 422,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  stale: 412,
  'version-required': 428,
  'too-large': 413,
  unsupported: 415,
  unavailable: 503,
};

/** Seconds a client should wait before retrying while the store is away. */
const storeRetryAfterSeconds = 5;
/** Seconds before retrying values others kept writing: the contention is usually over by then. */
const contentionRetryAfterSeconds = 2;

const etag = (version: number) => `"${version}"`;

const fromViolation = (error: RuleViolation) => {
  const headers: Record<string, string> = {
    ...(error.currentVersion !== undefined ? { etag: etag(error.currentVersion) } : {}),
    ...(error.retryAfterSeconds !== undefined ? { 'retry-after': String(error.retryAfterSeconds) } : {}),
  };
  return new HttpProblem(violationStatus[error.kind], error.detail, {
    ...(error.currentVersion !== undefined ? { currentVersion: error.currentVersion } : {}),
    ...error.members,
    ...(error.issues.length ? { errors: error.issues } : {}),
    ...(Object.keys(headers).length ? { headers } : {}),
  });
};

/**
 * The one mapping from what the domain, the import and the storage port raise to problem+json:
 * below the HTTP layer nothing knows about statuses. Undefined for anything else.
 */
export const domainProblem = (error: unknown): HttpProblem | undefined => {
  if (error instanceof RuleViolation) return fromViolation(error);
  if (error instanceof StoreUnavailable) {
    return new HttpProblem(
      503,
      'Kho dữ liệu tạm thời không truy cập được, hãy thử lại / the data store is unreachable, retry later',
      {
        headers: { 'retry-after': String(storeRetryAfterSeconds) },
      },
    );
  }
  if (error instanceof WriteContention) {
    return new HttpProblem(
      503,
      'Các giá trị này đang bị ghi đồng thời liên tục; hãy thử lại / these values keep being written concurrently; retry',
      {
        headers: { 'retry-after': String(contentionRetryAfterSeconds) },
      },
    );
  }
  if (error instanceof NotFound)
    return new HttpProblem(404, `${error.entity} '${error.id}' không tồn tại / does not exist`);
  if (error instanceof AlreadyExists)
    return new HttpProblem(409, `${error.entity} '${error.id}' đã tồn tại / already exists`);
  if (error instanceof VersionConflict) {
    return new HttpProblem(
      412,
      'If-Match không khớp phiên bản hiện tại / If-Match does not match the current version',
      {
        ...(error.currentVersion !== null
          ? { currentVersion: error.currentVersion, headers: { etag: etag(error.currentVersion) } }
          : {}),
      },
    );
  }
  if (error instanceof InvalidCursor) {
    return new HttpProblem(422, 'cursor không hợp lệ / invalid cursor', {
      errors: [{ in: 'query', field: 'cursor', message: 'not a cursor this API issued' }],
    });
  }
  return undefined;
};
