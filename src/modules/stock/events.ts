// What a ledger write tells integrators: the events it records in its own transaction (the outbox,
// src/modules/events). Each movement is MOVEMENT_RECORDED (or MOVEMENT_REVERSED), with the levels
// it changed as they stand after it; each reservation the write created or changed gets the event
// its change names; a safety stock change is SAFETY_STOCK_CHANGED; and a product whose available
// stock crosses its reorder point, either way, gets PRODUCT_BELOW/ABOVE_REORDER_POINT.
//
// Every write locks its products first (lockProductsSql, in the statement that locks its levels,
// before any level): writes of one product
// queue on that lock whatever locations they touch, so the product's events sort in the order the
// writes happened (each writes at or after the product's event_position and moves it on), and its
// reorder point is judged on a total no concurrent write can change underneath.
import { Prisma, type EventType, type Movement, type ReservationStatus } from '../../generated/prisma/client';
import type { Actor } from '../../shared/actor';
import {
  levelPayload,
  movementPayload,
  positionSql,
  reorderPayload,
  reservationPayload,
  type EventDraft,
  type LevelPayload,
} from '../events';
import { available, availableSql } from './available';
import type { Hold, HoldBook } from './holds';
import { levelKey, linesOf, type LevelKey, type LevelState } from './ledger';

/** The levels a write locked, as events read them. */
export interface LevelsSeen {
  find(key: LevelKey): LevelState | undefined;
  /** A level's figures when its lock was granted, before the write changed them. */
  initial(key: LevelKey): LevelState | undefined;
  all(): LevelState[];
}

const payloadOf = (level: LevelState): LevelPayload => levelPayload({ ...level, available: available(level) });

/** Status changes and the event each one is. */
const BY_STATUS: Partial<Record<ReservationStatus, EventType>> = {
  COMMITTED: 'RESERVATION_COMMITTED',
  FULFILLED: 'RESERVATION_FULFILLED',
  RELEASED: 'RESERVATION_RELEASED',
  EXPIRED: 'RESERVATION_EXPIRED',
};

/** Changes that keep a reservation's status and the event each one is; a partial shipment has none (its movement says it). */
const BY_OPERATION: Record<string, EventType> = {
  extendReservation: 'RESERVATION_EXTENDED',
  releaseReservation: 'RESERVATION_RELEASED',
};

function reservationType(hold: Hold, before: ReservationStatus | undefined, operation: string): EventType | null {
  if (before === undefined) return 'RESERVATION_CREATED';
  if (hold.status !== before) return BY_STATUS[hold.status] ?? null;
  return BY_OPERATION[operation] ?? null;
}

/** The events of a write that recorded `movements` and changed `holds`, as of its levels in `seen`. */
export function writeEvents(
  request: { operation: string; actor: Actor | null },
  movements: Movement[],
  holds: HoldBook,
  statusBefore: ReadonlyMap<string, ReservationStatus>,
  seen: LevelsSeen,
): EventDraft[] {
  const drafts: EventDraft[] = [];
  /** The payloads of the levels at `keys` that this write locked, each once. */
  const levelsOf = (keys: LevelKey[]) => {
    const found = new Map<string, LevelPayload>();
    for (const key of keys) {
      const level = seen.find(key);
      if (!level || found.has(levelKey(key))) continue;
      found.set(levelKey(key), payloadOf(level));
    }
    return [...found.values()];
  };
  const unique = (values: string[]) => [...new Set(values)];

  for (const movement of movements) {
    const keys = linesOf(movement).map(({ productId, locationId }) => ({ productId, locationId }));
    drafts.push({
      type: movement.reversalOfId === null ? 'MOVEMENT_RECORDED' : 'MOVEMENT_REVERSED',
      actor: request.actor,
      productIds: [movement.productId],
      locationIds: unique(keys.map((key) => key.locationId)),
      reservationId: movement.reservationId,
      payload: movementPayload(movement, levelsOf(keys)),
    });
  }

  const created = new Set(holds.created.map(({ hold }) => hold));
  for (const hold of [...created, ...[...holds.changed].filter((hold) => !created.has(hold))]) {
    const type = reservationType(hold, created.has(hold) ? undefined : statusBefore.get(hold.id), request.operation);
    if (!type) continue;
    drafts.push({
      type,
      actor: request.actor,
      productIds: unique(hold.lines.map((line) => line.productId)),
      locationIds: unique(hold.lines.map((line) => line.locationId)),
      reservationId: hold.id,
      payload: reservationPayload(hold, levelsOf(hold.lines)),
    });
  }

  const safety = seen.all().filter((level) => seen.initial(level)!.safetyStock !== level.safetyStock);
  if (safety.length > 0)
    drafts.push({
      type: 'SAFETY_STOCK_CHANGED',
      actor: request.actor,
      productIds: unique(safety.map((level) => level.productId)),
      locationIds: unique(safety.map((level) => level.locationId)),
      payload: { stockLevels: levelsOf(safety) },
    });

  return drafts;
}

/** A product a write locked, with what its reorder-point check and its events' position need. */
export interface LockedProduct {
  id: string;
  sku: string;
  name: string;
  category: string;
  active: boolean;
  reorderPoint: number;
  belowReorderPoint: boolean;
  eventPosition: bigint;
}

/**
 * The SELECT that locks the products with these ids (in id order) and reads what a write needs of
 * them, `eventPosition` as text (JSON carries it). A write runs it first, before any level lock:
 * the order every write takes them in. Nothing is locked unless `when` holds (a keyed write's claim).
 */
export function lockProductsSql(ids: string[], when: Prisma.Sql = Prisma.sql`true`): Prisma.Sql {
  return Prisma.sql`SELECT id::text AS id, sku::text AS sku, name, category, active, reorder_point AS "reorderPoint",
           below_reorder_point AS "belowReorderPoint", event_position::text AS "eventPosition"
    FROM product WHERE id = ANY (${[...new Set(ids)].sort()}::uuid[]) AND ${when}
    ORDER BY id FOR NO KEY UPDATE`;
}

/** A product as lockProductsSql's rows give it. */
export function lockedProduct(row: Omit<LockedProduct, 'eventPosition'> & { eventPosition: string }): LockedProduct {
  return { ...row, eventPosition: BigInt(row.eventPosition) };
}

/** Whether a product's reorder point is judged after a write: it has one, or it stood below one. */
export const watched = (product: LockedProduct) => product.reorderPoint > 0 || product.belowReorderPoint;

/** A product whose side of its reorder point a write changed, with its available stock after it. */
export interface Crossing {
  id: string;
  belowAfter: boolean;
  available: number;
}

/** The reorder-point events of `crossings`, about the levels of each product the write changed. */
export function crossingEvents(
  crossings: Crossing[],
  products: LockedProduct[],
  changed: LevelKey[],
  actor: Actor | null,
): EventDraft[] {
  const byId = new Map(products.map((product) => [product.id, product]));
  return crossings.map((crossing) => ({
    type: crossing.belowAfter ? 'PRODUCT_BELOW_REORDER_POINT' : 'PRODUCT_ABOVE_REORDER_POINT',
    actor,
    productIds: [crossing.id],
    // The locations whose change made it cross; the figures are company-wide.
    locationIds: [...new Set(changed.filter((key) => key.productId === crossing.id).map((key) => key.locationId))],
    payload: reorderPayload(byId.get(crossing.id)!, crossing.available),
  }));
}

/**
 * After a catalogue change to a product (whose row the change has locked): moves its event
 * position on, so the change's events (written at positionSql(product.eventPosition)) sort after
 * every earlier event about it and before every later one, and, when its reorder point changed,
 * returns the crossing event if it now stands on the other side. The total is summed in a
 * statement of its own, which sees every write that held the product's lock before.
 */
export async function productChanged(
  tx: Prisma.TransactionClient,
  product: LockedProduct,
  actor: Actor | null,
  reorderPointChanged: boolean,
): Promise<EventDraft[]> {
  let crossing: Crossing | null = null;
  if (reorderPointChanged) {
    const [total] = await tx.$queryRaw<Array<{ available: number }>>`/* productChanged */
      SELECT COALESCE(SUM(${availableSql('s')}), 0)::int AS available FROM stock_level s WHERE s.product_id = ${product.id}::uuid`;
    const available = total?.available ?? 0;
    const belowAfter = product.reorderPoint > 0 && available <= product.reorderPoint;
    if (belowAfter !== product.belowReorderPoint) crossing = { id: product.id, belowAfter, available };
  }
  await tx.$executeRaw`/* productChanged */
    UPDATE product SET below_reorder_point = ${crossing ? crossing.belowAfter : product.belowReorderPoint}::boolean,
           event_position = ${positionSql(product.eventPosition)}
    WHERE id = ${product.id}::uuid`;
  return crossing ? crossingEvents([crossing], [product], [], actor) : [];
}
