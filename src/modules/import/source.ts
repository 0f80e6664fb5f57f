// Reading an import file, one row at a time. Usage: `const source = await openSource(request,
// COLUMNS)` checks that the file can be read, detects its format (csv, jsonl or shopify, from
// `request.format`, the extension and the header) and throws ImportFatalError when it cannot run
// (FILE_NOT_FOUND, EMPTY_FILE, INVALID_UTF8 in the header, UNKNOWN_FORMAT, MAP_COLUMN_NOT_FOUND).
// Then `for await (const row of source.rows())` yields every row in file order, never holding more
// than one chunk of the file: `row.row` is its number as a person finds it (CSV: header 1, first data
// row 2; JSONL: line number), `row.fields` its cells keyed by OUR column names (a header that names
// one of `columns` ignoring case, spaces, `_` and `-`, or the file's column that `request.map` maps
// to it; other headers keep their own name), and `row.error` is set instead when the row itself
// could not be read (INVALID_UTF8, MALFORMED_ROW, INVALID_JSON): report it and go on. `row.bytesRead`
// is how far into the file the row ends, against `source.bytesTotal`, for progress. Every cell is
// text, as written (JSONL numbers and booleans as their JSON text); an empty cell is ''. The
// importer decides what empty means (this module's importers: "not given").
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { ImportFatalError, type ImportFormat, type ImportRequest, type RowError } from './types';

export interface SourceRow {
  row: number;
  fields: Record<string, string>;
  /** The row could not be read; `fields` is then empty. */
  error?: RowError;
  bytesRead: number;
}

export interface Source {
  format: ImportFormat;
  /** Our names of the columns the header holds (mapped); null for JSONL, whose rows each name their own. */
  columns: string[] | null;
  bytesTotal: number;
  rows(): AsyncIterable<SourceRow>;
}

/** Shopify's product CSV export (help.shopify.com "Using CSV files to import and export products"): our column -> theirs. */
export const SHOPIFY_COLUMNS: Readonly<Record<string, string>> = {
  sku: 'Variant SKU',
  name: 'Title',
  description: 'Body (HTML)',
  category: 'Type',
  price: 'Variant Price',
  preferredSupplier: 'Vendor',
  quantity: 'Variant Inventory Qty',
};

/** Our columns that Shopify writes on a product's first row only (see csvRows). */
const SHOPIFY_PRODUCT_COLUMNS = ['description', 'category', 'preferredSupplier'];

/** Headers that make a CSV a Shopify export. */
const SHOPIFY_SIGNATURE = ['Handle', 'Title', 'Variant SKU', 'Variant Price'];

/** The longest row we read; anything longer is not a row of a catalogue. */
const MAX_RECORD_BYTES = 16 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;

const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Compares column names as people write them: "Reorder point", "reorder_point" and "reorderPoint" match. */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** sha256 of the whole file, streamed: the part of each row's idempotency key that names the file. */
export async function fileDigest(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: CHUNK_BYTES })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function openSource(
  request: Pick<ImportRequest, 'file' | 'format' | 'map'>,
  columns: readonly string[],
): Promise<Source> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(request.file);
  } catch {
    throw new ImportFatalError('FILE_NOT_FOUND', `Cannot read ${request.file}: no such file.`);
  }
  if (!stat.isFile()) throw new ImportFatalError('FILE_NOT_FOUND', `${request.file} is not a file.`);
  if (stat.size === 0) throw new ImportFatalError('EMPTY_FILE', `${request.file} is empty.`);
  const format = request.format ?? (/\.(jsonl|ndjson)$/i.test(request.file) ? 'jsonl' : 'csv');
  if (format === 'jsonl') {
    const rename = renamer(columns, request.map ?? {}, null);
    return { format, columns: null, bytesTotal: stat.size, rows: () => jsonlRows(request.file, rename) };
  }
  const header = await readHeader(request.file);
  const isShopify = SHOPIFY_SIGNATURE.every((name) => header.names.includes(name));
  if (request.format === 'shopify' && !isShopify) {
    throw new ImportFatalError(
      'UNKNOWN_FORMAT',
      `${request.file} is not a Shopify product export: its header lacks ${SHOPIFY_SIGNATURE.filter((name) => !header.names.includes(name)).join(', ')}.`,
    );
  }
  const map = isShopify ? { ...pick(SHOPIFY_COLUMNS, columns), ...request.map } : { ...request.map };
  const rename = renamer(columns, map, header.names);
  const names = header.names.map(rename);
  return {
    format: isShopify ? 'shopify' : 'csv',
    columns: names,
    bytesTotal: stat.size,
    rows: () => csvRows(request.file, header.names, names, isShopify),
  };
}

function pick(map: Readonly<Record<string, string>>, columns: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(map).filter(([ours]) => columns.includes(ours)));
}

/**
 * Their column name -> ours. A mapped name wins over a header that happens to match; a map whose
 * column the header lacks is fatal (a typo would otherwise import nothing into that column).
 */
function renamer(columns: readonly string[], map: Record<string, string>, header: string[] | null) {
  const byTheirs = new Map<string, string>();
  for (const [ours, theirs] of Object.entries(map)) {
    if (header && !header.includes(theirs)) {
      throw new ImportFatalError(
        'MAP_COLUMN_NOT_FOUND',
        `--map ${ours}=${theirs}: the file has no column "${theirs}" (its columns: ${header.join(', ')}).`,
      );
    }
    byTheirs.set(theirs, ours);
  }
  const mappedOurs = new Set(byTheirs.values());
  const byKey = new Map(columns.filter((ours) => !mappedOurs.has(ours)).map((ours) => [columnKey(ours), ours]));
  return (theirs: string) => byTheirs.get(theirs) ?? byKey.get(columnKey(theirs)) ?? theirs;
}

/** The header row, decoded; a header that is not UTF-8 is fatal, since no column could be named. */
async function readHeader(file: string): Promise<{ names: string[] }> {
  for await (const record of csvRecords(file)) {
    if (record.malformed) throw new ImportFatalError('MALFORMED_HEADER', `The header row of ${file} is not valid CSV.`);
    try {
      const names = record.fields.map((field) => strictUtf8.decode(field).trim());
      if (names.every((name) => name === '')) continue;
      return { names };
    } catch {
      throw new ImportFatalError('INVALID_UTF8', `The header row of ${file} is not valid UTF-8.`);
    }
  }
  throw new ImportFatalError('EMPTY_FILE', `${file} has no header row.`);
}

interface CsvRecord {
  fields: Buffer[];
  /** A quote left open or text after a closing quote. */
  malformed: boolean;
  /** Offset of the record's end in the file. */
  end: number;
  /** An empty line: skipped, though it keeps its row number. */
  blank: boolean;
}

/**
 * RFC 4180 records, parsed on bytes: a byte below 0x80 is never part of a multi-byte UTF-8
 * sequence, so separators are found without decoding, and each cell is decoded alone (an invalid
 * sequence then fails only its row). A UTF-8 BOM at the start is skipped.
 */
async function* csvRecords(file: string): AsyncGenerator<CsvRecord> {
  let pending: Buffer = Buffer.alloc(0);
  /** File offset of pending[0]. */
  let base = 0;
  let first = true;
  const stream = fs.createReadStream(file, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) {
      pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
      if (first && pending.length >= 3) {
        first = false;
        if (pending[0] === 0xef && pending[1] === 0xbb && pending[2] === 0xbf) {
          pending = pending.subarray(3);
          base = 3;
        }
      }
      let position = 0;
      for (;;) {
        const record = parseRecord(pending, position, false);
        if (!record) break;
        yield { ...record, end: base + record.next };
        position = record.next;
      }
      pending = pending.subarray(position);
      base += position;
      if (pending.length > MAX_RECORD_BYTES) {
        throw new ImportFatalError('ROW_TOO_LONG', `A row of ${file} is longer than ${MAX_RECORD_BYTES} bytes.`);
      }
    }
  } finally {
    stream.destroy();
  }
  if (first && pending[0] === 0xef && pending[1] === 0xbb && pending[2] === 0xbf) {
    pending = pending.subarray(3);
    base = 3;
  }
  let position = 0;
  while (position < pending.length) {
    const record = parseRecord(pending, position, true)!;
    yield { ...record, end: base + record.next };
    position = record.next;
  }
}

/** One record from `position`, or null when the buffer ends inside it and more may come. */
function parseRecord(
  buffer: Buffer,
  position: number,
  atEnd: boolean,
): { fields: Buffer[]; malformed: boolean; blank: boolean; next: number } | null {
  const fields: Buffer[] = [];
  let malformed = false;
  let at = position;
  for (;;) {
    if (at < buffer.length && buffer[at] === QUOTE) {
      // Quoted: runs to the quote that is not doubled.
      const parts: Buffer[] = [];
      let start = at + 1;
      let scan = start;
      let closed = false;
      while (scan < buffer.length) {
        if (buffer[scan] === QUOTE) {
          if (scan + 1 < buffer.length && buffer[scan + 1] === QUOTE) {
            parts.push(buffer.subarray(start, scan + 1));
            scan += 2;
            start = scan;
            continue;
          }
          if (scan + 1 >= buffer.length && !atEnd) return null;
          parts.push(buffer.subarray(start, scan));
          closed = true;
          scan += 1;
          break;
        }
        scan += 1;
      }
      if (!closed) {
        if (!atEnd) return null;
        // A quote never closed swallows the rest of the file: one malformed row.
        fields.push(buffer.subarray(at + 1));
        return { fields, malformed: true, blank: false, next: buffer.length };
      }
      // Text between the closing quote and the separator belongs to no RFC 4180 field.
      let after = scan;
      while (after < buffer.length && buffer[after] !== COMMA && buffer[after] !== CR && buffer[after] !== LF) after++;
      if (after === buffer.length && !atEnd) return null;
      if (after > scan) {
        malformed = true;
        parts.push(buffer.subarray(scan, after));
      }
      fields.push(parts.length === 1 ? parts[0]! : Buffer.concat(parts));
      at = after;
    } else {
      let end = at;
      while (end < buffer.length && buffer[end] !== COMMA && buffer[end] !== CR && buffer[end] !== LF) end++;
      if (end === buffer.length && !atEnd) return null;
      fields.push(buffer.subarray(at, end));
      at = end;
    }
    if (at >= buffer.length) return { fields, malformed, blank: isBlank(fields), next: at };
    if (buffer[at] === COMMA) {
      at += 1;
      continue;
    }
    // CR, LF or CRLF ends the record.
    if (buffer[at] === CR) {
      if (at + 1 >= buffer.length && !atEnd) return null;
      at += buffer[at + 1] === LF ? 2 : 1;
    } else {
      at += 1;
    }
    return { fields, malformed, blank: isBlank(fields), next: at };
  }
}

function isBlank(fields: Buffer[]) {
  return fields.length === 1 && fields[0]!.length === 0;
}

async function* csvRows(file: string, header: string[], names: string[], shopify: boolean): AsyncGenerator<SourceRow> {
  let row = 0;
  let headerSeen = false;
  /**
   * Shopify writes a product's own fields (title, body, vendor, type) on its first row only; its
   * other variants' rows leave them empty, and take them from that row.
   */
  let handle = '';
  let product: Record<string, string> = {};
  for await (const record of csvRecords(file)) {
    row += 1;
    if (!headerSeen) {
      if (record.blank) continue;
      headerSeen = true;
      continue;
    }
    if (record.blank) continue;
    const bytesRead = record.end;
    if (record.malformed) {
      yield {
        row,
        fields: {},
        bytesRead,
        error: rowError(
          row,
          'MALFORMED_ROW',
          'The row is not valid CSV (a quote is not closed, or text follows a closing quote).',
        ),
      };
      continue;
    }
    if (record.fields.length !== header.length) {
      const message = `The row has ${record.fields.length} cells; the header has ${header.length}.`;
      yield { row, fields: {}, bytesRead, error: rowError(row, 'MALFORMED_ROW', message) };
      continue;
    }
    const fields: Record<string, string> = {};
    let invalid: string | undefined;
    for (const [index, bytes] of record.fields.entries()) {
      try {
        fields[names[index]!] = strictUtf8.decode(bytes);
      } catch {
        invalid ??= names[index]!;
      }
    }
    if (invalid !== undefined) {
      yield {
        row,
        fields: {},
        bytesRead,
        error: { row, column: invalid, code: 'INVALID_UTF8', message: `${invalid} is not valid UTF-8.` },
      };
      continue;
    }
    if (shopify) {
      const rowHandle = fields.Handle ?? '';
      // Image rows name only the handle and an image: no variant to import.
      if (!fields.sku && !fields.price && !fields.name) continue;
      if (rowHandle !== handle || fields.name) {
        handle = rowHandle;
        product = { ...fields };
        if (fields.name) fields.name = variantName(fields.name, fields);
      } else {
        for (const column of SHOPIFY_PRODUCT_COLUMNS)
          if (!fields[column] && product[column]) fields[column] = product[column];
        if ('name' in product) fields.name = variantName(product.name ?? '', fields);
      }
    }
    yield { row, fields, bytesRead };
  }
}

/** A variant of a Shopify product: its title with the option values, e.g. "Tee / Red / L" (a product without options has "Default Title"). */
function variantName(title: string, fields: Record<string, string>): string {
  const options = ['Option1 Value', 'Option2 Value', 'Option3 Value']
    .map((name) => fields[name] ?? '')
    .filter((value) => value !== '' && value !== 'Default Title');
  return [title, ...options].join(' / ');
}

async function* jsonlRows(file: string, rename: (theirs: string) => string): AsyncGenerator<SourceRow> {
  let pending: Buffer = Buffer.alloc(0);
  let base = 0;
  let line = 0;
  const stream = fs.createReadStream(file, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) {
      pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
      let start = 0;
      for (;;) {
        const end = pending.indexOf(LF, start);
        if (end < 0) break;
        line += 1;
        const row = jsonlRow(pending.subarray(start, end), line, base + end + 1, rename);
        if (row) yield row;
        start = end + 1;
      }
      pending = pending.subarray(start);
      base += start;
      if (pending.length > MAX_RECORD_BYTES) {
        throw new ImportFatalError('ROW_TOO_LONG', `A line of ${file} is longer than ${MAX_RECORD_BYTES} bytes.`);
      }
    }
  } finally {
    stream.destroy();
  }
  if (pending.length > 0) {
    const row = jsonlRow(pending, line + 1, base + pending.length, rename);
    if (row) yield row;
  }
}

function jsonlRow(
  bytes: Buffer,
  row: number,
  bytesRead: number,
  rename: (theirs: string) => string,
): SourceRow | undefined {
  let start = 0;
  if (row === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  let text: string;
  try {
    text = strictUtf8.decode(bytes.subarray(start));
  } catch {
    return { row, fields: {}, bytesRead, error: rowError(row, 'INVALID_UTF8', 'The line is not valid UTF-8.') };
  }
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { row, fields: {}, bytesRead, error: rowError(row, 'INVALID_JSON', 'The line is not valid JSON.') };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { row, fields: {}, bytesRead, error: rowError(row, 'INVALID_JSON', 'The line is not a JSON object.') };
  }
  const fields: Record<string, string> = {};
  for (const [key, cell] of Object.entries(value)) {
    const name = rename(key);
    if (cell === null) fields[name] = '';
    else if (typeof cell === 'string') fields[name] = cell;
    else if (typeof cell === 'number' || typeof cell === 'boolean') fields[name] = JSON.stringify(cell);
    else {
      return {
        row,
        fields: {},
        bytesRead,
        error: { row, column: name, code: 'INVALID_JSON', message: `${name} must be a string, number or boolean.` },
      };
    }
  }
  return { row, fields, bytesRead };
}

function rowError(row: number, code: string, message: string): RowError {
  return { row, column: null, code, message };
}
