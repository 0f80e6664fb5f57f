// The transactional outbox: events are written by the transaction that makes the change, so an
// event exists exactly when its change committed. Each event's `position` (its place in the feed,
// see feed.ts) is the writing transaction's id raised to at least `after`: the caller passes the
// largest position stamped on the rows it locked (a product's event_position) and stamps them
// with the same value (positionSql), so each product's events sort in the order its writes held
// its lock, even when a later write took its transaction id first.
import { Prisma, type EventType } from '../../generated/prisma/client';
import { actorColumns, type Actor } from '../../shared/actor';

/** An event to record; the database gives it its id, position and occurredAt. */
export interface EventDraft {
  type: EventType;
  actor: Actor | null;
  /** Row ids (uuids) of the products, locations and reservation the event is about. */
  productIds: string[];
  locationIds: string[];
  reservationId?: string | null;
  /** The JSON payload: global IDs and figures, as the SDL's payload types document it. */
  payload: unknown;
}

/** The position this transaction writes its events at, given the largest position it locked. */
export function positionSql(after: bigint): Prisma.Sql {
  return Prisma.sql`GREATEST(pg_current_xact_id()::text::bigint, ${after}::bigint)`;
}

/** The INSERT that writes `drafts` (not empty) at positionSql(after): a statement, or a data-modifying CTE. */
export function insertEventsSql(drafts: EventDraft[], after: bigint): Prisma.Sql {
  const rows = drafts.map((draft) => {
    const by = actorColumns(draft.actor);
    return {
      type: draft.type,
      user_id: by.userId,
      api_key_id: by.apiKeyId,
      product_ids: draft.productIds,
      location_ids: draft.locationIds,
      reservation_id: draft.reservationId ?? null,
      payload: draft.payload,
    };
  });
  // In the drafts' order, so their ids (sequence numbers) follow it.
  return Prisma.sql`INSERT INTO event (position, type, user_id, api_key_id, product_ids, location_ids, reservation_id, payload)
    SELECT ${positionSql(after)}, d.type::"EventType", d.user_id, d.api_key_id, d.product_ids, d.location_ids,
           d.reservation_id, d.payload
    FROM ROWS FROM (
      jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS (type text, user_id uuid, api_key_id uuid, product_ids uuid[], location_ids uuid[], reservation_id uuid,
            payload jsonb)
    ) WITH ORDINALITY AS d(type, user_id, api_key_id, product_ids, location_ids, reservation_id, payload, ordinality)
    ORDER BY d.ordinality`;
}

/** Writes `drafts` in the caller's transaction; the caller announces them once it has committed. */
export async function recordEvents(
  tx: Prisma.TransactionClient,
  drafts: EventDraft[],
  after: bigint = 0n,
): Promise<void> {
  if (drafts.length === 0) return;
  await tx.$executeRaw`/* recordEvents */ ${insertEventsSql(drafts, after)}`;
}
