// The web app over HTTP: its page at /app and every path under it (the app routes in the browser),
// its bundled files under /app/assets (built by scripts/build-app.mjs into dist/app), and `/`
// redirecting browsers to it. The app's operations are trusted documents shipped with the bundle:
// mounting the app trusts them, so it works under PERSISTED_QUERIES=only too.
import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type RequestHandler } from 'express';
import type { PersistedQueriesMode } from '../graphql/persisted';
import type { PersistedDocumentService } from '../modules/persisted';
import type { Logger } from '../shared/log';

export const APP_PATH = '/app';
export const APP_ASSETS_PATH = '/app/assets';

/**
 * Scripts, styles, images and requests from this server only; nothing inline, nothing from another
 * host. The charts are SVG drawn by script (no inline <style>), so styles need no 'unsafe-inline'.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The bundle sits in dist/app, both beside the compiled server (dist/src) and for tsx from src/. */
const BUNDLE_DIRS = [path.resolve(__dirname, '../../app'), path.resolve(__dirname, '../../dist/app')];

/** The manifest of the app's operations, written beside the page by scripts/build-app.mjs. */
export const APP_MANIFEST_FILE = 'persisted-documents.json';

const wantsPage = (req: Request) => req.accepts(['application/json', 'text/html']) === 'text/html';

const withPolicy: RequestHandler = (_req, res, next) => {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  next();
};

/**
 * Mount before the GraphQL middleware; trusts the app's documents in `persisted` when the bundle is
 * there. Under PERSISTED_QUERIES=off, which refuses every document id, the page tells the app to send
 * its documents' texts instead (a meta tag: the CSP allows no inline script).
 */
export function appRoutes(
  logger: Logger,
  persisted: PersistedDocumentService,
  mode: PersistedQueriesMode,
): express.Router {
  const router = express.Router();
  const dir = BUNDLE_DIRS.find((candidate) => fs.existsSync(path.join(candidate, 'index.html')));
  if (!dir) logger.error('the web app is not built; run `npm run build:app`', { looked: BUNDLE_DIRS });
  const built = dir ? fs.readFileSync(path.join(dir, 'index.html'), 'utf8') : undefined;
  const page =
    built && mode === 'off'
      ? built.replace('<head>', '<head>\n    <meta name="stockroom-documents" content="text" />')
      : built;
  if (dir) {
    const manifestFile = path.join(dir, APP_MANIFEST_FILE);
    persisted.trustShipped(JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as unknown, manifestFile);
  }

  router.get('/', (req, res, next) => {
    if (!wantsPage(req)) {
      next();
      return;
    }
    res.vary('Accept');
    res.redirect(302, APP_PATH);
  });
  if (dir) {
    // File names carry a content hash, so a browser may keep them for good.
    router.use(
      APP_ASSETS_PATH,
      withPolicy,
      express.static(path.join(dir, 'assets'), { index: false, immutable: true, maxAge: '365d' }),
    );
  }
  router.use(APP_ASSETS_PATH, (_req, res) => {
    res.status(404).type('text/plain').send('Not found.\n');
  });
  // Every other path under /app is one of the app's own routes: the same page, which reads the path.
  router.get([APP_PATH, `${APP_PATH}/*rest`], (req, res) => {
    res.setHeader('cache-control', 'no-cache');
    if (!page) {
      res.status(503).type('text/plain').send('The web app is not built. Run `npm run build:app` and restart.\n');
      return;
    }
    withPolicy(req, res, () => res.type('html').send(page));
  });
  return router;
}
