import type { Operation } from '#shared/http/api-function.ts';
import type { metaRoutes } from '#shared/http/routes/meta.ts';

const version = process.env.CHITIEU_VERSION ?? '1.0.0';

export const health: Operation<typeof metaRoutes.health> = async ({ store }) => {
  await store.ping();
  return { status: 200, body: { status: 'ok', store: 'ok', version } };
};

let document: unknown;

/**
 * Generated once per container: the route table does not change while it runs. Imported on first
 * use, not at load: the document needs every route's schemas, which api-meta's cold start (and
 * /health) should not build. esbuild inlines the module and defers its evaluation to this import().
 */
export const openApi: Operation<typeof metaRoutes.openApi> = async () => {
  document ??= (await import('#shared/http/openapi.ts')).openApiDocument();
  return { status: 200, body: document, headers: { 'cache-control': 'public, max-age=300' } };
};
