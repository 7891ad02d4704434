import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mediaTypeOf } from '#shared/http/middleware/json-body.ts';
import { xlsxMediaType } from '#shared/imports/xlsx-columns.ts';
import { matchRoute, routeKey, routes, type Route } from '#shared/http/route-table.ts';
import { mapLimit } from '#shared/concurrency/map-limit.ts';
import { useLocalApi } from '../support/local-api.ts';
import { tableSnapshot } from '../support/table-snapshot.ts';
import { adminClaims, invoke, type Invocation } from './invoke.ts';
import { routeMatrix } from './route-matrix.ts';
import { seedWorld, useLocalOutbox, type World } from './world.ts';

useLocalOutbox();
const api = useLocalApi();

/** Requests per write route (docs/design.md §6 asks for at least 1,000); FUZZ_RUNS raises it for a longer hunt. */
const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const seed = Number(process.env.FUZZ_SEED ?? 20260406);
const concurrency = 8;

const writeRoutes = routes.filter((route) => route.method !== 'GET');

/** A valid request for the route, from the access matrix's sample (so a new route is covered once it has a row). */
const templateOf = (route: Route, world: World) => {
  const sample = routeMatrix[route.operationId]!.request(world, 'admin', 0);
  const match = matchRoute(route.method, sample.path);
  if (!match.route) throw new Error(`${routeKey(route)}: the matrix sample ${sample.path} does not match it`);
  return { pathParameters: match.pathParameters, body: sample.body ?? {} };
};

const fails = (schema: { safeParse(v: unknown): { success: boolean } } | undefined, value: unknown) =>
  !schema || !schema.safeParse(value).success;

const json = { 'content-type': 'application/json' };
const noiseHeaders = fc.record(
  {
    'idempotency-key': fc.oneof(fc.string({ maxLength: 300 }), fc.uuid()),
    'if-match': fc.oneof(fc.constant('"1"'), fc.string({ maxLength: 20 })),
    'x-forwarded-for': fc.ipV4(),
  },
  { requiredKeys: [] },
);

/** Arbitrary JSON, weighted toward the awkward: deep nesting, huge numbers, prototype keys, long strings. */
const anyJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  // eslint-disable-next-line no-loss-of-precision -- 2^53 + 1 on purpose: not exactly representable
  fc.constantFrom(1e308, -1e308, 9007199254740993, 5e-324, -0, '', '\u0000', '__proto__', 'constructor'),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), fc.jsonValue({ maxDepth: 2 })),
  fc.string({ unit: 'grapheme', maxLength: 3000 }),
);

type Case = { strategy: string; invocation: Invocation };
/** The part of the request a group of cases is about: a thousand malformed bodies, queries, path parameters each. */
export type Part = 'body' | 'query' | 'path';

/**
 * Each case carries at least one defect the API must refuse, so no case may write: malformed JSON,
 * a body the route's schema rejects, a media type it does not take, path parameters or a query it
 * rejects, or (per route) a well-formed request the operation must refuse. Noise rides along.
 */
const casesFor = (route: Route, world: World): Partial<Record<Part, fc.Arbitrary<Case>>> => {
  const template = templateOf(route, world);
  const base = (extra: Partial<Invocation>) => ({
    pathParameters: template.pathParameters,
    headers: { ...json },
    body: JSON.stringify(template.body),
    claims: adminClaims,
    ...extra,
  });
  const groups: Record<Part, fc.WeightedArbitrary<Case>[]> = { body: [], query: [], path: [] };
  // Requests the middlewares refuse cost microseconds; those the operation refuses cost DynamoDB Local
  // round trips: weighted so that a thousand cases take seconds, with every strategy drawn often.
  const add = (part: Part, strategy: string, arbitrary: fc.Arbitrary<Partial<Invocation>>, weight = 4) =>
    groups[part].push({
      weight,
      arbitrary: fc.tuple(arbitrary, noiseHeaders).map(([extra, noise]) => ({
        strategy,
        invocation: { ...base(extra), headers: { ...json, ...noise, ...extra.headers } },
      })),
    });

  const bodyDefects: fc.Arbitrary<Partial<Invocation>>[] = [];
  if (route.body) {
    // Not the empty body: some routes read that as {} (bodyOptional).
    const malformed = fc
      .string({ minLength: 1, maxLength: 200 })
      .filter((text) => {
        try {
          JSON.parse(text);
          return false;
        } catch {
          return true;
        }
      })
      .map((body) => ({ body }));
    const mutated = fc
      .tuple(
        fc.oneof(fc.constantFrom('value', ...Object.keys(template.body as object)), fc.string({ maxLength: 12 })),
        anyJson,
        fc.boolean(),
      )
      .map(([key, value, drop]) => {
        const copy: Record<string, unknown> = { ...(template.body as object) };
        if (drop) delete copy[key];
        else copy[key] = value;
        return copy;
      });
    const rejected = fc
      .oneof(anyJson, mutated)
      .filter((v) => fails(route.body, v))
      .map((v) => ({ body: JSON.stringify(v) }));
    add('body', 'malformed JSON', malformed);
    add('body', 'body the schema rejects', rejected);
    add(
      'body',
      'media type it does not take',
      fc
        .oneof(
          fc.constantFrom(
            'text/plain',
            'application/xml',
            'multipart/form-data',
            'application/x-www-form-urlencoded',
            'application/json; charset=latin1',
          ),
          fc.string({ maxLength: 40 }),
        )
        .filter(
          (type) =>
            !(route.consumes ?? ['application/json']).includes(mediaTypeOf(type).type as never) ||
            /charset=(?!utf-?8)/i.test(type),
        )
        .map((type) => ({ headers: { 'content-type': type } })),
    );
    bodyDefects.push(malformed, rejected);
  }
  if (route.params) {
    const names = Object.keys(template.pathParameters);
    add(
      'path',
      'path parameters it rejects',
      fc
        .tuple(
          fc.constantFrom(...names),
          fc.oneof(
            fc.string({ maxLength: 100 }),
            fc.string({ unit: 'grapheme', maxLength: 20 }),
            fc.constantFrom('2024.5', '-1', '1e3', ' 2024', '%00', '../plans'),
          ),
        )
        .map(([name, value]) => ({ ...template.pathParameters, [name]: value }))
        .filter((p) => fails(route.params, p))
        .map((pathParameters) => ({ pathParameters })),
    );
  }
  const anyQuery = fc.dictionary(
    fc.oneof(
      fc.constantFrom('dryRun', 'limit', 'cursor', 'locale', 'asOf'),
      fc.string({ maxLength: 10 }),
      fc.string({ unit: 'grapheme', maxLength: 5 }),
    ),
    fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('true', '', '2024-13-01', '%FF')),
    { minKeys: 1, maxKeys: 4 },
  );
  if (route.query) {
    add(
      'query',
      'a query it rejects',
      anyQuery.filter((q) => fails(route.query, q)).map((query) => ({ query })),
    );
  } else if (bodyDefects.length) {
    // The route reads no query: API Gateway passes any, the route must ignore it and still refuse the body.
    add(
      'query',
      'any query, with a body it refuses',
      fc.tuple(anyQuery, fc.oneof(...bodyDefects)).map(([query, defect]) => ({ ...defect, query })),
    );
  }
  for (const [part, strategy, arbitrary] of operationDefects(route, world)) add(part, strategy, arbitrary, 1);
  return Object.fromEntries(
    Object.entries(groups)
      .filter(([, list]) => list.length)
      .map(([part, list]) => [part, fc.oneof(...list)]),
  );
};

/** Well-formed requests the operation itself must refuse (checked against the stored data). */
const operationDefects = (route: Route, w: World): [Part, string, fc.Arbitrary<Partial<Invocation>>][] => {
  const body = (arbitrary: fc.Arbitrary<unknown>) => arbitrary.map((v) => ({ body: JSON.stringify(v) }));
  const template = templateOf(route, w).body as Record<string, unknown>;
  switch (routeKey(route)) {
    case 'PUT /indicators/{indicatorId}/actuals/{year}':
      return [
        [
          'body',
          'a value outside 0–100 %',
          body(
            fc
              .double({ noNaN: true })
              .filter((v) => v < 0 || v > 100)
              .map((value) => ({ value })),
          ),
        ],
        ['body', 'a milestone value for a number', body(fc.boolean().map((value) => ({ value })))],
        [
          'path',
          'a year outside the plan',
          fc
            .integer({ min: 1900, max: 2100 })
            .filter((y) => y < 2014 || y > 2030)
            .map((y) => ({ pathParameters: { indicatorId: w.indicatorId, year: String(y) } })),
        ],
        [
          'path',
          'an indicator that does not exist',
          fc
            .stringMatching(/^[a-z0-9]{1,20}$/)
            .map((id) => ({ pathParameters: { indicatorId: `nope-${id}`, year: '2025' } })),
        ],
      ];
    case 'POST /plans':
      return [['body', 'an existing plan id', fc.constant({ body: JSON.stringify({ ...template, id: w.planId }) })]];
    case 'POST /departments':
      return [
        [
          'body',
          'an existing department id',
          fc.constant({ body: JSON.stringify({ ...template, id: w.ownerDepartment }) }),
        ],
      ];
    case 'POST /plans/{planId}/indicators':
      return [
        [
          'body',
          'an unknown department',
          body(fc.stringMatching(/^[a-z0-9]{1,20}$/).map((d) => ({ ...template, departmentId: `nope-${d}` }))),
        ],
        ['body', 'an existing indicator id', fc.constant({ body: JSON.stringify({ ...template, id: w.indicatorId }) })],
        [
          'path',
          'a plan that does not exist',
          fc.stringMatching(/^[a-z0-9]{1,20}$/).map((p) => ({ pathParameters: { planId: `nope-${p}` } })),
        ],
      ];
    case 'PATCH /plans/{planId}':
      return [
        [
          'path',
          'a plan that does not exist',
          fc.stringMatching(/^[a-z0-9]{1,20}$/).map((p) => ({ pathParameters: { planId: `nope-${p}` } })),
        ],
        [
          'body',
          'a reporting unit that does not exist',
          body(
            fc.stringMatching(/^[a-z0-9]{1,20}$/).map((d) => ({
              reporting: { deadline: '12-10', yearOffset: 0, units: [w.ownerDepartment, `nope-${d}`] },
            })),
          ),
        ],
      ];
    case 'PATCH /indicators/{indicatorId}':
      return [
        [
          'path',
          'an indicator that does not exist',
          fc.stringMatching(/^[a-z0-9]{1,20}$/).map((i) => ({ pathParameters: { indicatorId: `nope-${i}` } })),
        ],
        [
          'body',
          'an amendment in force before the target it replaces (the plan was signed 2024-03-08)',
          body(
            fc.date({ min: new Date('1990-01-01'), max: new Date('2024-03-07'), noInvalidDate: true }).map((day) => ({
              target: { comparator: '>=', value: 96, year: 2030 },
              amendment: { document: '208/KH-UBND', date: day.toISOString().slice(0, 10) },
            })),
          ),
        ],
      ];
    case 'POST /plans/{planId}/tasks':
      return [
        [
          'body',
          'an unknown lead department',
          body(fc.stringMatching(/^[a-z0-9]{1,20}$/).map((d) => ({ ...template, leadDepartmentId: `nope-${d}` }))),
        ],
        ['body', 'an existing task id', fc.constant({ body: JSON.stringify({ ...template, id: w.taskId }) })],
        [
          'path',
          'a plan that does not exist',
          fc.stringMatching(/^[a-z0-9]{1,20}$/).map((p) => ({ pathParameters: { planId: `nope-${p}` } })),
        ],
      ];
    case 'PATCH /tasks/{taskId}':
      return [
        [
          'body',
          'an unknown supporting department',
          body(fc.stringMatching(/^[a-z0-9]{1,20}$/).map((d) => ({ supportingDepartmentIds: [`nope-${d}`] }))),
        ],
        [
          'path',
          'a task that does not exist',
          fc.stringMatching(/^[a-z0-9]{1,20}$/).map((t) => ({ pathParameters: { taskId: `nope-${t}` } })),
        ],
      ];
    case 'PUT /tasks/{taskId}/reports/{year}':
      return [
        [
          'path',
          'a year outside the plan period',
          fc
            .integer({ min: 1900, max: 2100 })
            .filter((y) => y < 2024 || y > 2030)
            .map((y) => ({ pathParameters: { taskId: w.taskId, year: String(y) } })),
        ],
        [
          'path',
          'a task that does not exist',
          fc.stringMatching(/^[a-z0-9]{1,20}$/).map((t) => ({ pathParameters: { taskId: `nope-${t}`, year: '2025' } })),
        ],
      ];
    case 'POST /imports': {
      const row = fc.record(
        {
          indicatorId: fc.constantFrom(w.indicatorId, w.milestoneId),
          year: fc.integer({ min: 2000, max: 2040 }),
          value: fc.oneof(fc.double(), fc.boolean(), fc.integer()),
          status: fc.constantFrom('final', 'provisional'),
        },
        { requiredKeys: ['indicatorId', 'year', 'value'] },
      );
      const poison = fc.record({
        indicatorId: fc.stringMatching(/^[a-z0-9]{1,12}$/).map((id) => `nope-${id}`),
        year: fc.constant(2025),
        value: fc.constant(1),
      });
      const rows = fc
        .tuple(fc.array(row, { maxLength: 30 }), poison, fc.nat())
        .map(([good, bad, at]) => [
          ...good.slice(0, at % (good.length + 1)),
          bad,
          ...good.slice(at % (good.length + 1)),
        ]);
      const cell = fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(w.indicatorId, '2025', '87,25', '13.787', 'có', '"', ';', ',', '\n', '=1+1'),
      );
      const csvText = fc
        .tuple(fc.constantFrom(',', ';'), fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 20 }))
        .map(([d, lines]) =>
          [
            `indicatorId${d}year${d}value${d}status${d}note`,
            ...lines.map((l) => l.join(d)),
            `nope-x${d}2025${d}1${d}${d}`,
          ].join('\n'),
        );
      return [
        ['body', 'rows with one unknown indicator', body(rows.map((r) => ({ rows: r })))],
        [
          'body',
          'CSV with one unknown indicator',
          csvText.map((text) => ({ body: text, headers: { 'content-type': 'text/csv' } })),
        ],
        [
          'body',
          'CSV bytes in any declared or detected encoding, with one unknown indicator',
          fc
            .tuple(
              csvText,
              fc.constantFrom(undefined, 'utf-8', 'windows-1258', 'utf-16', 'utf-16le', 'utf-16be', 'latin1'),
              fc.uint8Array({ maxLength: 40 }),
              fc.constantFrom('utf8', 'utf16le', 'latin1'),
            )
            .map(([text, charset, noise, bytesAs]) => ({
              body: Buffer.concat([Buffer.from(text, bytesAs), noise]),
              headers: { 'content-type': `text/csv${charset ? `; charset=${charset}` : ''}` },
            })),
        ],
        [
          'body',
          '.xlsx with one unknown indicator, any cells around it; or bytes that are no workbook',
          fc
            .oneof(
              fc
                .array(fc.array(fc.oneof(cell, fc.double(), fc.boolean()), { maxLength: 6 }), { maxLength: 10 })
                .map((lines) => {
                  const book = XLSX.utils.book_new();
                  const header = ['Mã (indicatorId)', 'Năm (year)', 'Giá trị (value)', 'status', 'Ghi chú (note)'];
                  const sheet = XLSX.utils.aoa_to_sheet([header, ...lines, ['nope-x', 2025, 1]]);
                  XLSX.utils.book_append_sheet(book, sheet, 'Chỉ tiêu');
                  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
                }),
              fc.uint8Array({ maxLength: 200 }).map((noise) => Buffer.concat([Buffer.from('PK\x03\x04'), noise])),
            )
            .map((bytes) => ({ body: bytes, headers: { 'content-type': xlsxMediaType } })),
        ],
        [
          'body',
          'CSV with a broken header',
          fc
            .string({ maxLength: 300 })
            .filter((t) => t.trim().length > 0)
            .map((text) => ({ body: text, headers: { 'content-type': 'text/csv' } })),
        ],
      ];
    }
    case 'POST /target-drafts': {
      const text = (type: string) => (body: string) => ({ body, headers: { 'content-type': type } });
      return [
        ['body', 'an empty or blank text', fc.constantFrom('', ' ', '\n\t ').map(text('text/plain; charset=utf-8'))],
        [
          'body',
          'text that is not UTF-8',
          fc.string({ maxLength: 200 }).map((t) => text('text/plain')(`${t}\uFFFD${t}`)),
        ],
        [
          'body',
          'a .docx that is not one',
          fc
            .string({ minLength: 1, maxLength: 300 })
            .map(text('application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
        ],
        [
          'body',
          'a text over 2 MiB',
          fc
            .constantFrom('Tỷ lệ hộ nghèo dưới 3%. ', 'x')
            .map((t) => text('text/plain')(t.repeat(2 ** 21 / t.length + 1))),
        ],
      ];
    }
    case 'POST /plans/{planId}/indicators:batch': {
      const indicators = template.indicators as Record<string, unknown>[];
      const fresh = fc
        .array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 5 })
        .map((ids) => [...new Set(ids)].map((id) => ({ ...indicators[0], id: `fuzz-batch-${id}` })));
      const withPoison = (poison: fc.Arbitrary<Record<string, unknown>>) =>
        body(
          fc.tuple(fresh, poison, fc.nat()).map(([good, bad, at]) => ({
            indicators: [...good.slice(0, at % (good.length + 1)), bad, ...good.slice(at % (good.length + 1))],
          })),
        );
      return [
        [
          'body',
          'one unknown department among new indicators',
          withPoison(
            fc
              .stringMatching(/^[a-z0-9]{1,12}$/)
              .map((d) => ({ ...indicators[0], id: `fuzz-batch-dept-${d}`, departmentId: `nope-${d}` })),
          ),
        ],
        [
          'body',
          'one existing indicator id among new ones',
          withPoison(fc.constant({ ...indicators[0], id: w.indicatorId })),
        ],
        [
          'body',
          'the same id twice',
          fresh.map((list) => ({ body: JSON.stringify({ indicators: [...list, list[0]] }) })),
        ],
        [
          'body',
          'more items than one transaction holds',
          fc.integer({ min: 3, max: 10 }).map((departments) => ({
            body: JSON.stringify({
              indicators: Array.from({ length: 49 }, (_, i) => ({
                ...indicators[0],
                id: `fuzz-batch-big-${i}`,
                departmentId: `dept-${i % departments}`,
              })),
            }),
          })),
        ],
        [
          'path',
          'a plan that does not exist',
          fc.stringMatching(/^[a-z0-9]{1,20}$/).map((p) => ({ pathParameters: { planId: `nope-${p}` } })),
        ],
      ];
    }
    case 'PUT /plans/{planId}/reports/{year}/{departmentId}':
    case 'POST /plans/{planId}/reports/{year}/{departmentId}/review':
      return [
        [
          'path',
          'a year outside the plan period',
          fc
            .integer({ min: 1900, max: 2100 })
            .filter((y) => y < 2024 || y > 2030)
            .map((y) => ({
              pathParameters: { planId: w.planId, year: String(y), departmentId: w.ownerDepartment },
            })),
        ],
        [
          'path',
          'a unit that does not report on the plan',
          fc.stringMatching(/^[a-z0-9]{1,20}$/).map((d) => ({
            pathParameters: { planId: w.planId, year: String(w.year), departmentId: `nope-${d}` },
          })),
        ],
      ];
    case 'POST /departments/{departmentId}/succession':
      return [
        [
          'body',
          'a successor that is the unit itself or does not exist',
          body(
            fc
              .oneof(
                fc.constant(w.otherDepartment),
                fc.stringMatching(/^[a-z0-9]{1,20}$/).map((d) => `nope-${d}`),
              )
              .map((id) => ({ ...template, successorIds: [id] })),
          ),
        ],
        [
          'path',
          'a unit that does not exist',
          fc.stringMatching(/^[a-z0-9]{1,20}$/).map((d) => ({ pathParameters: { departmentId: `nope-${d}` } })),
        ],
      ];
    default:
      return [];
  }
};

const leak = /node_modules|\.ts:\d+|\bat [\w.<>]+ \(|Exception|stack/;

/** 2xx, or a 4xx problem without internals; never a 5xx. */
const verdict = (result: { statusCode?: number; body?: string; headers?: unknown }) => {
  const status = result.statusCode ?? 0;
  if (status >= 200 && status < 300) return undefined;
  const type = String((result.headers as Record<string, unknown> | undefined)?.['content-type'] ?? '');
  let problem: { status?: number } | undefined;
  try {
    problem = JSON.parse(result.body ?? '');
  } catch {
    problem = undefined;
  }
  if (
    status >= 400 &&
    status < 500 &&
    type.startsWith('application/problem+json') &&
    problem?.status === status &&
    !leak.test(result.body ?? '')
  )
    return undefined;
  return `${status} ${String(result.body).slice(0, 200)}`;
};

describe('fuzzing the write routes (in-process, against DynamoDB Local)', () => {
  it(`${runs} malformed bodies, ${runs} queries and ${runs} path parameters per write route: only 4xx problem+json, and the table is byte-for-byte unchanged`, async () => {
    const world = await seedWorld(api, 'fuzz');
    const before = await tableSnapshot();
    const failures: string[] = [];
    const tally: Record<string, number> = {};
    for (const route of writeRoutes) {
      const groups = Object.entries(casesFor(route, world));
      expect(
        groups.map(([part]) => part),
        routeKey(route),
      ).toContain('body');
      const cases = groups.flatMap(([, arbitrary]) => fc.sample(arbitrary, { numRuns: runs, seed }));
      await mapLimit(cases, concurrency, async ({ strategy, invocation }) => {
        tally[`${routeKey(route)} · ${strategy}`] = (tally[`${routeKey(route)} · ${strategy}`] ?? 0) + 1;
        const result = await invoke(route, invocation);
        const wrong =
          (result.statusCode ?? 0) < 400 ? `${result.statusCode} (a defective request was accepted)` : verdict(result);
        if (wrong)
          failures.push(`${routeKey(route)} [${strategy}] → ${wrong}\n    ${JSON.stringify(invocation).slice(0, 600)}`);
      });
    }
    expect(failures.slice(0, 10), `${failures.length} failures (seed ${seed})`).toEqual([]);
    expect(await tableSnapshot()).toBe(before);
    // Every strategy was drawn often enough to mean something.
    for (const [name, count] of Object.entries(tally)) expect(count, name).toBeGreaterThan(runs / 50);
  }, 180_000);

  // The cases above all carry a defect, so they never reach a write. Values that pass every check
  // must be storable too: extreme numbers on an indicator without bounds, on the success path.
  it('schema-valid extremes (huge, tiny, negative numbers) on an unbounded indicator: 2xx or 4xx, never a 5xx', async () => {
    const world = await seedWorld(api, 'extreme');
    const unbounded = 'extreme-can';
    const admin = world.admin;
    await api.call('POST', `/plans/${world.planId}/indicators`, {
      token: admin,
      body: {
        ...(templateOf(
          routes.find((r) => routeKey(r) === 'POST /plans/{planId}/indicators')!,
          world,
        ).body as object),
        id: unbounded,
        unit: 'căn',
      },
    });
    const extreme = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 1e21, 5e-324, 1e-131, 1e-130, -1e300),
    );
    const byRoute = (key: string) => routes.find((r) => routeKey(r) === key)!;
    const cases: [Route, Invocation][] = [
      ...fc
        .sample(fc.tuple(extreme, fc.integer({ min: 2014, max: 2030 })), { numRuns: 150, seed })
        .map(([value, year]): [Route, Invocation] => [
          byRoute('PUT /indicators/{indicatorId}/actuals/{year}'),
          {
            pathParameters: { indicatorId: unbounded, year: String(year) },
            headers: { ...json, 'if-match': '*' },
            body: JSON.stringify({ value }),
            claims: adminClaims,
          },
        ]),
      ...fc
        .sample(fc.array(extreme, { minLength: 1, maxLength: 5 }), { numRuns: 50, seed })
        .map((values): [Route, Invocation] => [
          byRoute('POST /imports'),
          {
            headers: json,
            body: JSON.stringify({
              rows: values.map((value, i) => ({ indicatorId: unbounded, year: 2014 + i, value })),
            }),
            claims: adminClaims,
          },
        ]),
      ...fc.sample(extreme, { numRuns: 50, seed }).map((value, i): [Route, Invocation] => [
        byRoute('POST /plans/{planId}/indicators'),
        {
          pathParameters: { planId: world.planId },
          headers: json,
          body: JSON.stringify({
            ...(templateOf(byRoute('POST /plans/{planId}/indicators'), world).body as object),
            id: `extreme-${i}`,
            unit: 'căn',
            target: { comparator: '>=', value, year: 2030 },
            min: value,
          }),
          claims: adminClaims,
        },
      ]),
    ];
    const failures: string[] = [];
    await mapLimit(cases, concurrency, async ([route, invocation]) => {
      const wrong = verdict(await invoke(route, invocation));
      if (wrong) failures.push(`${routeKey(route)} → ${wrong}\n    ${invocation.body}`);
    });
    expect(failures.slice(0, 10), `${failures.length} failures`).toEqual([]);
  }, 60_000);

  it('the workbook template under any query (year, unit, plan, extra keys): 200 or a 4xx problem, never a 5xx', async () => {
    const world = await seedWorld(api, 'tplfuzz');
    const route = routes.find((r) => r.operationId === 'reportTemplate')!;
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('2025', '0x7E8', '2.025e3', '-1', '99999', ' 2025', world.ownerDepartment, world.otherDepartment),
    );
    const queries = fc.sample(
      fc.record({ year: text, departmentId: text, extra: fc.constantFrom('1') }, { requiredKeys: [] }),
      { numRuns: 400, seed },
    );
    const failures: string[] = [];
    await mapLimit(queries, concurrency, async ({ extra, ...query }) => {
      const invocation = {
        pathParameters: { planId: world.planId },
        query: { ...query, ...(extra ? { extra } : {}) } as Record<string, string>,
      };
      const wrong = verdict(await invoke(route, invocation));
      if (wrong) failures.push(`${wrong}\n    ${JSON.stringify(invocation)}`);
    });
    expect(failures.slice(0, 10), `${failures.length} failures`).toEqual([]);
  }, 60_000);
});

// The consolidated report's files are reads that build a document: their path and query are
// fuzzed too, since a span or a date the checks let through would mean unbounded or failing work.
describe('fuzzing the consolidated report files (GET …/reports/{period}.docx|.xlsx)', () => {
  it(`${runs / 5} periods, dates and plans per file route: 2xx or 4xx problem+json, never a 5xx`, async () => {
    const world = await seedWorld(api, 'fuzz-report');
    const fileRoutes = routes.filter((route) => route.function === 'api-report-documents');
    expect(fileRoutes).toHaveLength(2);
    const year = fc.integer({ min: 1890, max: 2110 }).map(String);
    const inPlan = fc.integer({ min: 2024, max: 2030 });
    const period = fc.oneof(
      inPlan.map(String),
      fc
        .tuple(inPlan, inPlan)
        .filter(([a, b]) => a < b)
        .map(([a, b]) => `${a}-${b}`),
      year,
      fc.tuple(year, year).map(([a, b]) => `${a}-${b}`),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom('2024-', '-2025', '2025-2025', '2024--2030', '2024-2030 ', '२०२५', '2025.5', '%00'),
    );
    const asOf = fc.oneof(
      fc.constantFrom('2025', '2025-12-10', '2024-02-29', '2030-12-31'),
      fc.constantFrom('2025-02-29', '1899-12-31', '2101-01-01', ''),
      fc.string({ maxLength: 12 }),
    );
    const request = fc.record(
      {
        planId: fc.oneof(fc.constant(world.planId), fc.stringMatching(/^[a-z0-9-]{1,12}$/)),
        period,
        asOf,
        extra: fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { minKeys: 1, maxKeys: 2 }),
      },
      { requiredKeys: ['planId', 'period'] },
    );
    const failures: string[] = [];
    const statuses = new Set<number>();
    for (const route of fileRoutes) {
      const cases = fc.sample(request, { numRuns: runs / 5, seed });
      await mapLimit(cases, concurrency, async ({ planId, period: p, asOf: a, extra }) => {
        const query = { ...(extra ?? {}), ...(a === undefined ? {} : { asOf: a }) };
        const result = await invoke(route, { pathParameters: { planId, period: p }, query });
        statuses.add(result.statusCode ?? 0);
        const wrong = verdict(result);
        if (wrong) failures.push(`${routeKey(route)} ${planId} ${p} ${JSON.stringify(query)} → ${wrong}`);
      });
    }
    expect(failures.slice(0, 10), `${failures.length} failures (seed ${seed})`).toEqual([]);
    // Files were built and requests refused: both paths were exercised.
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 404, 422]));
  }, 180_000);
});
