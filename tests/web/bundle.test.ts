import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWebDist } from '../../web/build.ts';
import { bundleWeb } from '../../web/bundle.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the dashboard bundle', () => {
  const files = bundleWeb();
  const app = new TextDecoder().decode(files.find((f) => f.name === 'app.js')!.contents);

  it('is index.html, app.js with its source map, the styles and the icon; no config.json', () => {
    expect(files.map((f) => f.name).sort()).toEqual([
      'app.js',
      'app.js.LEGAL.txt',
      'app.js.map',
      'favicon.svg',
      'index.html',
      'styles.css',
    ]);
    expect(files.find((f) => f.name === 'index.html')!.contentType).toBe('text/html; charset=utf-8');
    expect(files.find((f) => f.name === 'app.js')!.contentType).toBe('text/javascript; charset=utf-8');
  });

  // Controllers, elements and plugins register with `static id = "…"` / `id: "…"`: the unused ones
  // must be gone. (Chart.js's scale classes stay whatever is imported: their static defaults read
  // properties, which esbuild conservatively keeps; see docs/dashboard.md.)
  it('holds only the Chart.js pieces it registers (line chart, points, legend, tooltip)', () => {
    expect(app.includes('id="line"'), 'line controller').toBe(true);
    expect(app.includes('id:"legend"') && app.includes('id:"tooltip"'), 'legend and tooltip').toBe(true);
    for (const unused of [
      'id="bar"',
      'id="doughnut"',
      'id="pie"',
      'id="radar"',
      'id="polarArea"',
      'id="bubble"',
      'id="scatter"',
      'id="arc"',
    ]) {
      expect(app.includes(unused), unused).toBe(false);
    }
    for (const unused of ['id:"filler"', 'id:"decimation"', 'id:"title"', 'id:"subtitle"', 'id:"colors"']) {
      expect(app.includes(unused), unused).toBe(false);
    }
    expect(app.length).toBeLessThan(230_000);
  });

  it('bundles nothing of the server (no zod, no AWS SDK)', () => {
    expect(/ZodError|DynamoDB|@aws-sdk/.test(app)).toBe(false);
  });

  it('is written to a directory whole, by npm run build:web', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'chitieu-web-'));
    const names = buildWebDist(out);
    expect(readdirSync(out).sort()).toEqual([...names].sort());
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(
      '<script type="module" src="app.js"></script>',
    );
  });

  // The root tsconfig checks web/src (no DOM); web/tsconfig.json adds the DOM and checks web/app too.
  it('type-checks with the DOM library (web/tsconfig.json)', () => {
    expect(() =>
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'web'], {
        cwd: root,
        encoding: 'utf8',
      }),
    ).not.toThrow();
  }, 120_000);
});
