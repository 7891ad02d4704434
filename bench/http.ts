import { createRequire } from 'node:module';
import { spawnTracked } from './lib/environment.ts';
import { round } from './lib/stats.ts';

/**
 * `GET /plans/{planId}/progress` through the local server (a child process) with autocannon:
 * 10 connections for 10 s on 127.0.0.1, against the same load on a bare node:http server that
 * only runs the plan's Query (bench/http-server.ts): 5 s before and 5 s after the measured run.
 * The bare p50/p99 are the worse of its two halves.
 */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface HttpLoad {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export interface HttpResult {
  route: string;
  connections: number;
  durationSeconds: number;
  api: HttpLoad;
  bare: HttpLoad;
  /** api requests per second ÷ bare requests per second. */
  throughputRatio: number;
}

const startServer = (mode: 'api' | 'bare') =>
  new Promise<{ port: number; stop: () => void }>((resolve, reject) => {
    const child = spawnTracked(process.execPath, ['--import', 'tsx', 'bench/http-server.ts', mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT' },
    });
    let output = '';
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const port = /port (\d+)/.exec(output)?.[1];
      if (port) resolve({ port: Number(port), stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`http-server ${mode} exited ${code}:\n${output}`)));
  });

/** A short warm-up: JIT, connections to DynamoDB Local. */
const warm = (url: string, connections: number) => autocannon({ url, connections, duration: 2 });

const load = async (url: string, connections: number, duration: number): Promise<HttpLoad> => {
  const result = await autocannon({ url, connections, duration });
  return {
    requestsPerSecond: round(result.requests.average, 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
};

export const measureHttp = async (
  planId: string,
  asOf: string,
  options = { connections: 10, duration: 10 },
): Promise<HttpResult> => {
  const path = `/plans/${planId}/progress?asOf=${asOf}`;
  const [apiServer, bareServer] = [await startServer('api'), await startServer('bare')];
  try {
    const apiUrl = `http://127.0.0.1:${apiServer.port}${path}`;
    const bareUrl = `http://127.0.0.1:${bareServer.port}${path}`;
    await warm(apiUrl, options.connections);
    await warm(bareUrl, options.connections);
    // The baseline in two halves around the measured run: a change of load falls on both sides.
    const bareBefore = await load(bareUrl, options.connections, options.duration / 2);
    const api = await load(apiUrl, options.connections, options.duration);
    const bareAfter = await load(bareUrl, options.connections, options.duration / 2);
    const bare: HttpLoad = {
      requestsPerSecond: round((bareBefore.requests + bareAfter.requests) / options.duration, 1),
      p50Ms: Math.max(bareBefore.p50Ms, bareAfter.p50Ms),
      p99Ms: Math.max(bareBefore.p99Ms, bareAfter.p99Ms),
      requests: bareBefore.requests + bareAfter.requests,
      non2xx: bareBefore.non2xx + bareAfter.non2xx,
      errors: bareBefore.errors + bareAfter.errors,
    };
    return {
      route: 'GET /plans/{planId}/progress',
      connections: options.connections,
      durationSeconds: options.duration,
      api,
      bare,
      throughputRatio: round(api.requestsPerSecond / bare.requestsPerSecond),
    };
  } finally {
    apiServer.stop();
    bareServer.stop();
  }
};
