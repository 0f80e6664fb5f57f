// Bundles the GraphQL IDE (GraphiQL, src/ide/browser) into dist/ide with esbuild: the page, its
// script and styles, and the Monaco editor's web workers, all served by Stockroom itself, so the
// IDE loads nothing from a CDN. Skips the work when nothing that goes into the bundle changed.
// Usage: node scripts/build-ide.mjs [--force]
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'src/ide/browser');
const outDir = path.join(root, 'dist/ide');
const stampFile = path.join(outDir, '.inputs-sha256');
/** Where the server mounts dist/ide (src/ide/routes.ts). */
const PUBLIC_PATH = '/graphql/ide';

// The workers must match the Monaco that GraphiQL's editor package was built against.
const fromGraphiqlReact = createRequire(import.meta.resolve('@graphiql/react'));
const WORKERS = {
  editor: fromGraphiqlReact.resolve('monaco-editor/esm/vs/editor/editor.worker.js'),
  json: fromGraphiqlReact.resolve('monaco-editor/esm/vs/language/json/json.worker.js'),
  graphql: fromGraphiqlReact.resolve('monaco-graphql/esm/graphql.worker.js'),
};

/** Everything that decides the bundle's content: our sources, this script, the locked versions. */
function inputsDigest() {
  const hash = createHash('sha256');
  const files = [
    fileURLToPath(import.meta.url),
    path.join(root, 'package-lock.json'),
    ...fs
      .readdirSync(sourceDir)
      .sort()
      .map((name) => path.join(sourceDir, name)),
  ];
  for (const file of files) hash.update(file).update(fs.readFileSync(file));
  return hash.digest('hex');
}

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['chrome111', 'firefox114', 'safari16.4'],
  legalComments: 'linked',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  entryNames: '[name]-[hash]',
  metafile: true,
  outdir: outDir,
};

/** Output file name (relative to outDir) of each entry point, from esbuild's metafile. */
function outputsByEntry(metafile) {
  const byEntry = {};
  for (const [output, info] of Object.entries(metafile.outputs)) {
    if (!info.entryPoint) continue;
    const css = info.cssBundle ? path.basename(info.cssBundle) : undefined;
    byEntry[path.resolve(root, info.entryPoint)] = { js: path.basename(output), css };
  }
  return byEntry;
}

async function build() {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });

  const workers = await esbuild.build({ ...common, absWorkingDir: root, entryPoints: Object.values(WORKERS) });
  const workerFiles = outputsByEntry(workers.metafile);
  const workerNames = Object.fromEntries(
    Object.entries(WORKERS).map(([label, file]) => [label, workerFiles[path.resolve(file)].js]),
  );

  const entry = path.join(sourceDir, 'index.jsx');
  const page = await esbuild.build({
    ...common,
    absWorkingDir: root,
    entryPoints: [entry],
    entryNames: 'graphiql-[hash]',
    jsx: 'automatic',
    define: { ...common.define, IDE_WORKERS: JSON.stringify(workerNames) },
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
    assetNames: '[name]-[hash]',
    // graphql-ws is bundled too: GraphiQL's toolkit imports it to run subscriptions over WebSocket.
  });
  const { js, css } = outputsByEntry(page.metafile)[entry];

  fs.writeFileSync(
    path.join(outDir, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Stockroom GraphQL IDE</title>
    <link rel="stylesheet" href="${PUBLIC_PATH}/${css}" />
    <script defer src="${PUBLIC_PATH}/${js}"></script>
  </head>
  <body style="margin: 0">
    <div id="graphiql" style="height: 100vh"></div>
  </body>
</html>
`,
  );
  const bytes = fs.readdirSync(outDir).reduce((sum, name) => sum + fs.statSync(path.join(outDir, name)).size, 0);
  return { files: fs.readdirSync(outDir).length, bytes };
}

const digest = inputsDigest();
const upToDate =
  !process.argv.includes('--force') &&
  fs.existsSync(path.join(outDir, 'index.html')) &&
  fs.existsSync(stampFile) &&
  fs.readFileSync(stampFile, 'utf8') === digest;
if (!upToDate) {
  const started = Date.now();
  const { files, bytes } = await build();
  fs.writeFileSync(stampFile, digest);
  process.stdout.write(
    `GraphQL IDE bundled into ${path.relative(root, outDir)}: ${files} files, ` +
      `${(bytes / 1e6).toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
