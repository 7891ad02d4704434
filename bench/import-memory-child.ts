import './silence-logs.ts';
import { apiHandlers, invoke, prepareCall } from './lib/api-call.ts';
import { importBodies, type ImportBodyCase } from './import-memory-bodies.ts';

/**
 * One `POST /imports` of one of the worst bodies the route accepts, alone in this process, on the
 * very handler Lambda runs: prints its status, how long it took (wall clock, and CPU time: the machine may be shared), and the process's peak memory
 * (`process.resourceUsage().maxRSS`) before and after. Run by bench/import-memory.ts.
 *   node --import tsx bench/import-memory-child.ts <case>
 */
const name = process.argv[2] as ImportBodyCase;
const build = importBodies[name];
if (!build) throw new Error(`unknown case '${name}': ${Object.keys(importBodies).join(', ')}`);
const { body, contentType, headers } = build();
await apiHandlers(['api-imports']);
// The body as API Gateway hands it over is part of the event, hence of the function's memory.
const call = prepareCall({
  method: 'POST',
  path: '/imports',
  body,
  contentType,
  ...(headers ? { headers } : {}),
  as: { role: 'department', departmentId: 'bench-memory-dept' },
});
const event = call.event();
const loadedMiB = process.resourceUsage().maxRSS / 1024;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = await invoke(call, event);
const milliseconds = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const peakMiB = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({
    case: name,
    bodyBytes: Buffer.byteLength(body),
    status: result.statusCode ?? 200,
    milliseconds: Math.round(milliseconds),
    cpuMilliseconds: Math.round((cpu.user + cpu.system) / 1000),
    loadedMiB: Math.round(loadedMiB),
    peakMiB: Math.round(peakMiB),
  }),
);
