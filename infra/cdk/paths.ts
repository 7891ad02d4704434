import { fileURLToPath } from 'node:url';

/** The repository root (where package.json and package-lock.json live). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The Lambda entry of a function: functions/<name>/index.ts, as the local runtime imports it. */
export const functionEntry = (name: string) =>
  fileURLToPath(new URL(`../../functions/${name}/index.ts`, import.meta.url));

export const lockFile = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
