import * as z from 'zod';

/**
 * One thing wrong with one field of a request, in the product's words: where it is (body, path,
 * query or header, and the dotted field), what is wrong in English and Vietnamese, and for a row
 * of an import its position. The problem+json `errors` array is a list of these, unchanged.
 */
export const FieldIssue = z.object({
  /** Where the field lives: body, path, query or header. */
  in: z.enum(['body', 'path', 'query', 'header']),
  /** Dotted path inside it, e.g. "target.value"; empty for the whole part. */
  field: z.string(),
  /** RFC 6901 pointer into the request body (body errors only). */
  pointer: z.string().optional(),
  message: z.string(),
  messageVi: z.string().optional(),
  code: z.string().optional(),
  /** For a row of an import: its position among the data rows (1-based), and its line in a CSV file. */
  row: z.number().int().optional(),
  line: z.number().int().optional(),
  /** For a row of a workbook: its sheet, and the cell (`H5`) of the field; `line` is then the sheet row. */
  sheet: z.string().optional(),
  cell: z.string().optional(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/**
 * What kind of rule a request broke. shared/http/domain-problems.ts is the one place that turns a
 * kind into an HTTP status; the domain and the import only say which rule.
 */
export type ViolationKind =
  /** The request cannot be read at all (an unreadable file, a malformed header). */
  | 'unreadable'
  /** Readable, but a value breaks a rule (kind, bounds, year range, a bad header row). */
  | 'invalid'
  /** The caller may not do this (another department's indicator). */
  | 'forbidden'
  | 'not-found'
  /** It exists already, or is being done by someone else right now. */
  | 'conflict'
  /** The caller based the change on a version that is no longer current. */
  | 'stale'
  /** A value exists: the caller must say which version it replaces. */
  | 'version-required'
  | 'too-large'
  /** Sent in a form the route does not read (an encoding it does not take). */
  | 'unsupported'
  /** Nothing wrong with the request; try again later. */
  | 'unavailable';

export interface ViolationOptions {
  issues?: FieldIssue[];
  /** The current version, when the rule is about versions: the client needs it to retry. */
  currentVersion?: number;
  /** Seconds after which a retry may succeed ('unavailable'). */
  retryAfterSeconds?: number;
  /** Further members the answer carries as they are (e.g. `limitRows`). */
  members?: Record<string, unknown>;
}

/** A request that breaks a rule of the domain; `detail` reads in Vietnamese with English beside. */
export class RuleViolation extends Error {
  readonly issues: FieldIssue[];
  readonly currentVersion?: number;
  readonly retryAfterSeconds?: number;
  readonly members: Record<string, unknown>;
  constructor(
    readonly kind: ViolationKind,
    readonly detail: string,
    options: ViolationOptions = {},
  ) {
    super(detail);
    this.issues = options.issues ?? [];
    if (options.currentVersion !== undefined) this.currentVersion = options.currentVersion;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
    this.members = options.members ?? {};
  }
}

/** "Invalid: body.value, path.year": the detail of a 422 names the fields its issues name. */
export const invalidFields = (issues: FieldIssue[]) =>
  new RuleViolation('invalid', `Sai dữ liệu ở / invalid: ${issues.map((e) => `${e.in}.${e.field}`).join(', ')}`, {
    issues,
  });
