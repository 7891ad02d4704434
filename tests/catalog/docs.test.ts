import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog, loadCatalogTasks } from '../../catalog/index.ts';
import { CATALOG_DOC_PATH, renderCatalogDoc } from '../../catalog/render-docs.ts';

describe('docs/catalog.md', () => {
  it('is current: regenerate with `npx tsx catalog/render-docs.ts`', () => {
    expect(readFileSync(CATALOG_DOC_PATH, 'utf8')).toBe(renderCatalogDoc(loadCatalog(), loadCatalogTasks()));
  });

  it('lists every document with its target count and every target', () => {
    const docs = loadCatalog();
    const md = renderCatalogDoc(docs);
    for (const doc of docs) {
      expect(md).toContain(`## ${doc.plan.number}`);
      expect(md).toContain(doc.sourceFile);
      for (const ind of doc.indicators) expect(md).toContain(`| ${ind.code} |`);
    }
  });

  it('lists every task of every plan with its code and lead', () => {
    const docs = loadCatalog();
    const tasks = loadCatalogTasks();
    const md = renderCatalogDoc(docs, tasks);
    const names = new Map(docs.flatMap((d) => d.departments.map((dep) => [dep.id, dep.name] as const)));
    for (const { tasks: list } of tasks) {
      for (const task of list) {
        const row = md.split('\n').find((line) => line.startsWith(`| ${task.code} | ${task.title.vi}`));
        expect(row, task.id).toBeDefined();
        expect(row).toContain(names.get(task.leadDepartmentId));
      }
    }
    expect(md).toContain('**Tasks: 27**');
  });
});
