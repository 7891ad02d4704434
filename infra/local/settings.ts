import path from 'node:path';

/** Where the local runtime keeps the database, the signing key and the outbox. */
export const dataDirectory = (env: NodeJS.ProcessEnv = process.env) => path.resolve(env.CHITIEU_DATA_DIR || '.data');

export const listenPort = (env: NodeJS.ProcessEnv = process.env) => Number(env.PORT || 3000);

export const localTableName = 'chitieu';
