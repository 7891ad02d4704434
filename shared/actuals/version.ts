import { RuleViolation } from '#shared/domain/errors.ts';

/**
 * Which version a write replaces, as the storage port takes it: the one If-Match names, the current
 * one for `*` (none when there is none), null without If-Match ("create; none may exist yet").
 */
export const expectedVersion = (
  ifMatch: number | '*' | null,
  current: { version: number } | undefined,
): number | null => (ifMatch === '*' ? (current?.version ?? 0) : ifMatch);

/** The version a write creates: one after the one it replaces, 1 for the first value. */
export const nextVersion = (replaces: number | null): number => (replaces ?? 0) + 1;

/** A value exists and the writer did not say which one it replaces (no If-Match). */
export const versionRequired = (currentVersion: number | null) =>
  new RuleViolation(
    'version-required',
    'Năm này đã có số liệu; gửi If-Match với ETag hiện tại / a value exists; send If-Match with its ETag',
    {
      ...(currentVersion !== null ? { currentVersion } : {}),
    },
  );
