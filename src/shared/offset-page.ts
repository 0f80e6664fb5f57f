// Offset pagination for computed reports: rows come from an aggregate query sorted by a computed
// figure, so there is no stored key to page by. Cursors are opaque positions in that order.
import { checkSize, DEFAULT_PAGE_SIZE, type Page } from './pagination';
import { RequestError } from './errors';

export interface OffsetArgs {
  first?: number | null;
  after?: string | null;
}

/** Which slice of the sorted rows a request wants. */
export interface OffsetWindow {
  offset: number;
  limit: number;
}

const PREFIX = 'offset:';

export function offsetWindow(args: OffsetArgs): OffsetWindow {
  const first = checkSize('first', args.first) ?? DEFAULT_PAGE_SIZE;
  return { offset: args.after ? decodeOffset(args.after) + 1 : 0, limit: first };
}

function decodeOffset(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const position = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(position) || position < 0) {
    throw new RequestError('INVALID_CURSOR', '`after` is not a cursor this report issued.');
  }
  return position;
}

function encodeOffset(position: number): string {
  return Buffer.from(`${PREFIX}${position}`, 'utf8').toString('base64url');
}

/** Wraps one slice of a report (fetched with LIMIT/OFFSET) and the report's total row count. */
export function offsetPage<T>(rows: T[], window: OffsetWindow, total: number): Page<T> {
  const edges = rows.map((node, index) => ({ cursor: encodeOffset(window.offset + index), node }));
  return {
    edges,
    nodes: rows,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      checkNextPage: () => Promise.resolve(window.offset + rows.length < total),
      checkPreviousPage: () => Promise.resolve(window.offset > 0),
    },
    countAll: () => Promise.resolve(total),
  };
}
