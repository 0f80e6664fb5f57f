// Keyset (cursor) pagination for Relay connections: over any Prisma model, or over SQL a module's
// store writes (keysetSql turns the same bounds into a row comparison).
import { Prisma } from '../generated/prisma/client';
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
export type SortDirection = 'asc' | 'desc';

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

/** What a list's cursors are made from: its sort and id fields and what each holds. */
export interface CursorLayout<T extends object> {
  /** Model field to sort by; ties are always broken by the id field in the same direction. */
  sortField: keyof T & string;
  /** The unique field that breaks ties; `id` unless the rows have another key. */
  idField?: keyof T & string;
  /** What the sort field and the id field hold, which is what this list's cursors must hold. */
  cursor: { sortValue: CursorPart; id: CursorPart };
}

/** How one list is stored: the caller adapts its Prisma delegate to these calls. */
export interface KeysetSource<T extends object> extends CursorLayout<T> {
  where: Where;
  direction: SortDirection;
  findMany(args: { where: Where; orderBy: Where[]; take: number }): Promise<T[]>;
  count(args: { where: Where }): Promise<number>;
}

/** A cursor's position, parsed into the values Prisma compares with. */
export interface CursorKey {
  value: unknown;
  id: unknown;
}

/** Rows strictly beyond `key` when walking in `direction`; with `inclusive`, the row at `key` too. */
export interface KeysetBound {
  key: CursorKey;
  direction: SortDirection;
  inclusive: boolean;
}

/** One read of a list: the rows within every bound, in `direction` order, at most `take` of them. */
export interface KeysetRead {
  bounds: KeysetBound[];
  direction: SortDirection;
  take: number;
}

/** A list in keyset order, however its rows are read: what paginateKeyset walks. */
export interface KeysetList<T extends object> extends CursorLayout<T> {
  direction: SortDirection;
  read(query: KeysetRead): Promise<T[]>;
  count(): Promise<number>;
}

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

/** How a size is checked, besides the cap every list shares (MAX_PAGE_SIZE). */
export interface SizeRule {
  /**
   * The least size accepted: 0 for a page (an empty page is a fair question, and the default), 1
   * for a report's top rows (`salesReport(first:)`), whose refusals then name the range.
   */
  min?: 0 | 1;
}

/**
 * The one check of how many rows a request may ask for: the size as asked (undefined when not
 * given), BAD_USER_INPUT when it is not a whole number of at least `min`, PAGE_SIZE_EXCEEDED past
 * MAX_PAGE_SIZE.
 */
export function checkSize(name: string, size: number | null | undefined, rule: SizeRule = {}): number | undefined {
  const min = rule.min ?? 0;
  if (size === null || size === undefined) return undefined;
  if (!Number.isInteger(size) || size < min) {
    throw new RequestError('BAD_USER_INPUT', `\`${name}\` must be a whole number from ${min} to ${MAX_PAGE_SIZE}.`);
  }
  if (size > MAX_PAGE_SIZE) {
    throw new RequestError(
      'PAGE_SIZE_EXCEEDED',
      min === 0
        ? `\`${name}\` is ${size}, but a page holds at most ${MAX_PAGE_SIZE} items.`
        : `\`${name}\` must be from ${min} to ${MAX_PAGE_SIZE}.`,
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

/** A Prisma-stored list as paginateKeyset reads it: each bound a Prisma condition. */
function prismaList<T extends object>(source: KeysetSource<T>): KeysetList<T> {
  const idField = source.idField ?? 'id';
  const within = (bound: KeysetBound): Where =>
    // At or beyond `key` one way is not strictly beyond it the other way.
    bound.inclusive
      ? { NOT: beyond(source, bound.key, flip(bound.direction)) }
      : beyond(source, bound.key, bound.direction);
  return {
    sortField: source.sortField,
    idField: source.idField,
    cursor: source.cursor,
    direction: source.direction,
    read: ({ bounds, direction, take }) =>
      source.findMany({
        where: { AND: [source.where, ...bounds.map(within)] },
        orderBy: orderBy(source.sortField, idField, direction),
        take,
      }),
    count: () => source.count({ where: source.where }),
  };
}

/** Fetches one page of a Prisma model's rows: see paginateKeyset. */
export function paginate<T extends object>(source: KeysetSource<T>, args: PageArgs): Promise<Page<T>> {
  return paginateKeyset(prismaList(source), args);
}

/** What a cursor part holds, as the SQL type its bind parameter is cast to. */
const SQL_TYPES: Record<CursorPart, string> = {
  uuid: 'uuid',
  bigint: 'bigint',
  moment: 'timestamptz',
  decimal: 'numeric',
  text: 'text',
};

/**
 * A bound as SQL over the list's sort and id columns, for a list a module's store reads with SQL:
 * a row comparison, which an index on (sort, id) in the list's order serves as a range.
 */
export function keysetSql<T extends object>(
  list: CursorLayout<T>,
  /** `sortType` when the sort column is not the SQL type its cursor part names (a citext column). */
  columns: { sort: Prisma.Sql; id: Prisma.Sql; sortType?: string },
  bound: KeysetBound,
): Prisma.Sql {
  const op = Prisma.raw(`${bound.direction === 'asc' ? '>' : '<'}${bound.inclusive ? '=' : ''}`);
  const id = Prisma.sql`${bound.key.id}::${Prisma.raw(SQL_TYPES[list.cursor.id])}`;
  if (list.sortField === (list.idField ?? 'id')) return Prisma.sql`${columns.id} ${op} ${id}`;
  const value = Prisma.sql`${bound.key.value}::${Prisma.raw(columns.sortType ?? SQL_TYPES[list.cursor.sortValue])}`;
  return Prisma.sql`(${columns.sort}, ${columns.id}) ${op} (${value}, ${id})`;
}

/** What a page's first read is, worked out (and checked) from the client's arguments. */
export interface PagePlan {
  /** The rows of the page, and one more to tell whether more follow. */
  read: KeysetRead;
  size: number;
  backwards: boolean;
  after?: CursorKey;
  before?: CursorKey;
}

/**
 * The read a page starts with: BAD_USER_INPUT, PAGE_SIZE_EXCEEDED or INVALID_CURSOR when the
 * arguments do not make a page of this list. Forward paging (`first`/`after`) reads in the list's
 * order; backward paging (`last`/`before`) reads in reverse. One extra row tells whether more follow.
 */
export function planPage<T extends object>(
  list: CursorLayout<T> & { direction: SortDirection },
  args: PageArgs,
): PagePlan {
  const first = checkSize('first', args.first);
  const last = checkSize('last', args.last);
  if (first !== undefined && last !== undefined) {
    throw new RequestError('BAD_USER_INPUT', 'Give either `first` or `last`, not both.');
  }
  const after = args.after ? decodeCursor(list, args.after, 'after') : undefined;
  const before = args.before ? decodeCursor(list, args.before, 'before') : undefined;
  const backwards = last !== undefined;
  const size = backwards ? last : (first ?? DEFAULT_PAGE_SIZE);

  const bounds: KeysetBound[] = [];
  if (after) bounds.push({ key: after, direction: list.direction, inclusive: false });
  if (before) bounds.push({ key: before, direction: flip(list.direction), inclusive: false });
  return {
    read: { bounds, direction: backwards ? flip(list.direction) : list.direction, take: size + 1 },
    size,
    backwards,
    after,
    before,
  };
}

/**
 * Fetches one page (see planPage); whether rows precede the page is asked of the database only
 * when a client wants it. `readAhead` is the page's first read when another statement already
 * made it (a product page reads its movements with the product).
 */
export async function paginateKeyset<T extends object>(
  list: KeysetList<T>,
  args: PageArgs,
  readAhead?: T[],
): Promise<Page<T>> {
  const { read, size, backwards, after, before } = planPage(list, args);
  const rows = readAhead ?? (await list.read(read));
  const more = rows.length > size;
  const nodes = rows.slice(0, size);
  if (backwards) nodes.reverse();

  // Whether any row lies at or behind the cursor the client came from (the cursor's row counts).
  const existsBehind = async (key: CursorKey | undefined, direction: SortDirection) => {
    if (!key) return false;
    const found = await list.read({
      bounds: [{ key, direction: flip(direction), inclusive: true }],
      direction: flip(direction),
      take: 1,
    });
    return found.length > 0;
  };

  const edges = nodes.map((node) => ({ cursor: encodeCursor(list, node), node }));
  return {
    edges,
    nodes,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
      checkNextPage: async () => (backwards ? existsBehind(before, flip(list.direction)) : more),
      checkPreviousPage: async () => (backwards ? more : existsBehind(after, list.direction)),
    },
    countAll: () => list.count(),
  };
}
