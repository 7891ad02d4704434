import type { Operation } from '#shared/http/api-function.ts';
import { openApiDocument } from '#shared/http/openapi.ts';

const version = process.env.CHITIEU_VERSION ?? '1.0.0';

export const health: Operation = async ({ store }) => {
  await store.ping();
  return { status: 200, body: { status: 'ok', store: 'ok', version } };
};

let document: unknown;

/** Generated once per container: the route table does not change while it runs. */
export const openApi: Operation = async () => {
  document ??= openApiDocument();
  return { status: 200, body: document, headers: { 'cache-control': 'public, max-age=300' } };
};
