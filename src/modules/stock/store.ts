// Stock reads in SQL, named, their rows parsed: products' totals, the movement list and its filter
// (one WHERE for the GraphQL list and the ledger export), and the export cursors. Both the API and
// the exports read stock through these, so a filter or a figure cannot differ between them.
import { z } from 'zod';
import { MovementKind, MovementReason, StockState } from '../../generated/prisma/enums';
import { Prisma, type Location, type Movement, type PrismaClient } from '../../generated/prisma/client';
import type { ReadSql } from '../../db/sql';
import { Decimal } from '../../shared/decimal';
import { keysetSql, type KeysetList, type KeysetRead } from '../../shared/pagination';
import type { RowCursor } from '../../shared/row-cursor';
import { locationFromJson, locationJsonSql, type LocationJson } from '../locations';
import { availableSql, reservedSql } from './available';

/** Which movements a list or an export holds; every condition given must hold. */
export interface MovementFilter {
  productId?: string | null;
  /** Into or out of this location. */
  locationId?: string | null;
  /** Any of these kinds; null or empty means every kind. */
  kinds?: MovementKind[] | null;
  reference?: string | null;
  counterparty?: string | null;
  /** Inclusive. */
  occurredFrom?: Date | null;
  /** Exclusive. */
  occurredTo?: Date | null;
}

/** A product's stock summed over its levels: what a catalogue page shows. */
export interface StockTotals {
  onHand: number;
  available: number;
}

/** The rest of a product's figures summed over its levels: read only when a client asks for one. */
export interface StockStates {
  reserved: number;
  committed: number;
  damaged: number;
  qualityControl: number;
  safetyStock: number;
}

/** Sums of levels: bigint in SQL, a safe integer for any real stock. */
const units = z.bigint().transform(Number);

const TotalsRows = z.array(z.object({ productId: z.string(), onHand: units, available: units }));

const StatesRows = z.array(
  z.object({
    productId: z.string(),
    reserved: units,
    committed: units,
    damaged: units,
    qualityControl: units,
    safetyStock: units,
  }),
);

/**
 * On hand and available of each product asked that has levels (in no particular order). Kept to
 * the two figures a catalogue page reads: every column a raw statement returns costs the hot read.
 */
export async function stockTotals(
  readSql: ReadSql,
  productIds: readonly string[],
): Promise<Array<StockTotals & { productId: string }>> {
  return TotalsRows.parse(
    await readSql(Prisma.sql`/* stockTotals */
      SELECT s.product_id::text AS "productId", SUM(s.on_hand)::bigint AS "onHand",
             SUM(${availableSql('s')})::bigint AS available
      FROM stock_level s
      WHERE s.product_id = ANY (${[...productIds]}::uuid[])
      GROUP BY s.product_id`),
  );
}

/** Reserved, committed, damaged, quality-control and safety-stock units of each product asked that has levels. */
export async function stockStates(
  db: PrismaClient,
  productIds: readonly string[],
): Promise<Array<StockStates & { productId: string }>> {
  return StatesRows.parse(
    await db.$queryRaw`/* stockStates */
      SELECT s.product_id::text AS "productId", SUM(${reservedSql('s')})::bigint AS reserved,
             SUM(s.committed)::bigint AS committed, SUM(s.damaged)::bigint AS damaged,
             SUM(s.quality_control)::bigint AS "qualityControl", SUM(s.safety_stock)::bigint AS "safetyStock"
      FROM stock_level s
      WHERE s.product_id = ANY (${[...productIds]}::uuid[])
      GROUP BY s.product_id`,
  );
}

/** The conditions of a movement filter over the movement row `m`, every value a bind parameter. */
function movementWhere(filter: MovementFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filter.productId) conditions.push(Prisma.sql`m.product_id = ${filter.productId}::uuid`);
  if (filter.locationId) {
    conditions.push(
      Prisma.sql`(m.from_location_id = ${filter.locationId}::uuid OR m.to_location_id = ${filter.locationId}::uuid)`,
    );
  }
  if (filter.kinds?.length) conditions.push(Prisma.sql`m.kind = ANY (${filter.kinds}::"MovementKind"[])`);
  if (filter.reference) conditions.push(Prisma.sql`m.reference = ${filter.reference}`);
  if (filter.counterparty) conditions.push(Prisma.sql`m.counterparty = ${filter.counterparty}`);
  if (filter.occurredFrom) conditions.push(Prisma.sql`m.occurred_at >= ${filter.occurredFrom}::timestamptz`);
  if (filter.occurredTo) conditions.push(Prisma.sql`m.occurred_at < ${filter.occurredTo}::timestamptz`);
  return conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.sql`true`;
}

/** Exact decimals come as text, so no driver rounds them on the way. */
const decimal = z
  .string()
  .nullable()
  .transform((value) => (value === null ? null : new Decimal(value)));

const MovementRows = z.array(
  z.object({
    id: z.bigint(),
    kind: z.enum(MovementKind),
    productId: z.string(),
    fromLocationId: z.string().nullable(),
    toLocationId: z.string().nullable(),
    quantity: z.number(),
    unitCost: decimal,
    unitPrice: decimal,
    reason: z.enum(MovementReason),
    reference: z.string().nullable(),
    counterparty: z.string().nullable(),
    note: z.string().nullable(),
    occurredAt: z.date(),
    recordedAt: z.date(),
    idempotencyKey: z.string().nullable(),
    reversalOfId: z.bigint().nullable(),
    recordedByUserId: z.string().nullable(),
    recordedByApiKeyId: z.string().nullable(),
    fromState: z.enum(StockState),
    toState: z.enum(StockState),
    reservationId: z.string().nullable(),
  }) satisfies z.ZodType<Movement>,
);

/** A bigint or a time that JSON carried as text. */
const jsonBigint = z.string().transform((text) => BigInt(text));
const jsonMoment = z.string().transform((text) => new Date(text));

const MovementJsonRows = z.array(
  MovementRows.element.extend({
    id: jsonBigint,
    reversalOfId: jsonBigint.nullable(),
    occurredAt: jsonMoment,
    recordedAt: jsonMoment,
  }) satisfies z.ZodType<Movement>,
);

/** The movement list's order: newest first by business time, then by recording order. */
export const MOVEMENT_ORDER = {
  sortField: 'occurredAt',
  direction: 'desc',
  cursor: { sortValue: 'moment', id: 'bigint' },
} as const satisfies Omit<KeysetList<Movement>, 'read' | 'count'>;

const MOVEMENT_KEYS = { sort: Prisma.sql`m.occurred_at`, id: Prisma.sql`m.id` };

/** One read of the movement list (see paginateKeyset): the filter's movements within the bounds. */
export async function movementPage(
  readSql: ReadSql,
  filter: MovementFilter,
  read: KeysetRead,
  /** Told the locations the page's movements are from and to, read in the same statement. */
  locationsRead?: (locations: Location[]) => void,
): Promise<Movement[]> {
  const direction = Prisma.raw(read.direction === 'asc' ? 'ASC' : 'DESC');
  // The page's locations, once (an uncorrelated subquery runs once), beside every row.
  const locations = locationsRead
    ? Prisma.sql`(SELECT json_agg(${locationJsonSql('l')}) FROM location l
        WHERE l.id IN (SELECT "fromLocationId"::uuid FROM page UNION SELECT "toLocationId"::uuid FROM page))`
    : Prisma.sql`NULL::json`;
  const rows = await readSql<{ locations: LocationJson[] | null }>(Prisma.sql`/* movementPage */
    WITH page AS (${movementPageSelect(filter, read)})
    SELECT page.*, ${locations} AS locations FROM page ORDER BY "occurredAt" ${direction}, id ${direction}`);
  const pageLocations = rows[0]?.locations;
  if (locationsRead && pageLocations) locationsRead(pageLocations.map(locationFromJson));
  return MovementRows.parse(rows);
}

/**
 * A page of movements as one SELECT (columns named as the Movement model names its fields), for
 * movementPage and for a statement that reads the page along with other rows (a product page).
 */
export function movementPageSelect(filter: MovementFilter, read: KeysetRead): Prisma.Sql {
  const bounds = read.bounds.map((bound) => keysetSql(MOVEMENT_ORDER, MOVEMENT_KEYS, bound));
  const direction = Prisma.raw(read.direction === 'asc' ? 'ASC' : 'DESC');
  return Prisma.sql`
      SELECT m.id, m.kind::text AS kind, m.product_id::text AS "productId",
             m.from_location_id::text AS "fromLocationId", m.to_location_id::text AS "toLocationId", m.quantity,
             m.unit_cost::text AS "unitCost", m.unit_price::text AS "unitPrice", m.reason::text AS reason,
             m.reference, m.counterparty, m.note, m.occurred_at AS "occurredAt", m.recorded_at AS "recordedAt",
             m.idempotency_key AS "idempotencyKey", m.reversal_of_id AS "reversalOfId",
             m.recorded_by_user_id::text AS "recordedByUserId", m.recorded_by_api_key_id::text AS "recordedByApiKeyId",
             m.from_state::text AS "fromState", m.to_state::text AS "toState", m.reservation_id::text AS "reservationId"
      FROM movement m
      WHERE ${Prisma.join([movementWhere(filter), ...bounds], ' AND ')}
      ORDER BY m.occurred_at ${direction}, m.id ${direction}
      LIMIT ${read.take}::int`;
}

/**
 * Rows of movementPageSelect `alias` as one JSON array in the read's order (null when none), its
 * ids as text: JSON numbers would round a bigint past 2^53.
 */
export function movementPageJsonSql(alias: string, read: KeysetRead): Prisma.Sql {
  const m = Prisma.raw(alias);
  const direction = Prisma.raw(read.direction === 'asc' ? 'ASC' : 'DESC');
  return Prisma.sql`json_agg(to_jsonb(${m}) || jsonb_build_object('id', ${m}.id::text, 'reversalOfId', ${m}."reversalOfId"::text)
    ORDER BY ${m}."occurredAt" ${direction}, ${m}.id ${direction})`;
}

/** Movements as movementPageJsonSql writes them: ids as text, times as ISO text. */
export function movementsFromJson(rows: unknown): Movement[] {
  return MovementJsonRows.parse(rows ?? []);
}

const CountRows = z.tuple([z.object({ count: units })]);

/** How many movements the filter selects. */
export async function movementCount(db: PrismaClient, filter: MovementFilter): Promise<number> {
  const [row] = CountRows.parse(
    await db.$queryRaw`/* movementCount */ SELECT count(*)::bigint AS count FROM movement m WHERE ${movementWhere(filter)}`,
  );
  return row.count;
}

/** Text as PostgreSQL sends it, whichever driver reads the row. */
const LedgerRow = z.object({
  id: z.string(),
  kind: z.enum(MovementKind),
  reason: z.enum(MovementReason),
  sku: z.string(),
  productName: z.string(),
  fromLocationCode: z.string().nullable(),
  toLocationCode: z.string().nullable(),
  quantity: z.number(),
  /** As the API prints a Decimal: "12.5", not "12.5000". */
  unitCost: z.string().nullable(),
  unitPrice: z.string().nullable(),
  reference: z.string().nullable(),
  counterparty: z.string().nullable(),
  note: z.string().nullable(),
  occurredAt: z.date(),
  recordedAt: z.date(),
  reversalOfId: z.string().nullable(),
});

/** A movement with its product's SKU and name and its locations' codes, as the ledger export lists it. */
export type LedgerRow = z.output<typeof LedgerRow>;

/** Every movement the filter selects, oldest first by business time, then by recording order. */
export function movementLedger(filter: MovementFilter): RowCursor<LedgerRow> {
  const where = movementWhere(filter);
  return {
    select: Prisma.sql`/* movementLedger */
      SELECT m.id::text AS id, m.kind::text AS kind, m.reason::text AS reason, p.sku, p.name AS "productName",
             f.code AS "fromLocationCode", t.code AS "toLocationCode", m.quantity,
             trim_scale(m.unit_cost)::text AS "unitCost", trim_scale(m.unit_price)::text AS "unitPrice",
             m.reference, m.counterparty, m.note, m.occurred_at AS "occurredAt", m.recorded_at AS "recordedAt",
             m.reversal_of_id::text AS "reversalOfId"
      FROM movement m
      JOIN product p ON p.id = m.product_id
      LEFT JOIN location f ON f.id = m.from_location_id
      LEFT JOIN location t ON t.id = m.to_location_id
      WHERE ${where}
      ORDER BY m.occurred_at, m.id`,
    count: Prisma.sql`/* movementLedgerCount */ SELECT count(*) AS count FROM movement m WHERE ${where}`,
    parse: (row) => LedgerRow.parse(row),
  };
}

/** Which levels the stock-level export holds; every condition given must hold. */
export interface LevelFilter {
  productId: string | null;
  locationId: string | null;
  /** The product's category, the whole name ignoring case, as the catalogue filters it. */
  category: string | null;
  /** Leave out levels with nothing on hand. */
  onlyInStock: boolean;
}

const LevelRow = z.object({
  productId: z.string(),
  sku: z.string(),
  productName: z.string(),
  category: z.string(),
  unit: z.string(),
  locationId: z.string(),
  locationCode: z.string(),
  locationName: z.string(),
  onHand: z.number(),
  reserved: z.number(),
  committed: z.number(),
  damaged: z.number(),
  qualityControl: z.number(),
  safetyStock: z.number(),
  available: z.number(),
  reorderPoint: z.number(),
  updatedAt: z.date(),
});

/** A stock level with its product's and location's names and its available units. */
export type LevelRow = z.output<typeof LevelRow>;

/** Every level the filter selects, from the projection, by SKU then location code. */
export function levelRows(filter: LevelFilter): RowCursor<LevelRow> {
  const conditions: Prisma.Sql[] = [];
  if (filter.productId) conditions.push(Prisma.sql`s.product_id = ${filter.productId}::uuid`);
  if (filter.locationId) conditions.push(Prisma.sql`s.location_id = ${filter.locationId}::uuid`);
  if (filter.category) conditions.push(Prisma.sql`lower(p.category) = lower(${filter.category})`);
  if (filter.onlyInStock) conditions.push(Prisma.sql`s.on_hand > 0`);
  const from = Prisma.sql`FROM stock_level s JOIN product p ON p.id = s.product_id JOIN location l ON l.id = s.location_id
    WHERE ${conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.sql`true`}`;
  return {
    select: Prisma.sql`/* levelRows */
      SELECT s.product_id::text AS "productId", p.sku, p.name AS "productName", p.category, p.unit,
             s.location_id::text AS "locationId", l.code AS "locationCode", l.name AS "locationName",
             s.on_hand AS "onHand", ${reservedSql('s')} AS reserved, s.committed, s.damaged,
             s.quality_control AS "qualityControl", s.safety_stock AS "safetyStock", ${availableSql('s')} AS available,
             p.reorder_point AS "reorderPoint",
             s.updated_at AS "updatedAt"
      ${from}
      ORDER BY p.sku, l.code`,
    count: Prisma.sql`/* levelRowsCount */ SELECT count(*) AS count ${from}`,
    parse: (row) => LevelRow.parse(row),
  };
}
