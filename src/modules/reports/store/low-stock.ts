// Statements of the low-stock report and days of cover, named, their rows parsed.
import { z } from 'zod';
import { Prisma, type PrismaClient } from '../../../generated/prisma/client';
import { openIncomingSql } from '../../incoming';
import { availableSql } from '../../stock';
import { trimmedCategoryFilter } from './fragments';

/** +1 for a movement, -1 for a reversal: a reversal counts against the kind it reverses. */
const SIGNED_QUANTITY = Prisma.sql`CASE WHEN m.reversal_of_id IS NULL THEN m.quantity ELSE -m.quantity END`;

/**
 * Units shipped and written off (net of reversals) of the product `productId` refers to, over the
 * last `windowDays` days, optionally at one location. Reads the (product_id, occurred_at) index.
 */
function outflowOf(productId: Prisma.Sql, windowDays: number, locationId: string | null): Prisma.Sql {
  const atLocation = locationId
    ? Prisma.sql`AND (m.from_location_id = ${locationId}::uuid OR m.to_location_id = ${locationId}::uuid)`
    : Prisma.empty;
  return Prisma.sql`
    SELECT COALESCE(SUM(${SIGNED_QUANTITY}), 0)::bigint AS units
    FROM movement m
    WHERE m.product_id = ${productId} AND m.kind IN ('SHIPMENT', 'WRITE_OFF')
      AND m.occurred_at > now() - make_interval(days => ${windowDays}::int) ${atLocation}`;
}

/** Units flowed out: bigint in SQL, a safe integer for any real ledger. */
const units = z.bigint().transform(Number);

const LowStockPageRows = z.array(
  z.union([
    z.object({
      total: z.number(),
      productId: z.string(),
      onHand: z.number(),
      available: z.number(),
      reorderPoint: z.number(),
      reorderQuantity: z.number(),
      incoming: z.number(),
      outflow: units,
    }),
    // An empty page still has the row that carries the count.
    z.object({ total: z.number(), productId: z.null() }),
  ]),
);

export interface LowStockLevel {
  productId: string;
  onHand: number;
  available: number;
  reorderPoint: number;
  reorderQuantity: number;
  /** Units on their way (open purchase orders, transfers in transit), where checked. */
  incoming: number;
  /** Units shipped and written off over the cover window. */
  outflow: number;
}

export interface LowStockPageQuery {
  locationId: string | null;
  category?: string | null;
  /** The window the page's outflow is summed over. */
  coverDays: number;
  limit: number;
  offset: number;
}

/**
 * Active products with a reorder point whose available stock (company-wide, or at the location) is
 * at or below it, largest shortfall first, then SKU: one page of them with their outflow, and how
 * many there are in all.
 */
export async function lowStockPage(
  db: PrismaClient,
  query: LowStockPageQuery,
): Promise<{ total: number; levels: LowStockLevel[] }> {
  const { locationId } = query;
  const atLocation = locationId ? Prisma.sql`WHERE location_id = ${locationId}::uuid` : Prisma.empty;
  const rows = LowStockPageRows.parse(
    await db.$queryRaw`/* lowStockPage */
      WITH level AS (
        SELECT product_id, SUM(on_hand)::int AS on_hand, SUM(${availableSql('s')})::int AS available
        FROM stock_level s ${atLocation}
        GROUP BY product_id
      ), low AS MATERIALIZED (
        SELECT p.id, p.sku, p.reorder_point, p.reorder_quantity,
               COALESCE(level.on_hand, 0) AS on_hand, COALESCE(level.available, 0) AS available
        FROM product p LEFT JOIN level ON level.product_id = p.id
        WHERE p.active AND p.reorder_point > 0 ${trimmedCategoryFilter(Prisma.sql`p.category`, query.category)}
          AND COALESCE(level.available, 0) <= p.reorder_point
      ), page AS (
        SELECT * FROM low ORDER BY reorder_point - available DESC, sku ASC
        LIMIT ${query.limit}::int OFFSET ${query.offset}::int
      ), incoming AS (
        SELECT open.product_id, SUM(open.quantity)::int AS quantity FROM (${openIncomingSql()}) AS open
        WHERE open.product_id IN (SELECT id FROM page) ${locationId ? Prisma.sql`AND open.location_id = ${locationId}::uuid` : Prisma.empty}
        GROUP BY open.product_id
      )
      SELECT counted.total, page.id AS "productId", page.on_hand AS "onHand", page.available,
             page.reorder_point AS "reorderPoint", page.reorder_quantity AS "reorderQuantity",
             COALESCE(incoming.quantity, 0)::int AS incoming, outflow.units AS outflow
      FROM (SELECT COUNT(*)::int AS total FROM low) AS counted
      LEFT JOIN page ON true
      LEFT JOIN incoming ON incoming.product_id = page.id
      LEFT JOIN LATERAL (${outflowOf(Prisma.sql`page.id`, query.coverDays, locationId)}) AS outflow ON true
      ORDER BY page.reorder_point - page.available DESC, page.sku ASC`,
  );
  const levels = rows.flatMap((row): LowStockLevel[] => {
    if (row.productId === null) return [];
    const { total: _total, ...level } = row;
    return [level];
  });
  return { total: rows[0]?.total ?? 0, levels };
}

const CoverRows = z.array(
  z.object({ productId: z.string(), available: z.number(), outflow: units, locationKnown: z.boolean() }),
);

export interface CoverFigures {
  productId: string;
  available: number;
  /** Units shipped and written off over the window. */
  outflow: number;
  /** False when the location asked about does not exist. */
  locationKnown: boolean;
}

/** Available stock and outflow over the last `windowDays` days of each product, optionally at one location. */
export async function coverFigures(
  db: PrismaClient,
  productIds: readonly string[],
  { windowDays, locationId }: { windowDays: number; locationId: string | null },
): Promise<CoverFigures[]> {
  const atLocation = locationId ? Prisma.sql`AND location_id = ${locationId}::uuid` : Prisma.empty;
  const locationKnown = locationId
    ? Prisma.sql`EXISTS (SELECT 1 FROM location WHERE id = ${locationId}::uuid)`
    : Prisma.sql`true`;
  return CoverRows.parse(
    await db.$queryRaw`/* coverFigures */
      SELECT asked.id::text AS "productId", COALESCE(level.available, 0)::int AS available,
             outflow.units AS outflow, ${locationKnown} AS "locationKnown"
      FROM unnest(${[...productIds]}::uuid[]) AS asked (id)
      LEFT JOIN LATERAL (
        SELECT SUM(${availableSql('s')}) AS available FROM stock_level s WHERE s.product_id = asked.id ${atLocation}
      ) AS level ON true
      LEFT JOIN LATERAL (${outflowOf(Prisma.sql`asked.id`, windowDays, locationId)}) AS outflow ON true`,
  );
}
