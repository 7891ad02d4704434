import * as z from 'zod';
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { Problem } from './contracts.ts';
import { routes, type Route } from './route-table.ts';
import { apiTags } from './tags.ts';

/** The problem statuses a route can answer, so clients see them in the document rather than in production. */
const errorStatuses = (route: Route) => [
  // a body that is not JSON, or is missing; a malformed If-Match or Idempotency-Key (routes with bodies)
  ...(route.body ? ['400'] : []),
  ...(route.access === 'public' ? [] : ['401', '403']),
  '404',
  // an existing id on create; an Idempotency-Key whose first request is still running
  ...(route.success.status === 201 || route.idempotent ? ['409'] : []),
  // If-Match: stale, or missing where a value exists
  ...(route.method === 'PUT' ? ['412', '428'] : []),
  ...(route.body ? ['413', '415'] : []),
  '422',
  '503',
];

/** `body` is the JSON form; a file is documented as text or bytes (its columns in the route's description and docs). */
const fileSchema = (type: string) =>
  type === 'text/csv'
    ? z.string().meta({ description: 'CSV text: UTF-8, Windows-1258 or UTF-16 with BOM (charset, or detected)' })
    : type === 'text/plain'
      ? z.string().meta({ description: 'plain text, UTF-8' })
      : z.string().meta({ format: 'binary', description: `${type} bytes` });

const requestContent = (route: Route) =>
  Object.fromEntries(
    (route.consumes ?? ['application/json']).map((type) => [
      type,
      { schema: type === 'application/json' ? route.body! : fileSchema(type) },
    ]),
  );

/**
 * OpenAPI 3.1 from the route table and its zod schemas: the document cannot drift from validation.
 * The server defaults to `/`, the origin the document is served from: true on API Gateway and under
 * `npm start` alike.
 */
export const openApiDocument = (serverUrl = '/') => {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  for (const route of routes) {
    const problem = { content: { 'application/problem+json': { schema: Problem } } };
    registry.registerPath({
      method: route.method.toLowerCase() as 'get',
      path: route.path,
      operationId: route.operationId,
      summary: route.summary,
      description: route.description,
      tags: [...route.tags],
      // Public reads say so explicitly: no authorizer, whatever token comes along is ignored.
      security: route.access === 'public' ? [] : [{ bearer: [] }],
      request: {
        ...(route.params ? { params: route.params } : {}),
        ...(route.query ? { query: route.query } : {}),
        ...(route.body ? { body: { content: requestContent(route), required: true } } : {}),
      },
      responses: {
        [route.success.status]: {
          description: route.success.description,
          ...(route.success.schema
            ? { content: { [route.success.mediaType ?? 'application/json']: { schema: route.success.schema } } }
            : {}),
        },
        ...Object.fromEntries(
          errorStatuses(route).map((status) => [status, { description: 'problem details (RFC 9457)', ...problem }]),
        ),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'chitieu — chỉ tiêu API',
      version: '1.0.0',
      description:
        'Targets of Vietnamese provincial plans, their yearly actuals, progress and flags. Reads are public; writes need a Bearer JWT. ' +
        'Errors are RFC 9457 problem details naming each failing field: 400 for a body that is not JSON, 422 for any request that breaks a schema rule.',
      contact: { name: 'chitieu' },
      // No licence is granted (package.json: private); a LicenseRef is SPDX's form for that.
      license: { name: 'Proprietary: no licence granted', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: serverUrl }],
    tags: Object.entries(apiTags).map(([name, description]) => ({ name, description })),
  });
};
