import { describe, expect, it } from 'vitest';
import { versionRequired } from '#shared/actuals/index.ts';
import { invalidFields, RuleViolation } from '#shared/domain/errors.ts';
import { asProblem } from '#shared/http/middleware/problem-responses.ts';
import { HttpProblem } from '#shared/http/problem.ts';
import { readCsv } from '#shared/imports/csv-read.ts';
import { StoreUnavailable, VersionConflict, WriteContention } from '#shared/storage/errors.ts';

/** The answer as it leaves: the body byte for byte (member order included) and the headers. */
const wire = (problem: HttpProblem) => ({ body: JSON.stringify(problem.problem), headers: problem.headers });

const thrown = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

/**
 * Each domain error against the HttpProblem the code threw in its place before the errors moved
 * below the HTTP layer: the same status, headers and problem+json, member for member.
 */
describe('domain errors map to the problem+json the API answered before', () => {
  const issues = [
    {
      in: 'path' as const,
      field: 'year',
      message: 'year must be within 2014–2030 for this plan',
      messageVi: 'năm phải trong khoảng 2014–2030',
    },
    {
      in: 'body' as const,
      field: 'value',
      pointer: '/value',
      message: 'value must be within 0…100 %',
      messageVi: 'giá trị phải trong khoảng 0…100',
    },
  ];
  it.each<[string, unknown, HttpProblem]>([
    [
      "PUT of another department's indicator (403)",
      new RuleViolation('forbidden', "Chỉ tiêu này do / this indicator belongs to 'so-y-te'"),
      new HttpProblem(403, "Chỉ tiêu này do / this indicator belongs to 'so-y-te'"),
    ],
    [
      'a value out of range (422)',
      invalidFields(issues),
      new HttpProblem(422, `Sai dữ liệu ở / invalid: ${issues.map((e) => `${e.in}.${e.field}`).join(', ')}`, {
        errors: issues,
      }),
    ],
    [
      'a plan gone (404)',
      new RuleViolation('not-found', "Kế hoạch / plan 'kh-68' không tồn tại / does not exist"),
      new HttpProblem(404, "Kế hoạch / plan 'kh-68' không tồn tại / does not exist"),
    ],
    [
      'a value exists, no If-Match (428, with its ETag)',
      versionRequired(3),
      new HttpProblem(
        428,
        'Năm này đã có số liệu; gửi If-Match với ETag hiện tại / a value exists; send If-Match with its ETag',
        { currentVersion: 3, headers: { etag: '"3"' } },
      ),
    ],
    [
      'a value appeared meanwhile, version unknown (428)',
      versionRequired(null),
      new HttpProblem(
        428,
        'Năm này đã có số liệu; gửi If-Match với ETag hiện tại / a value exists; send If-Match with its ETag',
        {},
      ),
    ],
    [
      'If-Match stale (412)',
      new VersionConflict(7),
      new HttpProblem(412, 'If-Match không khớp phiên bản hiện tại / If-Match does not match the current version', {
        currentVersion: 7,
        headers: { etag: '"7"' },
      }),
    ],
    [
      'an import whose values others keep writing (503, Retry-After 2)',
      new WriteContention(),
      new HttpProblem(
        503,
        'Các giá trị này đang bị ghi đồng thời liên tục; hãy thử lại / these values keep being written concurrently; retry',
        { headers: { 'retry-after': '2' } },
      ),
    ],
    [
      'the store away (503, Retry-After 5)',
      new StoreUnavailable(new Error('ECONNREFUSED')),
      new HttpProblem(
        503,
        'Kho dữ liệu tạm thời không truy cập được, hãy thử lại / the data store is unreachable, retry later',
        { headers: { 'retry-after': '5' } },
      ),
    ],
    [
      'a CSV header naming an unknown column (422, line 1)',
      thrown(() => readCsv('indicatorId,year,value,colour\nx,2025,1,red\n')),
      new HttpProblem(
        422,
        "Dòng tiêu đề / header (line 1): unknown column 'colour'; the columns are indicatorId, planId, code, year, value, status, note",
        {
          errors: [
            {
              in: 'body',
              field: 'colour',
              line: 1,
              message: "unknown column 'colour'; the columns are indicatorId, planId, code, year, value, status, note",
              messageVi: "cột 'colour' không hợp lệ; các cột: indicatorId, planId, code, year, value, status, note",
            },
          ],
        },
      ),
    ],
    [
      'a file that is not UTF-8 (400)',
      thrown(() => readCsv('indicatorId,year,value\nx,2025,\uFFFD\n')),
      new HttpProblem(
        400,
        'Tệp không phải UTF-8; hãy lưu dạng "CSV UTF-8" / the file is not UTF-8: save it as "CSV UTF-8"',
        { errors: [{ in: 'body', field: '', message: 'not valid UTF-8' }] },
      ),
    ],
  ])('%s', (_, error, before) => {
    expect(wire(asProblem(error))).toEqual(wire(before));
    expect(asProblem(error).status).toBe(before.status);
  });

  it('an unclosed quote is a 400 whose error names the line', () => {
    const problem = asProblem(thrown(() => readCsv('indicatorId,year,value\nx,2025,"1\n')));
    expect(problem.status).toBe(400);
    expect(problem.problem.detail).toMatch(/^CSV không đọc được \/ unreadable CSV: /);
    const message = problem.problem.detail!.replace('CSV không đọc được / unreadable CSV: ', '');
    expect(problem.problem.errors).toEqual([{ in: 'body', field: '', line: 2, message }]);
  });

  it('every kind has its status', () => {
    const kinds = {
      unreadable: 400,
      invalid: 422,
      forbidden: 403,
      'not-found': 404,
      conflict: 409,
      stale: 412,
      'version-required': 428,
      'too-large': 413,
      unavailable: 503,
    } as const;
    for (const [kind, status] of Object.entries(kinds))
      expect(asProblem(new RuleViolation(kind as keyof typeof kinds, 'x')).status).toBe(status);
    expect(wire(asProblem(new RuleViolation('unavailable', 'x', { retryAfterSeconds: 3 }))).headers).toEqual({
      'retry-after': '3',
    });
  });
});
