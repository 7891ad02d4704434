import { maxHeaderSize, STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { problemTitle, problemType } from '#shared/http/problem.ts';
import { problemResult } from '#shared/http/responses.ts';

/**
 * What the request was, when Node refused it before any handler saw it. Node's limit (maxHeaderSize,
 * 16 KiB: request line and headers together) is hit by a long URL as by big headers: a request line
 * that alone reaches the limit (or has not ended yet) is a URL too long (414), otherwise the headers are (431).
 */
const refusal = (error: Error & { code?: string; rawPacket?: Buffer }) => {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const seen = error.rawPacket?.toString('latin1') ?? '';
    const lineEnd = seen.indexOf('\r\n');
    const kib = Math.round(maxHeaderSize / 1024);
    return lineEnd === -1 || lineEnd >= maxHeaderSize
      ? { status: 414, detail: `Địa chỉ yêu cầu vượt ${kib} KiB / the URL is over ${kib} KiB` }
      : { status: 431, detail: `Phần đầu yêu cầu vượt ${kib} KiB / request headers over ${kib} KiB` };
  }
  return { status: 400, detail: 'Yêu cầu HTTP không đọc được / not a readable HTTP request' };
};

/**
 * Requests Node's HTTP parser refuses answer problem+json, as every other refusal does, instead of
 * Node's bare status line: a URL beyond the header limit is a 414 with a body naming the limit.
 */
export const answerClientErrors = (server: Server): void => {
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const { status, detail } = refusal(error);
    const result = problemResult({ type: problemType(status), title: problemTitle(status), status, detail });
    const body = Buffer.from(result.body ?? '');
    const headers = Object.entries({ ...(result.headers as Record<string, string>), connection: 'close' })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.end(
      Buffer.concat([
        Buffer.from(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers}content-length: ${body.length}\r\n\r\n`),
        body,
      ]),
    );
  });
};
