// POST /imports/{products|stock|movements}: uploads a file as an import job and answers at once
// (202) with the job's ID, to follow with `importJob(id)` or the `importJobProgress` subscription.
// The body is the file itself, streamed into PostgreSQL as it arrives; options are query
// parameters: `format` (csv, jsonl, shopify), `map` (repeatable, `map=sku=Code`), `dryRun`,
// `atomic` and `filename`. MANAGER and above, as a user or an API key.
import express, { type Request, type Response } from 'express';
import { toGlobalId } from '../graphql/global-id';
import { ImportRefusal, type ImportFormat, type ImportJobService, type UploadRequest } from '../modules/import';
import type { AuthService } from '../modules/auth';
import { answerTo, HttpRefusal, isClientGone } from '../shared/failures';
import type { Logger } from '../shared/log';
import { authenticateRequest, credentialsOf } from './credentials';

const KINDS = { products: 'PRODUCTS', stock: 'STOCK', movements: 'MOVEMENTS' } as const;
const FORMATS: readonly ImportFormat[] = ['csv', 'jsonl', 'shopify'];
/** Content types a file may be sent as; the format is then detected unless `format` says it. */
const CONTENT_TYPES = [
  'text/csv',
  'text/plain',
  'application/csv',
  'application/x-ndjson',
  'application/jsonl',
  'application/json-lines',
  'application/x-jsonlines',
  'application/octet-stream',
];
const JSON_LINES = ['application/x-ndjson', 'application/jsonl', 'application/json-lines', 'application/x-jsonlines'];
const FILE_NAME = /^[^/\\\u0000-\u001f]{1,200}$/;

export interface ImportRouteDeps {
  services: { importJobs: ImportJobService; auth: Pick<AuthService, 'authenticate'> };
  logger: Logger;
}

export function importRoutes(deps: ImportRouteDeps): express.Router {
  const router = express.Router();
  router.post('/imports/:kind', async (req, res) => {
    const requestId = String(res.locals.requestId);
    try {
      await acceptUpload(deps, req, res, requestId);
    } catch (error) {
      refuse(deps.logger, req, res, requestId, error);
    }
  });
  router.all('/imports/:kind', (_req, res) => {
    res.status(405).setHeader('allow', 'POST');
    res.json({ errors: [{ message: 'Upload a file with POST.', extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
  });
  return router;
}

async function acceptUpload(deps: ImportRouteDeps, req: Request, res: Response, requestId: string) {
  const authentication = await authenticateRequest(deps, credentialsOf(req), requestId);
  if ('problem' in authentication) throw new HttpRefusal(401, 'UNAUTHENTICATED', authentication.problem);
  const actor = 'actor' in authentication ? authentication.actor : null;
  deps.services.importJobs.authorizeUpload(actor);

  const kind = KINDS[req.params.kind as keyof typeof KINDS];
  if (!Object.hasOwn(KINDS, String(req.params.kind)) || !kind) {
    throw new HttpRefusal(
      404,
      'NOT_FOUND',
      'Imports are POST /imports/products, /imports/stock and /imports/movements.',
    );
  }
  const request = uploadRequest(kind, req);
  const declared = req.get('content-length');
  const declaredBytes = declared === undefined ? undefined : Number(declared);
  const { id, bytes } = await deps.services.importJobs.upload(actor, request, req, declaredBytes);
  const jobId = toGlobalId('ImportJob', id);
  res.status(202).json({
    id: jobId,
    status: 'QUEUED',
    kind,
    bytes,
    follow: `query { importJob(id: "${jobId}") { status progress { fraction } created updated unchanged failed } }`,
  });
}

/** The job's options from the query string; a bad one is a 400 before anything is read. */
function uploadRequest(kind: UploadRequest['kind'], req: Request): UploadRequest {
  const query = req.query as Record<string, unknown>;
  const single = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw badParameter(name, `\`${name}\` may be given once, as text.`);
    return value;
  };
  const flag = (name: string): boolean => {
    const value = single(name);
    if (value === undefined || value === 'false') return false;
    if (value === 'true') return true;
    throw badParameter(name, `\`${name}\` must be true or false.`);
  };

  const contentType = (req.get('content-type') ?? 'application/octet-stream').split(';')[0]!.trim().toLowerCase();
  if (!CONTENT_TYPES.includes(contentType)) {
    throw new HttpRefusal(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `Send the file itself as the body, as text/csv, application/x-ndjson or application/octet-stream (not ${contentType}).`,
    );
  }
  const format = single('format');
  if (format !== undefined && !FORMATS.includes(format as ImportFormat)) {
    throw badParameter('format', `\`format\` must be one of ${FORMATS.join(', ')}.`);
  }
  const fileName = single('filename') ?? 'upload';
  if (!FILE_NAME.test(fileName)) {
    throw badParameter('filename', '`filename` must be 1 to 200 characters without slashes or control characters.');
  }
  const maps = query.map === undefined ? [] : Array.isArray(query.map) ? query.map : [query.map];
  const columnMap: Record<string, string> = {};
  for (const entry of maps) {
    const match = typeof entry === 'string' ? /^([A-Za-z][A-Za-z0-9_]{0,63})=(.{1,200})$/s.exec(entry) : null;
    if (!match) throw badParameter('map', '`map` is `ourColumn=FileColumn`, e.g. `map=sku=Code`.');
    columnMap[match[1]!] = match[2]!;
  }
  return {
    kind,
    // A JSON-lines content type says the format; a CSV one leaves Shopify's layout to be detected.
    format: (format as ImportFormat | undefined) ?? (JSON_LINES.includes(contentType) ? 'jsonl' : null),
    fileName,
    columnMap,
    dryRun: flag('dryRun'),
    atomic: flag('atomic'),
  };
}

const badParameter = (name: string, message: string) => new HttpRefusal(400, 'BAD_REQUEST', `${message} (${name})`);

function refuse(logger: Logger, req: Request, res: Response, requestId: string, error: unknown) {
  // The upload was not read to its end: drain it so the answer reaches the client.
  req.resume();
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof ImportRefusal) {
    if (error.retryAfter) res.setHeader('retry-after', String(error.retryAfter));
    res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
    return;
  }
  if (req.readableAborted || isClientGone(error)) {
    res.destroy();
    return;
  }
  const { status, code, message, fault } = answerTo(error);
  if (fault) logger.error('import upload fault', { requestId, err: error });
  if (status === 401) res.setHeader('www-authenticate', 'Bearer');
  const extensions = status >= 500 ? { code, requestId } : { code };
  res.status(status).json({ errors: [{ message, extensions }] });
}
