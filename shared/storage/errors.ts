/** Storage outcomes the API turns into HTTP answers; the domain never sees DynamoDB's exceptions. */
export class AlreadyExists extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} already exists`);
  }
}

export class NotFound extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} not found`);
  }
}

/** The stored version is not the one the writer based its change on (or there is none). */
export class VersionConflict extends Error {
  constructor(readonly currentVersion: number | null) {
    super('version conflict');
  }
}

export class InvalidCursor extends Error {
  constructor() {
    super('invalid cursor');
  }
}

/** The store could not be reached or refused to serve: the request may be retried later. */
export class StoreUnavailable extends Error {
  constructor(cause: unknown) {
    super('store unavailable', { cause });
  }
}

/** The same values kept being written by others while a batch re-read and re-decided: a retry soon may pass. */
export class WriteContention extends Error {
  constructor() {
    super('values keep being written concurrently');
  }
}
