#!/usr/bin/env -S node --max-semi-space-size=4
// `npx stockroom …` in a clone: runs the command line from its TypeScript source through tsx
// (installed by `npm ci`), so no build is needed first. The sources are CommonJS modules, so tsx's
// require hook loads them. A small young generation (--max-semi-space-size=4, on the line above):
// an import's batches live across database round trips, and with V8's default the young
// generation grows to ~200 MB of garbage; measured on 100,000 products, peak RSS 358 MB instead
// of 509-566 MB, at the same speed. `node bin/stockroom.mjs` skips the line above: run the file.
import { createRequire } from 'node:module';
import { register as registerRequire } from 'tsx/cjs/api';
import { register as registerImport } from 'tsx/esm/api';

// require() for the sources, import() for the commands the entry loads on demand.
registerRequire();
registerImport();
createRequire(import.meta.url)('../src/cli/stockroom.ts');
