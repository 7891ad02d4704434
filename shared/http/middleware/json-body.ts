import type middy from '@middy/core';
import type { ApiEvent, ApiResult } from '../api-event.ts';
import { HttpProblem } from '../problem.ts';

/** API Gateway takes 10 MB, Lambda 6 MB; a plan's worth of JSON is far below this. */
export const maxBodyBytes = 1024 * 1024;

const isJson = (contentType: string) => /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i.test(contentType.trim());

export const bodyText = (event: ApiEvent): string | undefined => {
  if (event.body === undefined || event.body === null) return undefined;
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
};

/** Size, media type and syntax of a JSON body, each failure with its own status (413, 415, 400). */
export const jsonBody = (): middy.MiddlewareObj<ApiEvent, ApiResult> => ({
  name: 'json-body',
  before: async ({ event }) => {
    const input = event.input!;
    const text = bodyText(event);
    if (text !== undefined && Buffer.byteLength(text, 'utf8') > maxBodyBytes) {
      throw new HttpProblem(413, `Tối đa / at most ${maxBodyBytes} bytes`, { limitBytes: maxBodyBytes });
    }
    if (!input.route.body || input.route.body === undefined) return;
    const contentType = event.headers?.['content-type'] ?? '';
    if (!text) {
      throw new HttpProblem(400, 'Thiếu nội dung JSON / a JSON body is required', {
        errors: [{ in: 'body', field: '', message: 'required' }],
      });
    }
    if (!isJson(contentType)) {
      throw new HttpProblem(415, `Cần application/json, nhận / expected application/json, got '${contentType || 'none'}'`, {
        errors: [{ in: 'header', field: 'content-type', message: 'must be application/json' }],
      });
    }
    input.rawBody = text;
    try {
      input.body = JSON.parse(text);
    } catch (error) {
      throw new HttpProblem(400, `JSON không hợp lệ / malformed JSON: ${(error as Error).message}`, {
        errors: [{ in: 'body', field: '', message: 'malformed JSON' }],
      });
    }
  },
});
