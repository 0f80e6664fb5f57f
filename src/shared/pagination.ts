// Keyset (cursor) pagination over any Prisma model, for Relay connections.
import { RequestError } from './errors';

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

type SortValue = string | number | null;
type Where = Record<string, unknown>;
type SortDirection = 'asc' | 'desc';

/** How one list is stored: the caller adapts its Prisma delegate to these three calls. */
/** Rows are identified by a uuid string or a bigint sequence. */
type RowId = string | bigint;

export interface KeysetSource<T extends object> {
  where: Where;
  /** Model field to sort by; ties are always broken by the id field in the same direction. */
  sortField: string;
  /** The unique field that breaks ties; `id` unless the rows have another key. */
  idField?: keyof T & string;
  direction: SortDirection;
  /** The sort value as stored in a cursor. */
  sortValue(row: T): SortValue;
  /** Turns a cursor's stored value back into what Prisma compares with (e.g. a Date). */
  parseSortValue?(value: SortValue): unknown;
  /** Turns a cursor's id back into the model's id type (e.g. BigInt); ids are strings by default. */
  parseId?(id: string): RowId;
  findMany(args: { where: Where; orderBy: Where[]; take: number }): Promise<T[]>;
  count(args: { where: Where }): Promise<number>;
}

interface CursorKey {
  value: SortValue;
  id: string;
}

function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.value, key.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, argument: string): CursorKey {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') {
      const [value, id] = parsed as [unknown, string];
      if (value === null || typeof value === 'string' || typeof value === 'number') return { value, id };
    }
  } catch {
    // fall through to the error below
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
  const value = source.parseSortValue ? source.parseSortValue(key.value) : key.value;
  const id = parseCursorId(source, key.id);
  const idField = source.idField ?? 'id';
  if (source.sortField === idField) return { [idField]: { [op]: id } };
  return {
    OR: [{ [source.sortField]: { [op]: value } }, { [source.sortField]: value, [idField]: { [op]: id } }],
  };
}

function parseCursorId<T extends object>(source: KeysetSource<T>, id: string): RowId {
  if (!source.parseId) return id;
  try {
    return source.parseId(id);
  } catch {
    throw new RequestError('INVALID_CURSOR', 'The cursor is not one this list issued.');
  }
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
  const after = args.after ? decodeCursor(args.after, 'after') : undefined;
  const before = args.before ? decodeCursor(args.before, 'before') : undefined;
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

  const cursorOf = (row: T) =>
    encodeCursor({ value: source.sortValue(row), id: String((row as Record<string, unknown>)[idField]) });
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

  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
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
