import type { ApiResult, Reply } from './api-event.ts';
import type { Problem } from './problem.ts';

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

export const problemResult = (problem: Problem, headers: Record<string, string> = {}): ApiResult => ({
  statusCode: problem.status,
  headers: { ...securityHeaders, 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  body: JSON.stringify(problem),
});

export const replyResult = (reply: Reply): ApiResult => {
  const headers: Record<string, string> = { ...securityHeaders, ...reply.headers };
  if (reply.body === undefined) return { statusCode: reply.status, headers };
  // A file (.docx, .xlsx): API Gateway decodes base64 back to the bytes when the result says so.
  if (Buffer.isBuffer(reply.body)) {
    return { statusCode: reply.status, headers, body: reply.body.toString('base64'), isBase64Encoded: true };
  }
  if (typeof reply.body === 'string') return { statusCode: reply.status, headers, body: reply.body };
  // A file (a workbook) leaves as bytes: API Gateway decodes a base64 answer before sending it.
  if (Buffer.isBuffer(reply.body))
    return { statusCode: reply.status, headers, body: reply.body.toString('base64'), isBase64Encoded: true };
  return {
    statusCode: reply.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(reply.body),
  };
};
