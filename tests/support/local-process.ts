import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface RunningServer {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** `npm start` as a user runs it (tsx infra/local/start.ts), in its own process group. */
export const startLocalProcess = async (env: Record<string, string>, args: string[] = []): Promise<RunningServer> => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', ...args], {
    cwd: root,
    env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'WARN', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, url, output: () => output };
};

export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

/** True when a java process serving this data directory is still alive. */
export const javaFor = async (dataDir: string) => {
  const { execSync } = await import('node:child_process');
  const list = execSync('ps -eo pid,comm,args', { encoding: 'utf8' });
  return list
    .split('\n')
    .filter((line) => /^\s*\d+\s+java\s/.test(line) && line.includes('DynamoDBLocal.jar') && line.includes(dataDir));
};
