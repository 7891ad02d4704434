import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/dynamodb-local.ts';
import { exited, startLocalProcess } from '../support/local-process.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('README', () => {
  it('the curl sequence works as written against npm start', async () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const block = /## Try it with curl[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'chitieu-readme-'));
    const port = await freePort();
    const server = await startLocalProcess({ CHITIEU_DATA_DIR: dataDir, PORT: String(port) }, ['--no-demo']);
    try {
      const script = `set -e\n${block!.replace('API=http://127.0.0.1:3000', `API=http://127.0.0.1:${port}`)}`;
      const output = execFileSync('bash', ['-c', script], {
        cwd: root,
        env: { ...process.env, CHITIEU_DATA_DIR: dataDir },
        encoding: 'utf8',
      });
      expect(output).toContain('HTTP/1.1 201 Created');
      expect(output).toMatch(/etag: "1"/i);
      const indicator = (await (await fetch(`${server.url}/indicators/demo-nha-o-xa-hoi`)).json()) as any;
      expect(indicator.actuals).toEqual([
        expect.objectContaining({ year: 2024, value: 1610, status: 'final', version: 2 }),
      ]);
      const history = (await (
        await fetch(`${server.url}/indicators/demo-nha-o-xa-hoi/actuals/2024/history`)
      ).json()) as any;
      expect(history.items.map((r: any) => r.value)).toEqual([1610, 1520]);
      expect(history.items[1].reportedBy).toBe('so-xay-dung-demo');
    } finally {
      process.kill(-server.child.pid!, 'SIGTERM');
      await exited(server.child);
    }
  });
});
