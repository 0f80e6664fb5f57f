// The GraphQL IDE over HTTP: GraphiQL's page at GET /graphql for browsers, and its bundled assets
// (built by scripts/build-ide.mjs into dist/ide) under /graphql/ide. Nothing comes from a CDN.
import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type RequestHandler } from 'express';
import type { Logger } from '../shared/log';

export const IDE_ASSETS_PATH = '/graphql/ide';

/**
 * Scripts only from this server, requests only to it. Styles allow 'unsafe-inline' because the
 * Monaco editor writes its themes into <style> elements at run time; fonts are data: URIs.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The bundle sits in dist/ide, both beside the compiled server (dist/src) and for tsx from src/. */
const BUNDLE_DIRS = [path.resolve(__dirname, '../../ide'), path.resolve(__dirname, '../../dist/ide')];

/** A browser navigating to the endpoint, not a GraphQL request (which carries one of these). */
function wantsIdePage(req: Request): boolean {
  const isOperation = ['query', 'extensions', 'documentId'].some((name) => req.query[name] !== undefined);
  return (
    !isOperation && req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html'
  );
}

const withPolicy: RequestHandler = (_req, res, next) => {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  next();
};

/** Mount before the GraphQL middleware; requests that are not for the IDE pass through untouched. */
export function ideRoutes(logger: Logger): express.Router {
  const router = express.Router();
  const dir = BUNDLE_DIRS.find((candidate) => fs.existsSync(path.join(candidate, 'index.html')));
  if (!dir) logger.error('the GraphQL IDE is not built; run `npm run build:ide`', { looked: BUNDLE_DIRS });
  const page = dir ? fs.readFileSync(path.join(dir, 'index.html'), 'utf8') : undefined;

  router.get('/graphql', (req, res, next) => {
    if (!wantsIdePage(req)) {
      next();
      return;
    }
    // The same URL answers GraphQL clients with JSON, so caches must key on Accept.
    res.vary('Accept');
    res.setHeader('cache-control', 'no-cache');
    if (!page) {
      res.status(503).type('text/plain').send('The GraphQL IDE is not built. Run `npm run build:ide` and restart.\n');
      return;
    }
    withPolicy(req, res, () => res.type('html').send(page));
  });
  if (dir) {
    // File names carry a content hash, so a browser may keep them for good.
    router.use(IDE_ASSETS_PATH, withPolicy, express.static(dir, { index: false, immutable: true, maxAge: '365d' }));
  }
  router.use(IDE_ASSETS_PATH, (_req, res) => {
    res.status(404).type('text/plain').send('Not found.\n');
  });
  return router;
}
