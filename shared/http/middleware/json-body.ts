import type middy from '@middy/core';
import type { ApiEvent, ApiResult } from '../api-event.ts';
import { HttpProblem } from '../problem.ts';
import type { MediaType, Route } from '../route.ts';

/** A plan's worth of JSON is far below this; routes that take files say their own limit. */
export const maxBodyBytes = 1024 * 1024;

export const bodyLimit = (route: Pick<Route, 'maxBodyBytes'>) => route.maxBodyBytes ?? maxBodyBytes;

/** application/json and any +json type count as JSON; the charset parameter, if any, in lower case. */
export const mediaTypeOf = (contentType: string): { type: string; charset?: string } => {
  const [essence = '', ...parameters] = contentType.split(';');
  const type = essence
    .trim()
    .toLowerCase()
    .replace(/^application\/[a-z0-9.+-]+\+json$/, 'application/json');
  const charset = parameters
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p)?.[1]?.toLowerCase())
    .find((c) => c !== undefined);
  return { type, ...(charset ? { charset } : {}) };
};

/** The body's bytes as the client sent them, whether the gateway passed them as text or base64. */
export const bodyBytes = (event: ApiEvent): Buffer | undefined => {
  if (event.body === undefined || event.body === null) return undefined;
  return Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
};

/** Far deeper than any body of this API; a body nested deeper is refused before it is parsed. */
export const maxJsonDepth = 64;

/**
 * How deep the text's arrays and objects nest, counted on the text itself (strings skipped), stopping
 * once past `limit`: a 4 MiB body of a million `[` never becomes a million nested arrays in memory.
 */
const nestingExceeds = (text: string, limit: number): boolean => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
};

const parseJson = (text: string) => {
  if (nestingExceeds(text, maxJsonDepth)) {
    throw new HttpProblem(400, `JSON lồng quá ${maxJsonDepth} tầng / JSON nested deeper than ${maxJsonDepth} levels`, {
      errors: [{ in: 'body', field: '', message: `nested deeper than ${maxJsonDepth} levels` }],
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpProblem(400, `JSON không hợp lệ / malformed JSON: ${(error as Error).message}`, {
      errors: [{ in: 'body', field: '', message: 'malformed JSON' }],
    });
  }
};

/** JSON is parsed here; a file (CSV, a workbook) reaches its operation as bytes, which knows how to read it. */
const isJson = (type: string) => type === 'application/json';

/**
 * Size, media type and syntax of a request body, each failure with its own status (413, 415, 400).
 * The size check comes first and holds for every route, body or not: nothing is parsed beyond the limit.
 */
export const jsonBody = (): middy.MiddlewareObj<ApiEvent, ApiResult> => ({
  name: 'json-body',
  before: async ({ event }) => {
    const input = event.input!;
    const { route } = input;
    const limit = bodyLimit(route);
    const bytes = bodyBytes(event);
    if (bytes !== undefined && bytes.length > limit) {
      throw new HttpProblem(413, `Tối đa / at most ${limit} bytes`, { limitBytes: limit });
    }
    if (!route.body) return;
    if (!bytes?.length && route.bodyOptional) {
      input.body = {};
      return;
    }
    const accepted = route.consumes ?? ['application/json'];
    const contentType = event.headers?.['content-type'] ?? '';
    if (!bytes?.length) {
      throw new HttpProblem(400, `Thiếu nội dung / a body is required (${accepted.join(' or ')})`, {
        errors: [{ in: 'body', field: '', message: 'required' }],
      });
    }
    const { type, charset } = mediaTypeOf(contentType);
    // A file's charset is its reader's business (shared/imports/decode.ts); JSON is UTF-8 (RFC 8259).
    const utf8 = charset === undefined || charset === 'utf-8' || charset === 'utf8';
    if (!accepted.includes(type as MediaType) || (isJson(type) && !utf8)) {
      throw new HttpProblem(
        415,
        `Cần / expected ${accepted.join(' or ')} (UTF-8), nhận / got '${contentType || 'none'}'`,
        {
          accepted,
          errors: [{ in: 'header', field: 'content-type', message: `must be ${accepted.join(' or ')}` }],
        },
      );
    }
    input.mediaType = type as MediaType;
    if (isJson(type)) {
      input.rawBody = bytes.toString('utf8');
      input.body = parseJson(input.rawBody);
    } else input.body = bytes;
  },
});
