// The change feed: events in the order (position, id), each shown only once no transaction that
// could still write a smaller position is running. `id` is the event's sequence, handed out when
// it is written, before commit: a transaction that commits late can hold a smaller sequence than
// events already committed, so a reader paging by sequence alone would step past it for good.
// `position` is the writing transaction's id (pg_current_xact_id), raised past the last event of
// every stock level it changed (outbox.ts): a transaction queued behind another on a level may have
// taken its id first, and each level's events must read in the order the ledger applied them.
//
// Visible means position < pg_snapshot_xmin(pg_current_snapshot()): every transaction with an id
// below the snapshot's xmin has ended, so no event can still appear at a position below it, and
// any transaction running now (or started later) writes at a position at or above it. A reader that
// resumes after (position, id) therefore sees every committed event exactly once. The price is
// that a long-running writing transaction anywhere in the PostgreSQL cluster holds the feed back
// until it ends (never a reader: read-only transactions have no id).
import { Prisma, type EventType, type PrismaClient } from '../../generated/prisma/client';
import { decodeCursor, encodeCursor, type CursorLayout } from '../../shared/pagination';

/** An event as the feed returns it. */
export interface EventRecord {
  id: bigint;
  position: bigint;
  type: EventType;
  occurredAt: Date;
  userId: string | null;
  apiKeyId: string | null;
  productIds: string[];
  locationIds: string[];
  reservationId: string | null;
  payload: unknown;
}

/** Where a reader of the feed stands: after this event. (0, 0) is before the first. */
export interface FeedPosition {
  position: bigint;
  id: bigint;
}

export const FEED_START: FeedPosition = { position: 0n, id: 0n };

export interface FeedFilter {
  types?: EventType[] | null;
  productId?: string | null;
  locationId?: string | null;
  reservationId?: string | null;
}

const LAYOUT: CursorLayout<EventRecord> = {
  sortField: 'position',
  idField: 'id',
  cursor: { sortValue: 'bigint', id: 'bigint' },
};

/** An event's place in the feed as an opaque cursor. */
export function feedCursor(at: FeedPosition): string {
  return encodeCursor(LAYOUT, { position: at.position, id: at.id } as EventRecord);
}

/** The place a cursor names, or INVALID_CURSOR naming `argument`. */
export function parseFeedCursor(cursor: string, argument = 'after'): FeedPosition {
  const key = decodeCursor(LAYOUT, cursor, argument);
  return { position: key.value as bigint, id: key.id as bigint };
}

export interface FeedPage {
  events: EventRecord[];
  /** Where the next read starts: after the last event returned, or `after` when none was. */
  end: FeedPosition;
  /** True when more visible events follow the page. */
  hasMore: boolean;
}

/** The visible events after `after`, in feed order, at most `first` of them. */
export async function readFeed(
  db: PrismaClient | Prisma.TransactionClient,
  after: FeedPosition,
  first: number,
  filter: FeedFilter = {},
): Promise<FeedPage> {
  const conditions = [
    Prisma.sql`(e.position, e.id) > (${after.position}::bigint, ${after.id}::bigint)`,
    Prisma.sql`e.position < pg_snapshot_xmin(pg_current_snapshot())::text::bigint`,
  ];
  if (filter.types?.length) conditions.push(Prisma.sql`e.type = ANY (${filter.types}::"EventType"[])`);
  if (filter.productId) conditions.push(Prisma.sql`${filter.productId}::uuid = ANY (e.product_ids)`);
  if (filter.locationId) conditions.push(Prisma.sql`${filter.locationId}::uuid = ANY (e.location_ids)`);
  if (filter.reservationId) conditions.push(Prisma.sql`e.reservation_id = ${filter.reservationId}::uuid`);
  const rows = await db.$queryRaw<EventRecord[]>`/* readFeed */
    SELECT e.id, e.position, e.type, e.occurred_at AS "occurredAt", e.user_id::text AS "userId",
           e.api_key_id::text AS "apiKeyId", e.product_ids::text[] AS "productIds",
           e.location_ids::text[] AS "locationIds", e.reservation_id::text AS "reservationId", e.payload
    FROM event e
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY e.position, e.id
    LIMIT ${first + 1}`;
  const events = rows.slice(0, first);
  const last = events.at(-1);
  return { events, end: last ? { position: last.position, id: last.id } : after, hasMore: rows.length > first };
}

/** The feed's current end: a reader starting here sees only events committed from now on. */
export async function feedHead(db: PrismaClient | Prisma.TransactionClient): Promise<FeedPosition> {
  // Every event written from now on has a position at or above the snapshot's xmin; (xmin - 1,
  // max) sorts after every event below it and before every one at it.
  const [row] = await db.$queryRaw<Array<{ position: bigint }>>`/* feedHead */
    SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint - 1 AS position`;
  return { position: row!.position, id: 9_223_372_036_854_775_807n };
}

/** Deletes events that occurred before `before`, a batch at a time; returns how many went. */
export async function pruneEvents(db: PrismaClient, before: Date, batch = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRaw`/* pruneEvents */
      DELETE FROM event WHERE id IN (SELECT id FROM event WHERE occurred_at < ${before} LIMIT ${batch}::int)`;
    total += deleted;
    if (deleted < batch) return total;
  }
}
