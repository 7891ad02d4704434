import * as z from 'zod';
import { FieldIssue } from '#shared/domain/errors.ts';

/** A problem's `errors` are the domain's field issues as they are (shared/domain/errors.ts). */
export type FieldError = FieldIssue;

/**
 * RFC 9457 problem details. Titles read in Vietnamese with English beside, since the people
 * who meet them are provincial staff first and integrators second.
 */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(FieldIssue).optional(),
  })
  .meta({ id: 'Problem' });
/** Extension members (`currentVersion`, `invalidRows`, …) ride along beside the standard ones. */
export type Problem = z.infer<typeof Problem> & { [extension: string]: unknown };

const titles: Record<number, [slug: string, vi: string, en: string]> = {
  400: ['bad-request', 'Yêu cầu không đọc được', 'Malformed request'],
  401: ['unauthenticated', 'Chưa xác thực', 'Authentication required'],
  403: ['forbidden', 'Không có quyền', 'Forbidden'],
  404: ['not-found', 'Không tìm thấy', 'Not found'],
  405: ['method-not-allowed', 'Phương thức không được hỗ trợ', 'Method not allowed'],
  409: ['conflict', 'Đã tồn tại', 'Already exists'],
  412: ['precondition-failed', 'Phiên bản đã thay đổi', 'Precondition failed: the value changed since you read it'],
  413: ['payload-too-large', 'Dữ liệu gửi lên quá lớn', 'Payload too large'],
  414: ['uri-too-long', 'Địa chỉ yêu cầu quá dài', 'URI too long'],
  415: ['unsupported-media-type', 'Định dạng nội dung không được hỗ trợ', 'Unsupported media type'],
  422: ['validation', 'Dữ liệu không hợp lệ', 'Invalid data'],
  428: [
    'precondition-required',
    'Cần If-Match để thay thế giá trị đã có',
    'If-Match required to replace an existing value',
  ],
  429: ['too-many-requests', 'Quá nhiều yêu cầu', 'Too many requests'],
  431: ['header-fields-too-large', 'Phần đầu yêu cầu quá lớn', 'Request header fields too large'],
  500: ['internal', 'Lỗi hệ thống', 'Internal error'],
  503: ['unavailable', 'Dịch vụ tạm thời không khả dụng', 'Service temporarily unavailable'],
};

export const problemType = (status: number) => `https://chitieu.vn/problems/${titles[status]?.[0] ?? 'error'}`;

export const problemTitle = (status: number) => {
  const entry = titles[status];
  return entry ? `${entry[1]} — ${entry[2]}` : `HTTP ${status}`;
};

/** Thrown anywhere in a request; the problem-responses middleware answers with it. */
export class HttpProblem extends Error {
  readonly problem: Problem;
  constructor(
    readonly status: number,
    detail?: string,
    extra: { errors?: FieldError[]; headers?: Record<string, string>; [key: string]: unknown } = {},
  ) {
    super(detail ?? problemTitle(status));
    const { headers, ...members } = extra;
    this.headers = headers ?? {};
    this.problem = {
      type: problemType(status),
      title: problemTitle(status),
      status,
      ...(detail ? { detail } : {}),
      ...members,
    };
  }
  readonly headers: Record<string, string>;
}

export const fieldProblem = (status: number, error: FieldError, detail?: string) =>
  new HttpProblem(status, detail ?? `${error.in}${error.field ? `.${error.field}` : ''}: ${error.message}`, {
    errors: [error],
  });
