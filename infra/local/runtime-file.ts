import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * While `npm start` runs, it records where its DynamoDB Local listens, so that `npm run seed` and
 * `npm run job:flag-lagging` use that instance instead of opening the same files a second time.
 */
export interface LocalRuntime {
  endpoint: string;
  tableName: string;
  apiUrl: string;
  pid: number;
}

const file = (dataDir: string) => path.join(dataDir, 'runtime.json');

export const writeRuntime = (dataDir: string, runtime: LocalRuntime) =>
  writeFileSync(file(dataDir), JSON.stringify(runtime, null, 2));

export const clearRuntime = (dataDir: string) => rmSync(file(dataDir), { force: true });

/** The running instance's record, or undefined when none runs (a stale file of a killed server is ignored). */
export const readRuntime = (dataDir: string): LocalRuntime | undefined => {
  if (!existsSync(file(dataDir))) return undefined;
  const runtime = JSON.parse(readFileSync(file(dataDir), 'utf8')) as LocalRuntime;
  try {
    process.kill(runtime.pid, 0);
    return runtime;
  } catch {
    return undefined;
  }
};
