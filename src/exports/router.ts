// GET /exports/<name>.<csv|xlsx>: authenticated downloads of stock levels, movements, valuation and
// sales, filtered by query parameters named as the GraphQL arguments are. Each is declared in the
// SDL with @export on the field it mirrors, which says the role it needs and gives its arguments'
// defaults. Stock levels and movements stream from a PostgreSQL cursor to the client with
// backpressure, so their memory stays flat whatever the size; the valuation and the sales report
// are computed whole by their services (at most one row per product, location, category or
// customer), held in memory, and then written.
import { PassThrough, Readable, Transform, type TransformCallback, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { type Request, type Response } from 'express';
import type pg from 'pg';
import QueryStream from 'pg-query-stream';
import type { GraphQLSchema } from 'graphql';
import type { Database } from '../db/client';
import { declaredExports, requireRole, type DeclaredExport } from '../graphql/auth';
import { authenticateRequest, credentialsOf } from '../http/credentials';
import type { Services } from '../services';
import { hasRole, type Actor, type Role } from '../shared/actor';
import { answerTo, HttpRefusal, isClientGone } from '../shared/failures';
import type { Logger } from '../shared/log';
import { CsvEncoder } from './csv';
import { movementsExport } from './movements';
import { QueryParams } from './params';
import { salesExport } from './sales';
import { stockLevelsExport } from './stock-levels';
import type { Cell, Column, ExportDefinition, QuerySource, ReportSource, SummaryLine } from './types';
import { valuationExport } from './valuation';
import { writeXlsx, XLSX_MAX_ROWS } from './xlsx';

export type ExportFormat = 'csv' | 'xlsx';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Rows fetched from the cursor per round trip. */
const CURSOR_BATCH_ROWS = 500;

const DEFINITIONS = [stockLevelsExport, movementsExport, valuationExport, salesExport] as Array<
  ExportDefinition<unknown>
>;

export interface ExportRouteDeps {
  services: Services;
  database: Pick<Database, 'pool' | 'prisma'>;
  logger: Logger;
  /** The executable schema: its @export directives declare the exports and their roles. */
  schema: GraphQLSchema;
}

/** An export this server serves: how it is made, and what the SDL declares of it. */
export interface ServedExport {
  definition: ExportDefinition<unknown>;
  declared: DeclaredExport;
}

/**
 * The exports by name, each matched with its @export in the SDL; the server refuses to start when
 * one is served but not declared, or declared but not served. Also the least role any of them
 * needs: a caller below it may download nothing, so is not even told which exports exist.
 */
export function servedExports(schema: GraphQLSchema): { byName: Map<string, ServedExport>; leastRole: Role } {
  const declared = declaredExports(schema);
  const byName = new Map<string, ServedExport>();
  for (const definition of DEFINITIONS) {
    const declaration = declared.get(definition.name);
    if (!declaration) {
      throw new Error(
        `The ${definition.name} export is not declared in the SDL: add @export(name: "${definition.name}") to the field it mirrors.`,
      );
    }
    byName.set(definition.name, { definition, declared: declaration });
  }
  const unserved = [...declared.values()].filter((declaration) => !byName.has(declaration.name));
  if (unserved.length > 0) {
    const names = unserved.map((declaration) => `${declaration.name} (${declaration.coordinate})`).join(', ');
    throw new Error(`The SDL declares exports this server does not serve: ${names}.`);
  }
  const roles = [...byName.values()].map((served) => served.declared.requires);
  const leastRole = roles.reduce((least, role) => (hasRole({ role: least }, role) ? role : least));
  return { byName, leastRole };
}

/** What the request log records about one export. */
interface Outcome {
  export: string;
  format: string | null;
  caller: string;
  status: number;
  rows: number | null;
  bytes: number;
  errorCode: string | null;
  /** The client went away before the download finished. */
  aborted: boolean;
}

/**
 * How many downloads may run at once. Each holds a pooled connection (a cursor, or a report being
 * computed) for as long as the client takes to read it, so they get a quarter of the pool at most
 * and GraphQL keeps the rest; one more is refused with 429 and Retry-After.
 */
function exportSlots(pool: Pick<pg.Pool, 'options'>) {
  const limit = Math.max(1, Math.floor((pool.options.max ?? 10) / 4));
  let running = 0;
  return {
    limit,
    take: () => {
      if (running >= limit) return false;
      running += 1;
      return true;
    },
    release: () => {
      running -= 1;
    },
  };
}

export function exportRoutes(deps: ExportRouteDeps): express.Router {
  const router = express.Router();
  const exports = servedExports(deps.schema);
  const slots = exportSlots(deps.database.pool);
  // Express answers HEAD with the GET handler, which would compute the whole export to send nothing.
  router.head('/exports/:file', (_req, res) => {
    res.status(405).setHeader('allow', 'GET');
    res.end();
  });
  router.get('/exports/:file', async (req, res) => {
    const started = process.hrtime.bigint();
    const requestId = String(res.locals.requestId);
    const outcome: Outcome = {
      export: req.params.file,
      format: null,
      caller: 'anonymous',
      status: 200,
      rows: null,
      bytes: 0,
      errorCode: null,
      aborted: false,
    };
    try {
      await serveExport(deps, exports, req, res, outcome, requestId, slots);
    } catch (error) {
      failed(deps.logger, res, outcome, requestId, error);
    } finally {
      deps.logger.info('export request', {
        requestId,
        ...outcome,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
      });
    }
  });
  return router;
}

async function serveExport(
  deps: ExportRouteDeps,
  exports: ReturnType<typeof servedExports>,
  req: Request,
  res: Response,
  outcome: Outcome,
  requestId: string,
  slots: ReturnType<typeof exportSlots>,
) {
  const authentication = await authenticateRequest(deps, credentialsOf(req), requestId);
  const viewer = 'actor' in authentication ? authentication.actor : null;
  outcome.caller = callerOf(viewer);
  const caller = { viewer, authProblem: 'problem' in authentication ? authentication.problem : null };
  requireRole(caller, exports.leastRole);

  const [, name, format] = /^([a-z-]+)\.(csv|xlsx)$/.exec(String(req.params.file)) ?? [];
  const served = name ? exports.byName.get(name) : undefined;
  if (!served || !format) {
    const known = [...exports.byName.keys()].map((key) => `/exports/${key}.csv`).join(', ');
    throw new HttpRefusal(404, 'NOT_FOUND', `There is no export at ${req.path}. Exports: ${known} (or .xlsx).`);
  }
  requireRole(caller, served.declared.requires);
  outcome.export = served.definition.name;
  outcome.format = format;
  const prepared = prepareExport(served, format as ExportFormat, req.query as Record<string, unknown>);
  const download: Download = {
    ...prepared,
    out: res,
    start: () => {
      res.status(200);
      res.setHeader('content-type', CONTENT_TYPES[prepared.format]);
      res.setHeader('content-disposition', `attachment; filename="${prepared.fileName}"`);
      // Costs and prices: no shared cache may keep a copy.
      res.setHeader('cache-control', 'no-store');
    },
  };
  if (!slots.take()) {
    res.setHeader('retry-after', '10');
    throw new HttpRefusal(
      429,
      'TOO_MANY_EXPORTS',
      `${slots.limit} export(s) are already running, the most this server runs at once. Try again shortly.`,
    );
  }
  try {
    const written = await writeExport({ services: deps.services, database: deps.database }, download);
    outcome.rows = written.rows;
    outcome.bytes = written.bytes;
  } catch (error) {
    outcome.bytes = download.bytes ?? 0;
    throw error;
  } finally {
    slots.release();
  }
}

/** An export about to be written: its filters read and checked, not yet its data. */
export interface PreparedExport {
  definition: ExportDefinition<unknown>;
  filters: unknown;
  format: ExportFormat;
  fileName: string;
  title: string;
  columns: Column[];
  about(rows: number, summary: SummaryLine[]): SummaryLine[];
}

interface Download extends PreparedExport {
  /** Where the file goes (the HTTP response, or a file or stdout for `stockroom export`). */
  out: Writable;
  /** Called once the first rows are ready, before the first byte (the HTTP status and headers). */
  start(): void;
  /** Bytes written so far, also when the export failed midway. */
  bytes?: number;
}

/**
 * Reads `query` (parameters named as the GraphQL arguments) for `served`; throws a RequestError
 * (400) when one is wrong. No role is checked: the caller has done that.
 */
export function prepareExport(
  served: ServedExport,
  format: ExportFormat,
  query: Record<string, unknown>,
): PreparedExport {
  const { definition, declared } = served;
  const filters = definition.parse(new QueryParams(query, definition.parameters, declared.field));
  return {
    definition,
    filters,
    format,
    fileName: `${definition.name}-${new Date().toISOString().slice(0, 10)}.${format}`,
    title: definition.title,
    columns: definition.columns(filters),
    about: (rows, summary) => [
      ['Export', definition.title],
      ['Generated at (UTC)', new Date()],
      ...definition.describe(filters).filter(([, value]) => value !== null),
      ['Rows', rows],
      ...summary,
      ['Times', 'UTC'],
    ],
  };
}

/** Writes one export (GET /exports and `stockroom export` share it); resolves with its rows and bytes. */
export async function writeExport(
  deps: Pick<ExportRouteDeps, 'services' | 'database'>,
  download: Download,
): Promise<{ rows: number; bytes: number }> {
  const source = await download.definition.source(download.filters, {
    services: deps.services,
    prisma: deps.database.prisma,
  });
  return source.kind === 'query' ? sendQuery(deps.database.pool, source, download) : sendReport(source, download);
}

/**
 * Streams a query through a server-side cursor on one pooled connection. For XLSX the rows are
 * counted first, in the same repeatable-read snapshot as the cursor, so the count is exact.
 */
async function sendQuery(pool: pg.Pool, source: QuerySource<object>, download: Download) {
  let written: { rows: number; bytes: number };
  const client = await pool.connect();
  let healthy = false;
  try {
    if (download.format === 'xlsx') {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const { count } = source.rows;
      const counted = await client.query<{ count: string }>(count.text, count.values);
      checkSheetLimit(Number(counted.rows[0]?.count ?? 0));
    }
    const { select, parse } = source.rows;
    const rows = client.query(new QueryStream(select.text, select.values, { batchSize: CURSOR_BATCH_ROWS }));
    // The status line waits for the first batch: a query that fails at once still gets a JSON error.
    await firstBatch(rows);
    written = await send(download, rows, (row: unknown) => source.cells(parse(row)));
    if (download.format === 'xlsx') await client.query('COMMIT');
    healthy = true;
  } finally {
    // A connection left mid-cursor (client gone, query failed) is closed rather than reused.
    client.release(healthy ? undefined : true);
  }
  return written;
}

async function sendReport(source: ReportSource, download: Download) {
  if (download.format === 'xlsx') checkSheetLimit(source.rows.length);
  return send(download, Readable.from(source.rows), (cells: Cell[]) => cells, source.summary);
}

function checkSheetLimit(rows: number) {
  if (rows + 1 > XLSX_MAX_ROWS) {
    throw new HttpRefusal(
      400,
      'EXPORT_TOO_LARGE',
      `This export has ${rows} rows; an XLSX sheet holds at most ${XLSX_MAX_ROWS - 1} below its header. ` +
        'Download it as CSV, or narrow the filters.',
    );
  }
}

async function send<R>(
  download: Download,
  rows: Readable,
  toCells: (row: R) => Cell[],
  summary: SummaryLine[] = [],
): Promise<{ rows: number; bytes: number }> {
  const { out, format } = download;
  download.start();
  const counter = new ByteCounter();
  try {
    if (format === 'csv') {
      const encoder = new CsvEncoder(download.columns, toCells);
      await pipeline(rows, encoder, counter, out);
      return { rows: encoder.rows, bytes: counter.bytes };
    }
    return { rows: await sendXlsx(download, rows, toCells, summary, counter, out), bytes: counter.bytes };
  } finally {
    download.bytes = counter.bytes;
  }
}

async function sendXlsx<R>(
  download: Download,
  rows: Readable,
  toCells: (row: R) => Cell[],
  summary: SummaryLine[],
  counter: ByteCounter,
  res: Writable,
): Promise<number> {
  const out = new PassThrough();
  // Settles when the client has everything or has gone; never left to reject unobserved.
  const delivery = pipeline(out, counter, res).then(
    () => null,
    (error: unknown) => error,
  );
  let written: number;
  try {
    written = await writeXlsx({
      title: download.title,
      columns: download.columns,
      rows,
      toCells,
      about: (count) => download.about(count, summary),
      out,
    });
  } catch (error) {
    out.destroy(error as Error);
    await delivery;
    throw error;
  }
  const problem = await delivery;
  if (problem) throw problem;
  return written;
}

/** Resolves once the stream has rows buffered (or has ended); rejects when the query failed. */
function firstBatch(rows: Readable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      rows.off('readable', ready);
      rows.off('error', settle);
      if (error) reject(error);
      else resolve();
    };
    const ready = () => settle();
    rows.on('readable', ready);
    rows.on('error', settle);
  });
}

class ByteCounter extends Transform {
  bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    callback(null, chunk);
  }
}

function callerOf(viewer: Actor | null): string {
  if (!viewer) return 'anonymous';
  return viewer.kind === 'user' ? `user:${viewer.userId}` : `apiKey:${viewer.apiKeyId}`;
}

/**
 * Before the download starts, a JSON error as /graphql gives (`errors[].extensions.code`, the
 * answer shared/failures gives); after it started, the connection is cut so the client sees a
 * failed download, never a short file.
 */
function failed(logger: Logger, res: Response, outcome: Outcome, requestId: string, error: unknown) {
  // Once streaming began (or the pipeline tore the response down) no error body can follow.
  if (res.headersSent || res.destroyed) {
    outcome.aborted = isClientGone(error);
    if (!outcome.aborted) {
      outcome.errorCode = 'INTERNAL_SERVER_ERROR';
      logger.error('export fault', { requestId, err: error });
    }
    res.destroy();
    return;
  }
  const { status, code, message, fault } = answerTo(error);
  if (fault) logger.error('export fault', { requestId, err: error });
  outcome.status = status;
  outcome.errorCode = code;
  if (status === 401) res.setHeader('www-authenticate', 'Bearer');
  const extensions = status >= 500 ? { code, requestId } : { code };
  res.status(status).json({ errors: [{ message, extensions }] });
}
