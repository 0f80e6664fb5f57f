// Every SQL statement of the webhook queue, named, its rows parsed: the dispatcher's cursor and the
// deliveries it queues, the worker's claim of due deliveries, and the record of each attempt.
import { z } from 'zod';
import { EventType } from '../../generated/prisma/enums';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type { EventRecord } from '../events';

type Db = PrismaClient | Prisma.TransactionClient;

/** The event_cursor row of the dispatcher. */
export const CURSOR_NAME = 'webhooks';

/** Creates the dispatcher's cursor at the start of the feed, unless it exists. */
export async function ensureCursor(db: Db): Promise<void> {
  await db.$executeRaw`/* ensureWebhookCursor */
    INSERT INTO event_cursor (name) VALUES (${CURSOR_NAME}) ON CONFLICT (name) DO NOTHING`;
}

const CursorRows = z.array(z.object({ position: z.bigint(), eventId: z.bigint() }));

/**
 * Locks the dispatcher's cursor for this transaction and returns it; with `skipLocked`, returns
 * null at once when another transaction holds it (another instance is dispatching).
 */
export async function lockCursor(
  db: Prisma.TransactionClient,
  options: { skipLocked: boolean },
): Promise<{ position: bigint; id: bigint } | null> {
  const rows = CursorRows.parse(
    options.skipLocked
      ? await db.$queryRaw`/* lockWebhookCursor */
          SELECT position, event_id AS "eventId" FROM event_cursor WHERE name = ${CURSOR_NAME}
          FOR UPDATE SKIP LOCKED`
      : await db.$queryRaw`/* waitForWebhookCursor */
          SELECT position, event_id AS "eventId" FROM event_cursor WHERE name = ${CURSOR_NAME} FOR UPDATE`,
  );
  const row = rows[0];
  return row ? { position: row.position, id: row.eventId } : null;
}

export async function advanceCursor(db: Prisma.TransactionClient, to: { position: bigint; id: bigint }) {
  await db.$executeRaw`/* advanceWebhookCursor */
    UPDATE event_cursor SET position = ${to.position}, event_id = ${to.id}, updated_at = now()
    WHERE name = ${CURSOR_NAME}`;
}

const CountRows = z.array(z.object({ count: z.bigint().transform(Number) }));

export async function activeSubscriptionCount(db: Db): Promise<number> {
  const [row] = CountRows.parse(
    await db.$queryRaw`/* activeWebhookSubscriptionCount */
      SELECT count(*)::bigint AS count FROM webhook_subscription WHERE status = 'ACTIVE'`,
  );
  return row!.count;
}

/**
 * Queues one delivery per event and active subscription that wants it (its types, and an event
 * after its start), in feed order: `eventIds` are in feed order, and seq, which orders the sending
 * of deliveries with one ordering key, follows the insertion order. The ordering key is the event's
 * first product, else its reservation, else its first location.
 */
export async function queueDeliveries(db: Prisma.TransactionClient, eventIds: bigint[]): Promise<number> {
  if (eventIds.length === 0) return 0;
  return db.$executeRaw`/* queueWebhookDeliveries */
    INSERT INTO webhook_delivery (subscription_id, event_id, ordering_key)
    SELECT s.id, e.id,
           COALESCE(e.product_ids[1]::text, e.reservation_id::text, e.location_ids[1]::text, 'global')
    FROM unnest(${eventIds.map(String)}::bigint[]) WITH ORDINALITY AS batch(id, ord)
    JOIN event e ON e.id = batch.id
    JOIN webhook_subscription s
      ON s.status = 'ACTIVE' AND e.position > s.start_position
     AND (cardinality(s.event_types) = 0 OR e.type = ANY (s.event_types))
    ORDER BY batch.ord, s.id`;
}

const ClaimedRows = z.array(
  z.object({
    seq: z.bigint(),
    id: z.string(),
    attempts: z.number().int(),
    leasedUntil: z.date(),
    subscriptionId: z.string(),
    url: z.string(),
    secret: z.string(),
    eventId: z.bigint(),
    position: z.bigint(),
    type: z.enum(EventType),
    occurredAt: z.date(),
    userId: z.string().nullable(),
    apiKeyId: z.string().nullable(),
    productIds: z.array(z.string()),
    locationIds: z.array(z.string()),
    reservationId: z.string().nullable(),
    payload: z.unknown(),
  }),
);

/** A delivery this worker holds the lease of, with what sending it needs. */
export interface ClaimedDelivery {
  seq: bigint;
  id: string;
  /** Attempts made before this one. */
  attempts: number;
  /** The lease this worker holds; recording the attempt checks it is still this one. */
  leasedUntil: Date;
  subscriptionId: string;
  url: string;
  secret: string;
  event: EventRecord;
}

/**
 * Leases up to `limit` due deliveries of active subscriptions for `leaseMs`. A delivery is due when
 * its next attempt time has come, no one holds a live lease on it, and no earlier delivery of its
 * subscription with the same ordering key is still PENDING (so one product's deliveries are sent
 * one at a time, in order, retries included). SKIP LOCKED lets several workers claim at once.
 */
export async function claimDueDeliveries(db: PrismaClient, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  const rows = ClaimedRows.parse(
    await db.$queryRaw`/* claimDueWebhookDeliveries */
      WITH RECURSIVE heads AS (
        -- The first PENDING delivery of each (subscription, ordering key), one index probe a key
        -- (a loose index scan): only a head may be sent, so the queue behind it is never scanned.
        (SELECT d.subscription_id, d.ordering_key, d.seq FROM webhook_delivery d
         WHERE d.status = 'PENDING' ORDER BY d.subscription_id, d.ordering_key, d.seq LIMIT 1)
        UNION ALL
        SELECT next.subscription_id, next.ordering_key, next.seq
        FROM heads h CROSS JOIN LATERAL (
          SELECT d.subscription_id, d.ordering_key, d.seq FROM webhook_delivery d
          WHERE d.status = 'PENDING' AND (d.subscription_id, d.ordering_key) > (h.subscription_id, h.ordering_key)
          ORDER BY d.subscription_id, d.ordering_key, d.seq LIMIT 1
        ) next
      ), due AS (
        SELECT d.seq
        FROM heads h
        JOIN webhook_delivery d ON d.seq = h.seq
        JOIN webhook_subscription s ON s.id = d.subscription_id
        WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
          AND (d.leased_until IS NULL OR d.leased_until < now())
          AND s.status = 'ACTIVE'
        ORDER BY d.next_attempt_at, d.seq
        LIMIT ${limit}::int
        FOR UPDATE OF d SKIP LOCKED
      )
      UPDATE webhook_delivery d
      SET leased_until = now() + ${leaseMs}::int * interval '1 millisecond'
      FROM due, webhook_subscription s, event e
      WHERE d.seq = due.seq AND s.id = d.subscription_id AND e.id = d.event_id
      RETURNING d.seq, d.id::text AS id, d.attempts, d.leased_until AS "leasedUntil",
                s.id::text AS "subscriptionId", s.url, s.secret,
                e.id AS "eventId", e.position, e.type::text AS type, e.occurred_at AS "occurredAt",
                e.user_id::text AS "userId", e.api_key_id::text AS "apiKeyId",
                e.product_ids::text[] AS "productIds", e.location_ids::text[] AS "locationIds",
                e.reservation_id::text AS "reservationId", e.payload`,
  );
  return rows
    .sort((a, b) => (a.seq < b.seq ? -1 : 1))
    .map(
      ({
        eventId,
        position,
        type,
        occurredAt,
        userId,
        apiKeyId,
        productIds,
        locationIds,
        reservationId,
        payload,
        ...delivery
      }) => ({
        ...delivery,
        event: {
          id: eventId,
          position,
          type,
          occurredAt,
          userId,
          apiKeyId,
          productIds,
          locationIds,
          reservationId,
          payload,
        },
      }),
    );
}

/** How one attempt went, as the worker records it. */
export interface AttemptRecord {
  attemptedAt: Date;
  durationMs: number;
  statusCode: number | null;
  /** Null when the receiver accepted the delivery. */
  error: string | null;
  /** What becomes of the delivery: done, retried after `retryInMs`, or given up. */
  outcome:
    { status: 'SUCCEEDED' } | { status: 'PENDING'; retryInMs: number } | { status: 'FAILED'; pausedReason: string };
}

/**
 * Logs an attempt and moves its delivery on, in one statement; when the delivery failed for good,
 * pauses its subscription with the reason. Does nothing (and returns false) when the lease is no
 * longer this worker's, or the delivery or its subscription was deleted meanwhile.
 */
export async function recordAttempt(
  db: PrismaClient,
  delivery: ClaimedDelivery,
  attempt: AttemptRecord,
): Promise<boolean> {
  const { outcome } = attempt;
  const retryInMs = outcome.status === 'PENDING' ? outcome.retryInMs : null;
  const pausedReason = outcome.status === 'FAILED' ? outcome.pausedReason : null;
  const [row] = CountRows.parse(
    await db.$queryRaw`/* recordWebhookAttempt */
      WITH moved AS (
        UPDATE webhook_delivery
        SET attempts = attempts + 1,
            status = ${outcome.status}::"WebhookDeliveryStatus",
            next_attempt_at = CASE WHEN ${retryInMs}::int IS NULL THEN next_attempt_at
                                   ELSE now() + ${retryInMs}::int * interval '1 millisecond' END,
            leased_until = NULL,
            last_error = ${attempt.error},
            completed_at = CASE WHEN ${outcome.status}::text = 'PENDING' THEN NULL ELSE now() END
        WHERE seq = ${delivery.seq} AND leased_until = ${delivery.leasedUntil} AND status = 'PENDING'
        RETURNING seq, subscription_id
      ), logged AS (
        INSERT INTO webhook_attempt (delivery_seq, attempted_at, duration_ms, status_code, error, succeeded)
        SELECT seq, ${attempt.attemptedAt}, ${attempt.durationMs}::int, ${attempt.statusCode}::int, ${attempt.error},
               ${outcome.status === 'SUCCEEDED'}
        FROM moved
      ), paused AS (
        UPDATE webhook_subscription
        SET status = 'PAUSED', paused_reason = ${pausedReason}, paused_at = now(), updated_at = now()
        WHERE ${pausedReason}::text IS NOT NULL AND status = 'ACTIVE' AND id IN (SELECT subscription_id FROM moved)
      )
      SELECT count(*)::bigint AS count FROM moved`,
  );
  return row!.count > 0;
}

/** Gives a lease back without an attempt (the worker stopped before sending): due again at once. */
export async function releaseLease(db: PrismaClient, delivery: ClaimedDelivery): Promise<void> {
  await db.$executeRaw`/* releaseWebhookLease */
    UPDATE webhook_delivery SET leased_until = NULL
    WHERE seq = ${delivery.seq} AND leased_until = ${delivery.leasedUntil}`;
}

const StatusRows = z.array(z.object({ status: z.enum(['ACTIVE', 'PAUSED']) }));

/** Locks a subscription for this transaction; its status, or null when none has this id. */
export async function lockSubscription(
  db: Prisma.TransactionClient,
  id: string,
): Promise<{ status: 'ACTIVE' | 'PAUSED' } | null> {
  const [row] = StatusRows.parse(
    await db.$queryRaw`/* lockWebhookSubscription */
      SELECT status::text AS status FROM webhook_subscription WHERE id = ${id}::uuid FOR UPDATE`,
  );
  return row ?? null;
}

/** Sends a subscription's FAILED deliveries again from the first attempt (on resuming it). */
export async function requeueFailed(db: Prisma.TransactionClient, subscriptionId: string): Promise<number> {
  return db.$executeRaw`/* requeueFailedWebhookDeliveries */
    UPDATE webhook_delivery
    SET status = 'PENDING', attempts = 0, next_attempt_at = now(), completed_at = NULL, leased_until = NULL
    WHERE subscription_id = ${subscriptionId}::uuid AND status = 'FAILED'`;
}
