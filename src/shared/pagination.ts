// Keyset (cursor) pagination over any Prisma model, for Relay connections.
import { Decimal } from './decimal';
import { RequestError } from './errors';
import { isWithinMomentRange, unstorableCharacter } from './validation';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** What the client asked for, as the connection arguments give it. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Where a page sits; the checks are lazy, so a query that does not ask for them costs nothing. */
export interface PageBounds {
  startCursor: string | null;
  endCursor: string | null;
  checkNextPage(): Promise<boolean>;
  checkPreviousPage(): Promise<boolean>;
}

/** A page of rows in the shape of a Relay connection; the total is counted only when asked. */
export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageBounds;
  countAll(): Promise<number>;
}

type Where = Record<string, unknown>;
type SortDirection = 'asc' | 'desc';

/**
 * What one part of a cursor (the sort value, or the id that breaks ties) holds. Each list declares
 * its two, and a cursor is checked as a whole against them before any SQL: one that does not parse
 * as the list's types (forged, edited, or issued by another list) is INVALID_CURSOR, never a query
 * error. A foreign cursor whose parts happen to fit names a position in this list's order, which
 * is harmless.
 */
export type CursorPart = 'uuid' | 'bigint' | 'moment' | 'decimal' | 'text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BIGINT = /^(0|[1-9]\d{0,18})$/;
const MAX_BIGINT = 9_223_372_036_854_775_807n;
/** Exactly what Date.toISOString writes; anything else was not issued here. */
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** Plain notation with the digits a numeric(30,10) column can hold; no exponent PostgreSQL would choke on. */
const DECIMAL = /^-?\d{1,20}(\.\d{1,10})?$/;

/** A row's value as a cursor stores it: a string, whatever the column's type. */
function encodePart(part: CursorPart, value: unknown): string {
  if (part === 'moment') return (value as Date).toISOString();
  if (part === 'decimal') return (value as Decimal).toFixed();
  return String(value);
}

/** The cursor's stored string as the value Prisma compares with, or undefined when it is not one. */
function decodePart(part: CursorPart, stored: unknown): unknown {
  if (typeof stored !== 'string') return undefined;
  switch (part) {
    case 'uuid':
      return UUID.test(stored) ? stored : undefined;
    case 'bigint':
      return BIGINT.test(stored) && BigInt(stored) <= MAX_BIGINT ? BigInt(stored) : undefined;
    case 'moment': {
      const moment = new Date(stored);
      const issued = ISO_MOMENT.test(stored) && !Number.isNaN(moment.getTime()) && moment.toISOString() === stored;
      return issued && isWithinMomentRange(moment) ? moment : undefined;
    }
    case 'decimal':
      return DECIMAL.test(stored) ? new Decimal(stored) : undefined;
    case 'text':
      return unstorableCharacter(stored) ? undefined : stored;
  }
}

/** How one list is stored: the caller adapts its Prisma delegate to these calls. */
export interface KeysetSource<T extends object> {
  where: Where;
  /** Model field to sort by; ties are always broken by the id field in the same direction. */
  sortField: keyof T & string;
  /** The unique field that breaks ties; `id` unless the rows have another key. */
  idField?: keyof T & string;
  direction: SortDirection;
  /** What the sort field and the id field hold, which is what this list's cursors must hold. */
  cursor: { sortValue: CursorPart; id: CursorPart };
  findMany(args: { where: Where; orderBy: Where[]; take: number }): Promise<T[]>;
  count(args: { where: Where }): Promise<number>;
}

/** A cursor's position, parsed into the values Prisma compares with. */
export interface CursorKey {
  value: unknown;
  id: unknown;
}

/** What a cursor is made from: the list's sort and id fields and what each holds. */
export type CursorLayout<T extends object> = Pick<KeysetSource<T>, 'sortField' | 'idField' | 'cursor'>;

/** A row's position in its list, as an opaque string. */
export function encodeCursor<T extends object>(source: CursorLayout<T>, row: T): string {
  const fields = row as Record<string, unknown>;
  const key = [
    encodePart(source.cursor.sortValue, fields[source.sortField]),
    encodePart(source.cursor.id, fields[source.idField ?? 'id']),
  ];
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** A cursor's position, or INVALID_CURSOR naming `argument` when this list did not issue it. */
export function decodeCursor<T extends object>(source: CursorLayout<T>, cursor: string, argument: string): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (Array.isArray(parsed) && parsed.length === 2) {
    const value = decodePart(source.cursor.sortValue, parsed[0]);
    const id = decodePart(source.cursor.id, parsed[1]);
    if (value !== undefined && id !== undefined) return { value, id };
  }
  throw new RequestError('INVALID_CURSOR', `\`${argument}\` is not a cursor this list issued.`);
}

/** A page size as asked (undefined when not given), or BAD_USER_INPUT / PAGE_SIZE_EXCEEDED. */
export function checkSize(name: string, size: number | null | undefined): number | undefined {
  if (size === null || size === undefined) return undefined;
  if (!Number.isInteger(size) || size < 0) {
    throw new RequestError('BAD_USER_INPUT', `\`${name}\` must be a whole number from 0 to ${MAX_PAGE_SIZE}.`);
  }
  if (size > MAX_PAGE_SIZE) {
    throw new RequestError(
      'PAGE_SIZE_EXCEEDED',
      `\`${name}\` is ${size}, but a page holds at most ${MAX_PAGE_SIZE} items.`,
    );
  }
  return size;
}

const flip = (direction: SortDirection): SortDirection => (direction === 'asc' ? 'desc' : 'asc');

/** Rows strictly beyond `key` when walking in `direction`. */
function beyond<T extends object>(source: KeysetSource<T>, key: CursorKey, direction: SortDirection): Where {
  const op = direction === 'asc' ? 'gt' : 'lt';
  const idField = source.idField ?? 'id';
  if (source.sortField === idField) return { [idField]: { [op]: key.id } };
  return {
    OR: [{ [source.sortField]: { [op]: key.value } }, { [source.sortField]: key.value, [idField]: { [op]: key.id } }],
  };
}

function orderBy(field: string, idField: string, direction: SortDirection): Where[] {
  return field === idField ? [{ [idField]: direction }] : [{ [field]: direction }, { [idField]: direction }];
}

/**
 * Fetches one page. Forward paging (`first`/`after`) reads in the list's order; backward paging
 * (`last`/`before`) reads in reverse and flips the rows back. One extra row tells whether more
 * follow; whether rows precede the page is asked of the database only when a client wants it.
 */
export async function paginate<T extends object>(source: KeysetSource<T>, args: PageArgs): Promise<Page<T>> {
  const idField = source.idField ?? 'id';
  const first = checkSize('first', args.first);
  const last = checkSize('last', args.last);
  if (first !== undefined && last !== undefined) {
    throw new RequestError('BAD_USER_INPUT', 'Give either `first` or `last`, not both.');
  }
  const after = args.after ? decodeCursor(source, args.after, 'after') : undefined;
  const before = args.before ? decodeCursor(source, args.before, 'before') : undefined;
  const backwards = last !== undefined;
  const size = backwards ? last : (first ?? DEFAULT_PAGE_SIZE);
  const readDirection = backwards ? flip(source.direction) : source.direction;

  const bounds: Where[] = [source.where];
  if (after) bounds.push(beyond(source, after, source.direction));
  if (before) bounds.push(beyond(source, before, flip(source.direction)));

  const rows = await source.findMany({
    where: { AND: bounds },
    orderBy: orderBy(source.sortField, idField, readDirection),
    take: size + 1,
  });
  const more = rows.length > size;
  const nodes = rows.slice(0, size);
  if (backwards) nodes.reverse();

  // Whether any row lies at or behind the cursor the client came from (the cursor's row counts).
  const existsBehind = async (key: CursorKey | undefined, direction: SortDirection) => {
    if (!key) return false;
    const found = await source.findMany({
      where: { AND: [source.where, { NOT: beyond(source, key, direction) }] },
      orderBy: orderBy(source.sortField, idField, flip(direction)),
      take: 1,
    });
    return found.length > 0;
  };

  const edges = nodes.map((node) => ({ cursor: encodeCursor(source, node), node }));
  return {
    edges,
    nodes,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
      checkNextPage: async () => (backwards ? existsBehind(before, flip(source.direction)) : more),
      checkPreviousPage: async () => (backwards ? more : existsBehind(after, source.direction)),
    },
    countAll: () => source.count({ where: source.where }),
  };
}
