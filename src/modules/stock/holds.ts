// Reservations inside a ledger write: locked after the levels (in id order, so two writes naming
// the same reservations cannot deadlock), changed in memory by the plan or by a fulfilling
// shipment, and saved in the same transaction as the levels whose held figures they move.
import { Prisma, type ReservationStatus } from '../../generated/prisma/client';
import { userError, type UserError } from '../../shared/errors';
import type { Actor } from '../../shared/actor';
import { actorColumns } from '../../shared/actor';
import type { LevelBook, LevelKey, MovementDraft } from './ledger';

export interface HoldLine extends LevelKey {
  quantity: number;
  fulfilled: number;
  released: number;
}

export interface Hold {
  id: string;
  /** As stored; read it through statusAt, since an ACTIVE hold expires by the clock. */
  status: ReservationStatus;
  expiresAt: Date | null;
  reference: string | null;
  holder: string | null;
  lines: HoldLine[];
}

/** Units a line still holds. */
export const outstanding = (line: HoldLine) => line.quantity - line.fulfilled - line.released;

/** The status a hold has at `at`: an ACTIVE hold whose expiry has passed is EXPIRED. */
export function statusAt(hold: Pick<Hold, 'status' | 'expiresAt'>, at: Date): ReservationStatus {
  return hold.status === 'ACTIVE' && hold.expiresAt !== null && hold.expiresAt <= at ? 'EXPIRED' : hold.status;
}

/** The locked reservations of a write, by id, and which ones it created or changed. */
export interface HoldBook {
  get(id: string): Hold | undefined;
  /** A reservation this write creates; saved with its lines at the end. */
  add(hold: Hold, actor: Actor | null): void;
  /** Marks a locked reservation changed, so it is saved. */
  change(hold: Hold): void;
  /**
   * Why the hold cannot give `draft` its units at its from-location now, or null when it can:
   * it must be active or committed, hold this product there, and hold at least the quantity.
   */
  refusal(id: string, draft: MovementDraft, field: string[], at: Date): UserError | null;
  readonly created: ReadonlyArray<{ hold: Hold; actor: Actor | null }>;
  readonly changed: ReadonlySet<Hold>;
}

/** Why a hold in `status` cannot be used; null when it is ACTIVE or COMMITTED. */
export function closedRefusal(status: ReservationStatus, field: string[]): UserError | null {
  if (status === 'EXPIRED')
    return userError('RESERVATION_EXPIRED', field, 'The reservation expired; its units are available again.');
  if (status === 'FULFILLED' || status === 'RELEASED')
    return userError('RESERVATION_CLOSED', field, `The reservation was already ${status.toLowerCase()}.`);
  return null;
}

/** The hold's line at (product, location), if it has one. */
export const lineOf = (hold: Hold, key: LevelKey) =>
  hold.lines.find((line) => line.productId === key.productId && line.locationId === key.locationId);

interface HoldRow {
  id: string;
  status: ReservationStatus;
  expiresAt: Date | null;
  reference: string | null;
  holder: string | null;
  lines: Array<{ productId: string; locationId: string; quantity: number; fulfilled: number; released: number }>;
}

/** Locks the reservations with these ids (those that exist), in id order, with their lines. */
export async function lockHolds(tx: Prisma.TransactionClient, ids: string[]): Promise<HoldBook> {
  const holds = new Map<string, Hold>();
  const unique = [...new Set(ids)].sort();
  if (unique.length > 0) {
    const rows = await tx.$queryRaw<HoldRow[]>`
      SELECT r.id::text AS id, r.status, r.expires_at AS "expiresAt", r.reference, r.holder,
             (SELECT COALESCE(json_agg(json_build_object('productId', l.product_id, 'locationId', l.location_id,
                       'quantity', l.quantity, 'fulfilled', l.fulfilled, 'released', l.released)), '[]'::json)
              FROM reservation_line l WHERE l.reservation_id = r.id) AS lines
      FROM reservation r WHERE r.id = ANY (${unique}::uuid[])
      ORDER BY r.id
      FOR UPDATE OF r`;
    for (const row of rows) holds.set(row.id, { ...row, lines: row.lines });
  }
  const created: Array<{ hold: Hold; actor: Actor | null }> = [];
  const changed = new Set<Hold>();
  return {
    get: (id) => holds.get(id),
    add(hold, actor) {
      holds.set(hold.id, hold);
      created.push({ hold, actor });
    },
    change(hold) {
      changed.add(hold);
    },
    refusal(id, draft, field, at) {
      const reservationField = [...field.slice(0, -1), 'reservationId'];
      const hold = holds.get(id);
      if (!hold) return userError('NOT_FOUND', reservationField, 'No reservation has this ID.');
      const closed = closedRefusal(statusAt(hold, at), reservationField);
      if (closed) return closed;
      const line =
        draft.fromLocationId && lineOf(hold, { productId: draft.productId, locationId: draft.fromLocationId });
      if (!line)
        return userError(
          'NOT_IN_RESERVATION',
          reservationField,
          'The reservation holds nothing of this product at this location.',
        );
      if (outstanding(line) < draft.quantity)
        return userError(
          'EXCEEDS_RESERVATION',
          field,
          `Requested ${draft.quantity} but the reservation holds only ${outstanding(line)} here.`,
        );
      return null;
    },
    created,
    changed,
  };
}

/** Moves `draft`'s units out of its hold (refusal() said it may): the line is fulfilled, the level holds less. */
export function consumeHold(book: LevelBook, id: string, draft: MovementDraft): void {
  const hold = book.holds.get(id)!;
  const key = { productId: draft.productId, locationId: draft.fromLocationId! };
  const line = lineOf(hold, key)!;
  line.fulfilled += draft.quantity;
  release(book, hold, key, draft.quantity);
  settle(hold);
  book.holds.change(hold);
}

/** Takes `quantity` off the held figure of the level at `key`: reserved for an active hold, committed for a committed one. */
export function release(book: LevelBook, hold: Hold, key: LevelKey, quantity: number): void {
  const level = book.get(key);
  if (hold.status === 'COMMITTED') level.committed -= quantity;
  else level.reserved -= quantity;
  book.touch(key);
}

/** A hold with nothing outstanding is closed: FULFILLED when any unit shipped against it, else RELEASED. */
export function settle(hold: Hold): void {
  if (hold.lines.some((line) => outstanding(line) > 0)) return;
  hold.status = hold.lines.some((line) => line.fulfilled > 0) ? 'FULFILLED' : 'RELEASED';
  hold.expiresAt = null;
}

/** Inserts the reservations the write created and updates the ones it changed. */
export async function saveHolds(tx: Prisma.TransactionClient, book: HoldBook): Promise<void> {
  for (const { hold, actor } of book.created) {
    const by = actorColumns(actor);
    const lines = Prisma.join(
      hold.lines.map((line) => Prisma.sql`(${line.productId}::uuid, ${line.locationId}::uuid, ${line.quantity}::int)`),
    );
    await tx.$executeRaw`
      WITH r AS (
        INSERT INTO reservation (id, status, expires_at, reference, holder, recorded_by_user_id, recorded_by_api_key_id)
        VALUES (${hold.id}::uuid, ${hold.status}::"ReservationStatus", ${hold.expiresAt}::timestamptz, ${hold.reference},
                ${hold.holder}, ${by.userId}::uuid, ${by.apiKeyId}::uuid)
        RETURNING id
      )
      INSERT INTO reservation_line (reservation_id, product_id, location_id, quantity)
      SELECT r.id, line.product_id, line.location_id, line.quantity FROM r CROSS JOIN (VALUES ${lines}) AS line (product_id, location_id, quantity)`;
  }
  const isNew = new Set(book.created.map(({ hold }) => hold));
  for (const hold of book.changed) {
    if (isNew.has(hold)) continue;
    const holding = hold.status === 'ACTIVE' || hold.status === 'COMMITTED';
    const lines = Prisma.join(
      hold.lines.map(
        (line) =>
          Prisma.sql`(${line.productId}::uuid, ${line.locationId}::uuid, ${line.fulfilled}::int, ${line.released}::int,
                      ${holding && outstanding(line) > 0}::boolean)`,
      ),
    );
    await tx.$executeRaw`
      WITH r AS (
        UPDATE reservation SET status = ${hold.status}::"ReservationStatus", expires_at = ${hold.expiresAt}::timestamptz,
               updated_at = now()
        WHERE id = ${hold.id}::uuid
        RETURNING id
      )
      UPDATE reservation_line AS l SET fulfilled = next.fulfilled, released = next.released, open = next.open
      FROM r, (VALUES ${lines}) AS next (product_id, location_id, fulfilled, released, open)
      WHERE l.reservation_id = r.id AND l.product_id = next.product_id AND l.location_id = next.location_id`;
  }
}
