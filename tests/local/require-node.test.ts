import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem, requiredMajor } from '../../infra/local/require-node.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'infra/local/require-node.mjs');

/** This machine's system Node, when it is an older one to try the refusal with. */
const oldNode = '/usr/bin/node';
const oldMajor = existsSync(oldNode)
  ? Number(spawnSync(oldNode, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout)
  : NaN;
const hasOldNode = oldMajor > 0 && oldMajor < requiredMajor;

const run = (node: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(node, args, { cwd: root, encoding: 'utf8', timeout: 30_000, env });

describe('the Node.js version check', () => {
  it('takes the required major version from package.json "engines"', () => {
    const engines = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node as string;
    expect(engines).toBe(`>=${requiredMajor}`);
    expect(requiredMajor).toBe(24);
  });

  it.each(['v24.0.0', 'v24.11.1', 'v25.2.0', 'v100.0.0'])('accepts %s', (version) => {
    expect(nodeVersionProblem(version)).toBeNull();
  });

  it.each(['v23.11.1', 'v22.21.0', 'v20.20.2', 'v18.0.0', 'v2.4.0', 'garbage', ''])(
    'refuses %j in one line, in both languages',
    (version) => {
      const line = nodeVersionProblem(version)!;
      expect(line).not.toContain('\n');
      expect(line).toContain(`(đang chạy ${version})`);
      expect(line).toContain(`(running ${version})`);
      expect(line).toContain('Node.js 24+');
      expect(line).toContain('nvm install 24');
    },
  );

  it('is silent and exits 0 on this Node', () => {
    const result = run(process.execPath, [script]);
    expect([result.status, result.stdout, result.stderr]).toEqual([0, '', '']);
  });

  it('has package.json run it before every tsx script', () => {
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const tsx = Object.entries(scripts).filter(([, command]) => command.includes('tsx '));
    expect(tsx.map(([name]) => name)).toContain('start');
    for (const [name, command] of tsx)
      expect({ name, command }).toEqual({
        name,
        command: expect.stringMatching(/^node infra\/local\/require-node\.mjs && tsx /),
      });
  });

  describe.skipIf(!hasOldNode)(`on ${oldNode} (Node ${oldMajor})`, () => {
    const refusal = new RegExp(
      `^chitieu cần Node\\.js 24 trở lên \\(đang chạy v${oldMajor}\\.[^)]*\\) / chitieu needs Node\\.js 24\\+ .*nvm install 24\\n$`,
    );

    it('the check exits 1 with the one line on stderr', () => {
      const result = run(oldNode, [script]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(refusal);
    });

    it('npm test (tests/run.mjs) stops at once with that line, before vitest starts', () => {
      const result = run(oldNode, ['tests/run.mjs', 'tests/does-not-exist']);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(refusal);
    });

    const oldNpm = path.join(path.dirname(oldNode), 'npm');
    it.skipIf(!existsSync(oldNpm))('npm start stops at once with that line', () => {
      const env = { ...process.env, PATH: `${path.dirname(oldNode)}:${process.env.PATH}` };
      const result = run(oldNode, [oldNpm, 'start', '--silent'], env);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(refusal);
    });
  });
});
