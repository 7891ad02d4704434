import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, loadCatalogTasks } from '../../catalog/index.ts';
import { freePort } from '../../infra/local/dynamodb-local.ts';
import { seedCatalog } from '#shared/seeding/seed-catalog.ts';
import { seedCatalogTasks } from '#shared/seeding/seed-tasks.ts';
import { defaultStore, defaultTaskStore } from '#shared/storage/default-store.ts';
import { normalise, seedText } from '../catalog/support.ts';
import { exited, startLocalProcess } from '../support/local-process.ts';
import { tableSnapshot } from '../support/table-snapshot.ts';

const plan115 = 'thanh-hoa-115-kh-ubnd-2017';

describe("the catalog's tasks", () => {
  it('npm start on an empty store: GET /plans/<115/KH-UBND>/tasks lists every task, its lead department and its verbatim quote', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'chitieu-tasks-seed-'));
    const env = { CHITIEU_DATA_DIR: dataDir, PORT: String(await freePort()) };
    const server = await startLocalProcess(env, ['--no-demo']);
    try {
      const expected = loadCatalogTasks().find((f) => f.planId === plan115)!;
      const document = loadCatalog().find((d) => d.plan.id === plan115)!;
      const listed = (await (await fetch(`${server.url}/plans/${plan115}/tasks?limit=200`)).json()) as {
        items: { id: string; leadDepartmentId: string; source: { quote: string }; status: string }[];
      };
      expect(listed.items.map((t) => t.id).sort()).toEqual(expected.tasks.map((t) => t.id).sort());
      expect(listed.items).toHaveLength(27);
      const text = seedText(document.sourceFile);
      for (const task of listed.items) {
        expect(text, task.id).toContain(normalise(task.source.quote));
      }
      const departments = (await (await fetch(`${server.url}/departments?limit=200`)).json()) as {
        items: { id: string }[];
      };
      const known = new Set(departments.items.map((d) => d.id));
      expect(listed.items.filter((t) => !known.has(t.leadDepartmentId)).map((t) => t.id)).toEqual([]);
      expect(server.output()).toMatch(/tasks 98 created/);
    } finally {
      process.kill(-server.child.pid!, 'SIGTERM');
      await exited(server.child);
    }
  }, 180_000);

  it('seeding again creates nothing and changes nothing', async () => {
    const documents = loadCatalog();
    await seedCatalog(defaultStore(), documents);
    const first = await seedCatalogTasks(defaultTaskStore(), loadCatalogTasks());
    const count = loadCatalogTasks().reduce((n, f) => n + f.tasks.length, 0);
    expect(first.created + first.existing).toBe(count);
    const before = await tableSnapshot();
    expect(await seedCatalogTasks(defaultTaskStore(), loadCatalogTasks())).toEqual({ created: 0, existing: count });
    expect(await tableSnapshot()).toBe(before);
  });
});
