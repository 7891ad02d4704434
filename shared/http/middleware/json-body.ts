import type middy from '@middy/core';
import type { ApiEvent, ApiResult } from '../api-event.ts';
import { HttpProblem } from '../problem.ts';
import { docxMediaType, type MediaType, type Route } from '../route.ts';

/** A plan's worth of JSON is far below this; routes that take files say their own limit. */
export const maxBodyBytes = 1024 * 1024;

export const bodyLimit = (route: Pick<Route, 'maxBodyBytes'>) => route.maxBodyBytes ?? maxBodyBytes;

/** application/json and any +json type count as JSON; parameters other than charset=utf-8 are refused. */
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

export const bodyText = (event: ApiEvent): string | undefined => {
  if (event.body === undefined || event.body === null) return undefined;
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
};

/** The body's bytes, for a binary media type (a .docx arrives base64-encoded). */
const bodyBytes = (event: ApiEvent): Uint8Array =>
  Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
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

/** How each accepted media type becomes `input.body`: JSON is parsed, text stays text, a .docx stays bytes. */
const decoders: Record<MediaType, (text: string, event: ApiEvent) => unknown> = {
  'application/json': parseJson,
  'text/csv': (text) => text,
  'text/plain': (text) => text,
  [docxMediaType]: (_text, event) => bodyBytes(event),
};

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
    const text = bodyText(event);
    // The bytes sent: a base64-encoded body is counted decoded, as the client sent it.
    const size = text === undefined ? 0 : event.isBase64Encoded ? bodyBytes(event).length : Buffer.byteLength(text);
    if (size > limit) {
      throw new HttpProblem(413, `Tối đa / at most ${limit} bytes`, { limitBytes: limit });
    }
    if (!route.body) return;
    if (!text && route.bodyOptional) {
      input.body = {};
      return;
    }
    const accepted = route.consumes ?? ['application/json'];
    const contentType = event.headers?.['content-type'] ?? '';
    if (!text) {
      throw new HttpProblem(400, `Thiếu nội dung / a body is required (${accepted.join(' or ')})`, {
        errors: [{ in: 'body', field: '', message: 'required' }],
      });
    }
    const { type, charset } = mediaTypeOf(contentType);
    if (!accepted.includes(type as MediaType) || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
      throw new HttpProblem(
        415,
        `Cần / expected ${accepted.join(' or ')} (UTF-8), nhận / got '${contentType || 'none'}'`,
        {
          accepted,
          errors: [{ in: 'header', field: 'content-type', message: `must be ${accepted.join(' or ')}` }],
        },
      );
    }
    input.rawBody = text;
    input.mediaType = type as MediaType;
    input.body = decoders[type as MediaType](text, event);
  },
});
