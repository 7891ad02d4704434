import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog/index.ts';
import { CATALOG_DOC_PATH, renderCatalogDoc } from '../../catalog/render-docs.ts';

describe('docs/catalog.md', () => {
  it('is current: regenerate with `npx tsx catalog/render-docs.ts`', () => {
    expect(readFileSync(CATALOG_DOC_PATH, 'utf8')).toBe(renderCatalogDoc(loadCatalog()));
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
});
