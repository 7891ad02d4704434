import * as z from 'zod';
import vi from 'zod/v4/locales/vi.js';
import { HttpProblem, type FieldError } from './problem.ts';

const vietnamese = vi();

const pointer = (path: PropertyKey[]) =>
  `/${path.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;

const messageVi = (issue: z.core.$ZodIssue): string | undefined => {
  if (issue.code === 'custom') return undefined;
  try {
    const localized = vietnamese.localeError?.(issue as never);
    return typeof localized === 'string' ? localized : localized?.message;
  } catch {
    return undefined;
  }
};

export const fieldErrors = (issues: z.core.$ZodIssue[], part: FieldError['in']): FieldError[] =>
  issues.map((issue) => {
    // An unknown key is reported on its parent; name the key itself, that is what the client must fix.
    const path =
      issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
    return {
      in: part,
      field: path.map(String).join('.'),
      ...(part === 'body' ? { pointer: pointer(path) } : {}),
      message: issue.message,
      ...(messageVi(issue) ? { messageVi: messageVi(issue) } : {}),
      code: issue.code,
    };
  });

/** Parses one part of the request, or throws a 422 naming every failing field. */
export const parsePart = <S extends z.ZodType>(schema: S, input: unknown, part: FieldError['in']): z.output<S> => {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = fieldErrors(result.error.issues, part);
  const fields = errors.map((e) => `${e.in}${e.field ? `.${e.field}` : ''}`);
  throw new HttpProblem(422, `Sai dữ liệu ở / invalid: ${[...new Set(fields)].join(', ')}`, { errors });
};
