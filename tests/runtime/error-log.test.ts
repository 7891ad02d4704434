import type { Context } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { routeKey, routes } from '#shared/http/route-table.ts';
import { freePort } from '../../infra/local/dynamodb-local.ts';
import { lambdaContext } from '../../infra/local/lambda-functions.ts';
import { invoke } from '../hardening/invoke.ts';
import { captureOutput, jsonLines } from './capture.ts';

// The logger reads its level when made, at import (the suite's setup silences it): before the imports.
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
});

const putActual = routes.find((route) => routeKey(route) === 'PUT /indicators/{indicatorId}/actuals/{year}')!;
const token = 'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2VuLWJvZHk.c2lnbmF0dXJl';
const departmentClaims = {
  sub: 'nguyen.van.a@so-y-te',
  'cognito:groups': '[department]',
  'custom:departmentId': 'so-y-te',
};
const context = (awsRequestId: string): Context => ({ ...lambdaContext('api-actuals'), awsRequestId });

const failingPut = (claims: Record<string, string>, awsRequestId: string) =>
  captureOutput(() =>
    invoke(
      putActual,
      {
        pathParameters: { indicatorId: 'bhyt', year: '2024' },
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ value: 90 }),
        claims,
      },
      context(awsRequestId),
    ),
  );

describe('an API function that fails', () => {
  it("logs one JSON error line with the request id, the route and the principal's department, never the token", async () => {
    // The store this file's handlers use is made on first use: point it at a port nobody listens on.
    process.env.DYNAMODB_ENDPOINT = `http://127.0.0.1:${await freePort()}`;

    const first = await failingPut(departmentClaims, 'req-department-1');
    expect(first.result.statusCode).toBe(503);
    const errors = jsonLines(first.lines).filter((line) => line.level === 'ERROR');
    expect(errors, first.lines.join('\n')).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      message: 'request failed',
      function_request_id: 'req-department-1',
      function_name: 'api-actuals',
      routeKey: 'PUT /indicators/{indicatorId}/actuals/{year}',
      role: 'department',
      departmentId: 'so-y-te',
      status: 503,
      error: { message: expect.any(String), stack: expect.any(String) },
    });
    expect(first.lines.join('\n')).not.toContain(token);
    expect(first.lines.join('\n')).not.toMatch(/authorization|Bearer/i);

    // The next invocation's line carries its own request id and principal; nothing of the first one's.
    const second = await failingPut({ sub: 'admin@local', 'cognito:groups': '[admin]' }, 'req-admin-2');
    const [line] = jsonLines(second.lines).filter((l) => l.level === 'ERROR');
    expect(line).toMatchObject({ function_request_id: 'req-admin-2', role: 'admin' });
    expect(line).not.toHaveProperty('departmentId');
  });
});
