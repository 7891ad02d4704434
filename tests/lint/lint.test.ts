import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Lint and format are part of the suite, so CI refuses what a reviewer would (eslint.config.js, .prettierrc.json). */
describe('code style', () => {
  it('ESLint (typescript-eslint recommended) reports nothing', async () => {
    const eslint = new ESLint({ cwd: repoRoot });
    const results = await eslint.lintFiles(['.']);
    const problems = results.flatMap((file) =>
      file.messages.map(
        (m) => `${path.relative(repoRoot, file.filePath)}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('Prettier finds every file formatted', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'node_modules/prettier/bin/prettier.cjs'), '--check', '.'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    const unformatted = `${run.stdout}${run.stderr}`
      .split('\n')
      .filter((line) => line.startsWith('[warn] ') && !line.includes('Code style issues'));
    expect(unformatted).toEqual([]);
    expect(run.status).toBe(0);
  });
});
