// Bulk import: the shapes shared by the command line (src/cli), the HTTP import jobs and each
// kind's importer. An importer reads a file, validates every row with the rules of the matching
// GraphQL mutation, and writes through the ledger; it never holds the whole file in memory.
import type { PrismaClient } from '../../generated/prisma/client';
import type { Actor } from '../../shared/actor';

/** What a file holds: products by SKU, stock counts by SKU and location, or ledger movements. */
export type ImportKind = 'products' | 'stock' | 'movements';

/** How a file is read. Shopify's product CSV export is recognised by its headers when no format is given. */
export type ImportFormat = 'csv' | 'jsonl' | 'shopify';

/**
 * One row's problem. `row` is the number a person finds the row by: in a CSV the header is row 1
 * and the first data row is row 2 (as a spreadsheet shows it); in JSONL the first line is row 1.
 * `column` is our column name (after mapping), or null when the problem is the whole row.
 */
export interface RowError {
  row: number;
  column: string | null;
  /** A stable code: the import's own (e.g. DUPLICATE_IN_FILE, INVALID_UTF8) or the mutation's userError code. */
  code: string;
  message: string;
}

/** What happened to the rows so far. Every row read ends in exactly one of the four outcomes. */
export interface ImportCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface ImportProgress extends ImportCounts {
  /** Bytes of the file read so far, and its size: the basis of "time left". */
  bytesRead: number;
  bytesTotal: number;
}

export interface ImportRequest {
  kind: ImportKind;
  /** A file on local disk (the HTTP jobs store the upload first). */
  file: string;
  /** Detected from the extension and the header when absent. */
  format?: ImportFormat;
  /** Our column name -> the file's column name (`--map sku=Code`). */
  map?: Record<string, string>;
  /** Validate every row and write nothing. */
  dryRun?: boolean;
  /** Write every row or none; by default good rows commit in batches and bad rows are reported. */
  atomic?: boolean;
  /** Who the writes are recorded as; null for the command line run by an operator. */
  actor: Actor | null;
}

export interface ImportHooks {
  /** Called every few hundred rows and at the end. */
  onProgress?(progress: ImportProgress): void;
  /** Called once for every failed row, in row order. */
  onRowError?(error: RowError): void | Promise<void>;
  /** Aborting stops at the next batch boundary: what committed stays, and a re-run finishes the rest. */
  signal?: AbortSignal;
}

export type ImportOutcome = 'COMPLETED' | 'COMPLETED_WITH_ERRORS' | 'CANCELLED';

export interface ImportResult extends ImportCounts {
  outcome: ImportOutcome;
  /** True when this was a dry run and nothing was written. */
  dryRun: boolean;
}

/** Nothing could run: an unreadable file, an unknown format, a required column missing. The CLI exits 2. */
export class ImportFatalError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFatalError';
  }
}

/** What an importer needs: the database, and its URL for statements Prisma does not do (COPY). */
export interface ImportDeps {
  prisma: PrismaClient;
  databaseUrl: string;
}

/**
 * Options an importer passes on to the write paths it uses (added by the products/stock
 * importers): whether writes record events (EVENTS), and how long a ledger write may wait for a
 * connection. Both default to the service's defaults (events on, 10 s).
 */
export interface ImportWriteOptions {
  events?: boolean;
  transactionWaitMs?: number;
}

/**
 * One kind's importer: `importProducts` (./products), `importStock` (./stock) and
 * `importMovements` (./movements) all have this signature, and `runImport` (./run) dispatches to
 * them by `request.kind`. An importer reads the file with `openSource` (./source), counts each row
 * as exactly one of created / updated / unchanged / failed (ImportTally in ./tally does the
 * counting, onRowError and onProgress), honours `dryRun` (validate, write nothing), `atomic` and
 * `hooks.signal`, and throws ImportFatalError when nothing can run.
 */
export type Importer = (
  deps: ImportDeps & ImportWriteOptions,
  request: ImportRequest,
  hooks?: ImportHooks,
) => Promise<ImportResult>;

/**
 * The import's own row error codes; a row may also carry the code of the mutation's userError
 * (BLANK, TOO_LONG, INVALID_FORMAT, OUT_OF_RANGE, DUPLICATE_SKU, NOT_FOUND, STALE_QUANTITY,
 * INSUFFICIENT_STOCK...). docs/import.md lists them all.
 */
export const IMPORT_ROW_ERROR_CODES = [
  'INVALID_UTF8',
  'MALFORMED_ROW',
  'INVALID_JSON',
  'DUPLICATE_IN_FILE',
  'FORMULA_NOT_ALLOWED',
  'INVALID_NUMBER',
  'INVALID_DATE',
  'UNKNOWN_SKU',
  'UNKNOWN_LOCATION',
  'REQUIRED',
  'UNSTORABLE_TEXT',
] as const;

/** Codes of ImportFatalError. */
export const IMPORT_FATAL_CODES = [
  'FILE_NOT_FOUND',
  'EMPTY_FILE',
  'UNKNOWN_FORMAT',
  'MALFORMED_HEADER',
  'INVALID_UTF8',
  'MAP_COLUMN_NOT_FOUND',
  'MISSING_COLUMN',
  'ROW_TOO_LONG',
  'UNKNOWN_KIND',
] as const;
