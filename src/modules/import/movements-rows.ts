// A movements file's rows, one at a time: the columns it may have, each row turned into the
// stock service's MovementRow (and checked by its checkRow, the rule every stock mutation uses), and
// the row's idempotency key. Pure: the catalogue lookups are given, nothing here reads the database.
import { createHash } from 'node:crypto';
import type { Location, MovementKind, MovementReason, Product } from '../../generated/prisma/client';
import { MovementReason as REASONS } from '../../generated/prisma/enums';
import { checkKey, checkRow, type MovementDraft, type MovementRow } from '../stock';
import { userError, type UserError } from '../../shared/errors';
import { RowCells } from './cells';
import type { RowError } from './types';

/**
 * Our column names. `location` is where a one-sided movement happens (a receipt's or return's
 * destination, a shipment's or write-off's source, the level an adjustment changes); a transfer
 * names `fromLocation` and `toLocation`. An adjustment's `quantity` is signed: units added (+) or
 * removed (-), as adjustStock's `delta`.
 */
export const MOVEMENT_COLUMNS = [
  'kind',
  'sku',
  'location',
  'fromLocation',
  'toLocation',
  'quantity',
  'occurredAt',
  'unitCost',
  'unitPrice',
  'counterparty',
  'reference',
  'note',
  'reason',
  'idempotencyKey',
] as const;

/** The kinds a file may hold: every movement a mutation records for one product, bar state changes. */
export const IMPORTED_KINDS: readonly MovementKind[] = [
  'RECEIPT',
  'SHIPMENT',
  'TRANSFER',
  'ADJUSTMENT',
  'RETURN',
  'WRITE_OFF',
];

/** Which side `location` stands for, per kind (a transfer names both sides itself). */
const LOCATION_SIDE: Partial<Record<MovementKind, 'fromLocationId' | 'toLocationId'>> = {
  RECEIPT: 'toLocationId',
  RETURN: 'toLocationId',
  SHIPMENT: 'fromLocationId',
  WRITE_OFF: 'fromLocationId',
};

const cell = (fields: Record<string, string>, column: string): string | undefined => {
  const value = fields[column]?.trim();
  return value === undefined || value === '' ? undefined : value;
};

/**
 * A SHA-256 of the row's content: every non-empty cell of our columns but its own idempotencyKey,
 * by name. (A row with no key of its own has no such cell, so its digest is what it always was.)
 */
function contentDigest(fields: Record<string, string>): Buffer {
  const hash = createHash('sha256');
  for (const column of MOVEMENT_COLUMNS) {
    if (column === 'idempotencyKey') continue;
    const value = cell(fields, column);
    if (value !== undefined) hash.update(column).update('\u0000').update(value).update('\u0001');
  }
  return hash.digest();
}

/**
 * What a row that names its own idempotencyKey says, as a digest kept with its key: the same key
 * on a row that says something else is refused (IDEMPOTENCY_KEY_REUSED), as a mutation refuses a
 * key reused for another request. Null for a row without a key of its own: its key is its content.
 */
export function contentOf(fields: Record<string, string>): string | null {
  return cell(fields, 'idempotencyKey') === undefined ? null : contentDigest(fields).toString('base64url');
}

/** The mutations' answer to a key used before for another request (answerRetry in the ledger). */
export function keyReusedError(): UserError {
  return userError(
    'IDEMPOTENCY_KEY_REUSED',
    ['idempotencyKey'],
    'This idempotency key was already used for a different movement; use a new key for a new movement.',
  );
}

/** Refuses a row whose own idempotencyKey an earlier row, in this file or before, used for other content. */
export function keyReused(row: number): RowError {
  const { code, message } = keyReusedError();
  return { row, column: 'idempotencyKey', code, message };
}

/** True when a row with `content` reuses a key that was recorded for `earlier` content. */
export const reusesKey = (earlier: string | null, content: string | null) =>
  earlier !== null && content !== null && earlier !== content;

/**
 * The rows' idempotency keys: the row's own `idempotencyKey` cell, or a digest of its content (every
 * non-empty cell of our columns, by name) and of how many rows with the same content came before
 * it in the file. Editing one row gives that row a new key; adding rows leaves the others' keys as
 * they were; two identical rows (two equal sales on one day) stay two movements. Occurrences are
 * counted by the digest's first 48 bits in an open-addressing table of typed arrays (a million rows
 * take about 24 MB, outside the garbage-collected heap); two contents that share those bits only
 * number each other's occurrences, which is as stable as the file.
 */
export class RowKeys {
  private slots = new Float64Array(1 << 16);
  private counts = new Uint32Array(1 << 16);
  private used = 0;

  keyOf(fields: Record<string, string>): string {
    const own = cell(fields, 'idempotencyKey');
    if (own !== undefined) return `key:${own}`;
    const digest = contentDigest(fields);
    // + 1: slot value 0 marks an empty slot.
    const occurrence = this.count(digest.readUIntBE(0, 6) + 1);
    return `row:${digest.toString('base64url')}:${occurrence}`;
  }

  /** Counts one more occurrence of `short` (from 1 to 2^48) and returns the count. */
  private count(short: number): number {
    if (this.used * 2 >= this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    for (let slot = short & mask; ; slot = (slot + 1) & mask) {
      if (this.slots[slot] === short) {
        this.counts[slot] = this.counts[slot]! + 1;
        return this.counts[slot]!;
      }
      if (this.slots[slot] === 0) {
        this.slots[slot] = short;
        this.counts[slot] = 1;
        this.used += 1;
        return 1;
      }
    }
  }

  private grow(): void {
    const { slots, counts } = this;
    this.slots = new Float64Array(slots.length * 2);
    this.counts = new Uint32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (const [index, short] of slots.entries()) {
      if (short === 0) continue;
      let slot = short & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = short;
      this.counts[slot] = counts[index]!;
    }
  }
}

const REASON_NAMES: readonly string[] = Object.values(REASONS);

const enumName = (value: string) =>
  value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');

/** A row read from the file, its cells not yet checked. */
export interface MovementCells {
  row: number;
  fields: Record<string, string>;
}

/** A row that passed every rule of its mutation: what the ledger records, and what names it. */
export interface PlannedMovement {
  row: number;
  key: string;
  /** For a row with its own idempotencyKey, its content's digest (contentOf); null otherwise. */
  content: string | null;
  draft: MovementDraft;
  /** Outbound units are sold (shipments, transfers: from `available`) or corrected (unheld units). */
  sale: boolean;
}

/** The products (by lower-cased SKU) and locations (by lower-cased code) the rows may name. */
export interface MovementCatalog {
  products: ReadonlyMap<string, Product>;
  locations: ReadonlyMap<string, Location>;
}

/** SKUs and location codes are citext: one key for every spelling in case. */
export const catalogKey = (code: string) => code.trim().toLowerCase();

/**
 * The mutation field a checkRow error names -> our column. The side a one-sided movement stores its
 * location on is this file's `location`.
 */
function columnOf(field: string | undefined, kind: MovementKind): string | null {
  if (!field) return null;
  if (field === 'productId') return 'sku';
  if (field === 'fromLocationId' || field === 'toLocationId') {
    if (kind === 'TRANSFER') return field === 'fromLocationId' ? 'fromLocation' : 'toLocation';
    return 'location';
  }
  return field;
}

/**
 * One row checked with the rules of the stock mutations: its cells read as every importer reads
 * them (cells.ts), then checkRow, recordMovements' own rule for a movement of any kind (quantity
 * from 1 to 1,000,000,000, the locations its kind needs, a cost on every receipt, text limits, no
 * date in the future, active product and locations). Returns the draft the ledger records, or the
 * row's errors, each naming our column.
 */
export function planMovement(
  source: MovementCells,
  key: string,
  catalog: MovementCatalog,
  content: string | null = null,
): PlannedMovement | { errors: RowError[] } {
  const cells = new RowCells(source.row, source.fields);
  for (const column of ['kind', 'sku', 'quantity'] as const) {
    if (cells.raw(column) === undefined) cells.fail(column, 'REQUIRED', `${column} must be given.`);
  }
  const kindText = cells.text('kind');
  const kind = kindText === undefined ? undefined : (enumName(kindText) as MovementKind);
  if (kind !== undefined && !IMPORTED_KINDS.includes(kind)) {
    cells.fail('kind', 'INVALID_FORMAT', `kind must be one of ${IMPORTED_KINDS.join(', ')} (got ${kindText}).`);
  }
  const sku = cells.text('sku')?.trim();
  const quantity = cells.integer('quantity');
  const occurredAt = cells.date('occurredAt');
  const unitCost = cells.decimal('unitCost');
  const unitPrice = cells.decimal('unitPrice');
  const reasonText = cells.text('reason');
  const reason = reasonText === undefined ? undefined : enumName(reasonText);
  if (reason !== undefined && !REASON_NAMES.includes(reason)) {
    cells.fail('reason', 'INVALID_FORMAT', `reason must be one of ${REASON_NAMES.join(', ')}.`);
  }
  const reference = cells.text('reference');
  const counterparty = cells.text('counterparty');
  const note = cells.text('note');
  const ownKey = cells.text('idempotencyKey');
  if (ownKey !== undefined) cells.addUserErrors(checkKey(ownKey));
  const product = sku === undefined ? undefined : catalog.products.get(catalogKey(sku));
  if (sku !== undefined && !product) cells.fail('sku', 'UNKNOWN_SKU', `No product has the SKU ${sku}.`);
  const location = (column: string): Location | null => {
    const code = cells.text(column)?.trim();
    if (code === undefined) return null;
    const found = catalog.locations.get(catalogKey(code));
    if (!found) cells.fail(column, 'UNKNOWN_LOCATION', `No location has the code ${code}.`);
    return found ?? null;
  };
  const places =
    kind === 'TRANSFER' ? { from: location('fromLocation'), to: location('toLocation') } : { at: location('location') };
  if (kind === 'ADJUSTMENT' && quantity === 0) {
    cells.fail('quantity', 'OUT_OF_RANGE', 'An ADJUSTMENT quantity must be non-zero: units added (+) or removed (-).');
  }
  if (cells.errors.length > 0 || kind === undefined || !product || quantity === undefined) {
    return { errors: cells.errors };
  }

  const row: MovementRow = {
    kind,
    productId: product.id,
    quantity,
    unitCost: unitCost ?? null,
    unitPrice: unitPrice ?? null,
    reason: (reason as MovementReason | undefined) ?? null,
    reference: reference ?? null,
    counterparty: counterparty ?? null,
    note: note ?? null,
    occurredAt: occurredAt ?? null,
  };
  const locations = new Map<string, Location>();
  const place = (side: 'fromLocationId' | 'toLocationId', found: Location | null) => {
    row[side] = found?.id ?? null;
    if (found) locations.set(found.id, found);
  };
  if ('at' in places) {
    // adjustStock's delta: units added (+) or removed (-); the movement carries its size.
    const side = kind === 'ADJUSTMENT' ? (quantity < 0 ? 'fromLocationId' : 'toLocationId') : LOCATION_SIDE[kind]!;
    if (kind === 'ADJUSTMENT') row.quantity = Math.abs(quantity);
    place(side, places.at ?? null);
  } else {
    place('fromLocationId', places.from);
    place('toLocationId', places.to);
  }
  const checked = checkRow(row, [], { products: new Map([[product.id, product]]), locations });
  if ('errors' in checked) {
    cells.addUserErrors(checked.errors, (field) => columnOf(field, kind));
    return { errors: cells.errors };
  }
  return { row: source.row, key, content, draft: checked.draft, sale: kind === 'SHIPMENT' || kind === 'TRANSFER' };
}
