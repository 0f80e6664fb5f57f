// Bundles the web app (React, src/app/browser) into dist/app with esbuild: the page, one script and
// one stylesheet under assets/ with content hashes, all served by Stockroom at /app, so the app loads
// nothing from another host. Beside them goes the manifest of the app's operations
// (persisted-documents.json, written by codegen), which the server trusts while the app is on.
// Skips the work when nothing that goes into the bundle changed.
// Usage: node scripts/build-app.mjs [--force]
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'src/app/browser');
const manifestFile = path.join(sourceDir, 'generated/persisted-documents.json');
const outDir = path.join(root, 'dist/app');
const assetsDir = path.join(outDir, 'assets');
const stampFile = path.join(outDir, '.inputs-sha256');
/** Where the server mounts dist/app/assets (src/app/routes.ts). */
const ASSETS_PATH = '/app/assets';

function filesUnder(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** Everything that decides the bundle's content: our sources, this script, the locked versions. */
function inputsDigest() {
  const hash = createHash('sha256');
  const files = [fileURLToPath(import.meta.url), path.join(root, 'package-lock.json'), ...filesUnder(sourceDir)];
  for (const file of files) hash.update(path.relative(root, file)).update(fs.readFileSync(file));
  return hash.digest('hex');
}

async function build() {
  if (!fs.existsSync(manifestFile)) {
    throw new Error(`${path.relative(root, manifestFile)} is missing: run \`npm run codegen\` first.`);
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(assetsDir, { recursive: true });

  const entry = path.join(sourceDir, 'main.tsx');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome111', 'firefox114', 'safari16.4'],
    jsx: 'automatic',
    legalComments: 'linked',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    entryNames: 'app-[hash]',
    assetNames: '[name]-[hash]',
    metafile: true,
    outdir: assetsDir,
    tsconfig: path.join(sourceDir, 'tsconfig.json'),
  });
  const output = Object.entries(result.metafile.outputs).find(([, info]) => info.entryPoint);
  if (!output) throw new Error('esbuild wrote no entry point');
  const js = path.basename(output[0]);
  const css = output[1].cssBundle ? path.basename(output[1].cssBundle) : undefined;

  fs.copyFileSync(manifestFile, path.join(outDir, 'persisted-documents.json'));
  fs.writeFileSync(
    path.join(outDir, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Stockroom</title>
${css ? `    <link rel="stylesheet" href="${ASSETS_PATH}/${css}" />\n` : ''}    <script defer src="${ASSETS_PATH}/${js}"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>The Stockroom app needs JavaScript.</noscript>
  </body>
</html>
`,
  );
  const bytes = filesUnder(outDir).reduce((sum, file) => sum + fs.statSync(file).size, 0);
  return { files: filesUnder(outDir).length, bytes };
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
    `Web app bundled into ${path.relative(root, outDir)}: ${files} files, ` +
      `${(bytes / 1e6).toFixed(2)} MB, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
