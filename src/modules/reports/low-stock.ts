// Low stock and cover: which products need reordering and how much to order, and how many days a
// product's available stock lasts at its recent outflow.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { RequestError } from '../../shared/errors';
import { offsetPage, type OffsetWindow } from '../../shared/offset-page';
import type { Page } from '../../shared/pagination';
import { checkFilterTargets } from './filters';

/** A product at or below its reorder point, company-wide (locationId null) or at one location. */
export interface LowStockItem {
  productId: string;
  locationId: string | null;
  onHand: number;
  available: number;
  reorderPoint: number;
  suggestedOrderQuantity: number;
  /** Days the available stock lasts at the last 30 days' average outflow; null without outflow. */
  daysOfCover: number | null;
}

export interface LowStockQuery {
  locationId?: string | null;
  category?: string | null;
}

export interface CoverOptions {
  windowDays: number;
  locationId: string | null;
}

/** The outflow window of LowStockItem.daysOfCover, as the SDL states it. */
const LOW_STOCK_COVER_DAYS = 30;
const MAX_WINDOW_DAYS = 365;

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

/** Available stock divided by the average daily outflow; null without outflow, 0 with nothing available. */
export function coverOf(available: number, outflow: number, windowDays: number): number | null {
  if (outflow <= 0) return null;
  if (available <= 0) return 0;
  return (available * windowDays) / outflow;
}

/** Enough to lift available above the reorder point, in whole reorder quantities when one is set. */
export function suggestedOrderQuantity(available: number, reorderPoint: number, reorderQuantity: number): number {
  const needed = reorderPoint - available + 1;
  return reorderQuantity > 0 ? Math.ceil(needed / reorderQuantity) * reorderQuantity : needed;
}

function categoryCondition(column: Prisma.Sql, category: string | null | undefined): Prisma.Sql {
  return category?.trim() ? Prisma.sql`AND lower(${column}) = lower(${category.trim()})` : Prisma.empty;
}

function checkWindowDays(windowDays: number): void {
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
    throw new RequestError('OUT_OF_RANGE', `\`windowDays\` must be a whole number from 1 to ${MAX_WINDOW_DAYS}.`);
  }
}

interface LowStockRow {
  total: number;
  productId: string | null;
  onHand: number;
  available: number;
  reorderPoint: number;
  reorderQuantity: number;
  outflow: bigint;
}

export class LowStockService {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Active products with a reorder point whose available stock is at or below it, largest
   * shortfall first (then SKU), with the page's days of cover, in one statement.
   */
  async page(query: LowStockQuery, window: OffsetWindow): Promise<Page<LowStockItem>> {
    const locationId = query.locationId ?? null;
    if (locationId) await checkFilterTargets(this.prisma, { locationId });
    const atLocation = locationId ? Prisma.sql`WHERE location_id = ${locationId}::uuid` : Prisma.empty;
    const rows = await this.prisma.$queryRaw<LowStockRow[]>`
      WITH level AS (
        SELECT product_id, SUM(on_hand)::int AS on_hand, SUM(on_hand - reserved)::int AS available
        FROM stock_level ${atLocation}
        GROUP BY product_id
      ), low AS MATERIALIZED (
        SELECT p.id, p.sku, p.reorder_point, p.reorder_quantity,
               COALESCE(level.on_hand, 0) AS on_hand, COALESCE(level.available, 0) AS available
        FROM product p LEFT JOIN level ON level.product_id = p.id
        WHERE p.active AND p.reorder_point > 0 ${categoryCondition(Prisma.sql`p.category`, query.category)}
          AND COALESCE(level.available, 0) <= p.reorder_point
      ), page AS (
        SELECT * FROM low ORDER BY reorder_point - available DESC, sku ASC
        LIMIT ${window.limit}::int OFFSET ${window.offset}::int
      )
      SELECT counted.total, page.id AS "productId", page.on_hand AS "onHand", page.available,
             page.reorder_point AS "reorderPoint", page.reorder_quantity AS "reorderQuantity",
             outflow.units AS outflow
      FROM (SELECT COUNT(*)::int AS total FROM low) AS counted
      LEFT JOIN page ON true
      LEFT JOIN LATERAL (${outflowOf(Prisma.sql`page.id`, LOW_STOCK_COVER_DAYS, locationId)}) AS outflow ON true
      ORDER BY page.reorder_point - page.available DESC, page.sku ASC`;
    const items = rows.flatMap((row): LowStockItem[] =>
      row.productId === null
        ? []
        : [
            {
              productId: row.productId,
              locationId,
              onHand: row.onHand,
              available: row.available,
              reorderPoint: row.reorderPoint,
              suggestedOrderQuantity: suggestedOrderQuantity(row.available, row.reorderPoint, row.reorderQuantity),
              daysOfCover: coverOf(row.available, Number(row.outflow), LOW_STOCK_COVER_DAYS),
            },
          ],
    );
    return offsetPage(items, window, rows[0]?.total ?? 0);
  }

  /** Days of cover of each product (in the order given), in one statement for the whole batch. */
  async daysOfCover(productIds: readonly string[], options: CoverOptions): Promise<Array<number | null>> {
    checkWindowDays(options.windowDays);
    const { windowDays, locationId } = options;
    const atLocation = locationId ? Prisma.sql`AND location_id = ${locationId}::uuid` : Prisma.empty;
    const locationKnown = locationId
      ? Prisma.sql`EXISTS (SELECT 1 FROM location WHERE id = ${locationId}::uuid)`
      : Prisma.sql`true`;
    const rows = await this.prisma.$queryRaw<
      Array<{ productId: string; available: number; outflow: bigint; locationKnown: boolean }>
    >`
      SELECT asked.id::text AS "productId", COALESCE(level.available, 0)::int AS available,
             outflow.units AS outflow, ${locationKnown} AS "locationKnown"
      FROM unnest(${[...productIds]}::uuid[]) AS asked (id)
      LEFT JOIN LATERAL (
        SELECT SUM(on_hand - reserved) AS available FROM stock_level WHERE product_id = asked.id ${atLocation}
      ) AS level ON true
      LEFT JOIN LATERAL (${outflowOf(Prisma.sql`asked.id`, windowDays, locationId)}) AS outflow ON true`;
    if (rows.some((row) => !row.locationKnown)) {
      throw new RequestError('NOT_FOUND', 'No location has the ID given as `locationId`.');
    }
    const cover = new Map(rows.map((row) => [row.productId, coverOf(row.available, Number(row.outflow), windowDays)]));
    return productIds.map((id) => cover.get(id) ?? null);
  }
}
