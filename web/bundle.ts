/**
 * The dashboard as a set of files: app.js (esbuild bundle of app/main.ts with the Chart.js pieces
 * it registers), its source map, and the static files of public/. In memory, so that `npm start`
 * can serve it without a build step; synchronously too, for the CDK app while it synthesizes.
 */
import { build, buildSync, type BuildOptions, type OutputFile } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const webRoot = path.dirname(fileURLToPath(import.meta.url));
export const webDist = path.join(webRoot, 'dist');

export interface WebFile {
  /** Path from the site root, no leading slash: 'index.html', 'app.js'. */
  name: string;
  contents: Uint8Array;
  contentType: string;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

export const contentTypeOf = (name: string): string => contentTypes[path.extname(name)] ?? 'application/octet-stream';

const options: BuildOptions & { write: false } = {
  entryPoints: [path.join(webRoot, 'app/main.ts')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
  minify: true,
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'linked',
  outfile: path.join(webRoot, 'out/app.js'),
  write: false,
  logLevel: 'silent',
  tsconfig: path.join(webRoot, 'tsconfig.json'),
};

const withStatics = (outputFiles: OutputFile[]): WebFile[] => {
  const bundled = outputFiles.map((file) => ({
    name: path.basename(file.path),
    contents: file.contents,
    contentType: contentTypeOf(file.path),
  }));
  const publicDir = path.join(webRoot, 'public');
  const statics = readdirSync(publicDir).map((name) => ({
    name,
    contents: new Uint8Array(readFileSync(path.join(publicDir, name))),
    contentType: contentTypeOf(name),
  }));
  return [...statics, ...bundled];
};

/** For synthesis, which cannot wait. */
export const bundleWeb = (): WebFile[] => withStatics(buildSync(options).outputFiles);

/** For the local server: esbuild works in its own process, the event loop stays free. */
export const bundleWebAsync = async (): Promise<WebFile[]> => withStatics((await build(options)).outputFiles);
