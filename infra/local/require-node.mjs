// Stops at once, with one line, on a Node.js older than package.json's "engines" asks: older ones
// start and then fail far from the cause (Map.groupBy missing, vitest's reporter crashing).
// Plain JavaScript without recent syntax, so that it runs on the old Node it is there to refuse.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
/** The major version from "engines": ">=24" → 24. */
export const requiredMajor = Number(/(\d+)/.exec(packageJson.engines.node)[1]);

/** The line to print for this version string ("v20.20.2"), or null when it is new enough. */
export function nodeVersionProblem(version) {
  const match = /^v?(\d+)\./.exec(version);
  if (match && Number(match[1]) >= requiredMajor) return null;
  return (
    `chitieu cần Node.js ${requiredMajor} trở lên (đang chạy ${version}) / ` +
    `chitieu needs Node.js ${requiredMajor}+ (running ${version}): ` +
    `install it from https://nodejs.org or with nvm install ${requiredMajor}`
  );
}

/** Exits 1 with the line on stderr when this Node is too old. */
export function requireNode(version) {
  const problem = nodeVersionProblem(version === undefined ? process.version : version);
  if (problem === null) return;
  console.error(problem);
  process.exit(1);
}

// Run as a script (`node infra/local/require-node.mjs && tsx …`): check; imported: only export.
const isMain = () => {
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
};
if (process.argv[1] && isMain()) requireNode();
