import type middy from '@middy/core';
import type { ApiEvent, ApiResult } from '../api-event.ts';
import { parsePart } from '../validation.ts';
import { HttpProblem, type FieldError } from '../problem.ts';

/** Path, query and body against the route's zod schemas; all failures reported at once (422). */
export const validation = (): middy.MiddlewareObj<ApiEvent, ApiResult> => ({
  name: 'validation',
  before: async ({ event }) => {
    const input = event.input!;
    const { route } = input;
    const errors: FieldError[] = [];
    const attempt = <T>(parse: () => T, fallback: T): T => {
      try {
        return parse();
      } catch (error) {
        if (error instanceof HttpProblem && error.problem.errors) {
          errors.push(...error.problem.errors);
          return fallback;
        }
        throw error;
      }
    };
    if (route.params) input.params = attempt(() => parsePart(route.params!, event.pathParameters ?? {}, 'path'), {});
    if (route.query)
      input.query = attempt(() => parsePart(route.query!, event.queryStringParameters ?? {}, 'query'), {});
    // `body` describes the JSON form; a file (CSV, plain text, a workbook, a .docx) is bytes that its operation reads.
    if (route.body && (input.mediaType ?? 'application/json') === 'application/json')
      input.body = attempt(() => parsePart(route.body!, input.body, 'body'), undefined);
    // A bulk route (one with its own body limit) over its item limit is over its limit like a body over its bytes.
    const overLimit = route.maxBodyBytes !== undefined ? errors.filter((e) => e.code === 'too_big') : [];
    if (overLimit.length > 0) {
      throw new HttpProblem(413, `Quá giới hạn / over the limit: ${overLimit.map((e) => e.message).join('; ')}`, {
        errors: overLimit,
      });
    }
    if (errors.length > 0) {
      const fields = [...new Set(errors.map((e) => `${e.in}${e.field ? `.${e.field}` : ''}`))];
      throw new HttpProblem(422, `Sai dữ liệu ở / invalid: ${fields.join(', ')}`, { errors });
    }
  },
});
