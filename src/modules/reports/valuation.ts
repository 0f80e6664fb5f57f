// Inventory valuation from the movement_cost projection (moving weighted average cost): what the
// stock is worth now or at a past moment, and each product's current cost position.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { Decimal } from '../../shared/decimal';
import { offsetPage, type OffsetWindow } from '../../shared/offset-page';
import type { Page } from '../../shared/pagination';
import { checkFilterTargets } from './filters';
import { money } from './money';

export type ValuationGroupBy = 'PRODUCT' | 'CATEGORY' | 'LOCATION';

export interface ValuationRow {
  key: string;
  productId: string | null;
  category: string | null;
  locationId: string | null;
  quantity: number;
  averageCost: Decimal;
  value: Decimal;
}

export interface InventoryValuation extends Page<ValuationRow> {
  at: Date;
  groupBy: ValuationGroupBy;
  totalQuantity: number;
  totalValue: Decimal;
}

/** Filters shared by the valuation field and the valuation export. */
export interface ValuationQuery {
  /** Value the stock as it stood at this moment; now when absent. */
  at?: Date | null;
  locationId?: string | null;
  category?: string | null;
  groupBy: ValuationGroupBy;
}

/** A product's cost position now, from the last row of its cost ledger. */
export interface CostState {
  productId: string;
  /** Units on hand across all locations. */
  quantity: number;
  /** Moving average cost per unit; null before the first costed receipt. */
  averageCost: Decimal | null;
  /** Units on hand times the average cost; 0 before the first costed receipt. */
  inventoryValue: Decimal;
}

interface ValuationRecord {
  key: string;
  product_id: string | null;
  category: string | null;
  location_id: string | null;
  quantity: number;
  average_cost: string;
  value: string;
}

export class ValuationService {
  constructor(private readonly prisma: PrismaClient) {}

  /** The current cost position of each product, in the order asked (for a DataLoader). */
  async costStates(productIds: readonly string[]): Promise<CostState[]> {
    const rows = await this.prisma.$queryRaw<
      Array<{ product_id: string; quantity: number; average_cost: string | null }>
    >`
      SELECT product_id, quantity, average_cost::text AS average_cost FROM product_cost
      WHERE product_id = ANY (${[...productIds]}::uuid[])`;
    const byId = new Map(rows.map((row) => [row.product_id, row]));
    return productIds.map((productId) => {
      const row = byId.get(productId);
      const quantity = row?.quantity ?? 0;
      const averageCost = row?.average_cost == null ? null : money(row.average_cost);
      const inventoryValue = averageCost ? money(averageCost.times(quantity)) : new Decimal(0);
      return { productId, quantity, averageCost, inventoryValue };
    });
  }

  /**
   * Values the stock, now or as it stood at `query.at`, grouped and paged. Company-wide product and
   * category views read only the cost ledger (its last row per product at that moment holds the
   * quantity and the average); a location view or filter needs quantities per location, taken from
   * the stock levels now, or for a past moment from whichever side of the ledger is shorter.
   * Quantities are bigint: a group sums many products, each of which may hold up to 2^31 - 1.
   */
  async inventoryValuation(query: ValuationQuery, window: OffsetWindow): Promise<InventoryValuation> {
    await checkFilterTargets(this.prisma, { locationId: query.locationId });
    const at = query.at ?? null;
    const perLocation = query.groupBy === 'LOCATION' || Boolean(query.locationId);
    const state = perLocation ? await this.locationState(query, at) : productState(query, at);
    const grouped = groupValuation(query.groupBy);
    const [result] = await this.prisma.$queryRaw<
      Array<{ rows: ValuationRecord[]; total_count: number; total_quantity: bigint; total_value: string }>
    >`
      WITH state AS (${state}), grouped AS (${grouped})
      SELECT
        (SELECT coalesce(json_agg(page), '[]'::json) FROM (
          SELECT key, product_id, category, location_id, quantity::bigint AS quantity,
                 average_cost::text AS average_cost, value::text AS value
          FROM grouped ORDER BY grouped.value DESC, key
          LIMIT ${window.limit}::bigint OFFSET ${window.offset}::bigint) AS page) AS rows,
        (SELECT count(*)::int FROM grouped) AS total_count,
        (SELECT coalesce(sum(quantity), 0)::bigint FROM grouped) AS total_quantity,
        (SELECT coalesce(sum(value), 0)::text FROM grouped) AS total_value`;
    const rows = result!.rows.map((row): ValuationRow => ({
      key: row.key,
      productId: row.product_id,
      category: row.category,
      locationId: row.location_id,
      quantity: row.quantity,
      averageCost: money(row.average_cost),
      value: money(row.value),
    }));
    return {
      ...offsetPage(rows, window, result!.total_count),
      at: at ?? new Date(),
      groupBy: query.groupBy,
      totalQuantity: Number(result!.total_quantity),
      totalValue: money(result!.total_value),
    };
  }

  /** Quantity per (product, location) with the product's average cost at the moment. */
  private async locationState(query: ValuationQuery, at: Date | null): Promise<Prisma.Sql> {
    const location = query.locationId ? Prisma.sql`AND location_id = ${query.locationId}::uuid` : Prisma.empty;
    let quantities: Prisma.Sql;
    if (at === null) {
      quantities = Prisma.sql`SELECT product_id, location_id, on_hand AS quantity FROM stock_level WHERE true ${location}`;
    } else if (await this.fewerLinesAfter(at)) {
      quantities = Prisma.sql`
        SELECT level.product_id, level.location_id, level.on_hand - coalesce(later.delta, 0) AS quantity
        FROM stock_level level
        LEFT JOIN (
          SELECT product_id, location_id, sum(delta) AS delta FROM movement_line
          WHERE occurred_at > ${at} ${location} GROUP BY product_id, location_id
        ) AS later USING (product_id, location_id)
        WHERE true ${query.locationId ? Prisma.sql`AND level.location_id = ${query.locationId}::uuid` : Prisma.empty}`;
    } else {
      quantities = Prisma.sql`
        SELECT product_id, location_id, sum(delta) AS quantity FROM movement_line
        WHERE occurred_at <= ${at} ${location} GROUP BY product_id, location_id`;
    }
    return Prisma.sql`
      WITH quantities AS (${quantities}),
      costs AS (${at === null ? Prisma.sql`SELECT product_id, average_cost FROM product_cost` : costsAt(at)})
      SELECT q.product_id, q.location_id, p.sku, p.category, q.quantity, coalesce(c.average_cost, 0) AS average_cost
      FROM quantities q
      JOIN product p ON p.id = q.product_id
      LEFT JOIN costs c ON c.product_id = q.product_id
      WHERE q.quantity > 0 ${categoryFilter(query.category)}`;
  }

  /** Whether fewer ledger lines lie after `at` than before it, judged from the ledger's time span. */
  private async fewerLinesAfter(at: Date): Promise<boolean> {
    const [span] = await this.prisma.$queryRaw<Array<{ first: Date | null; last: Date | null }>>`
      SELECT (SELECT min(occurred_at) FROM movement_line) AS first, (SELECT max(occurred_at) FROM movement_line) AS last`;
    if (!span?.first || !span.last) return true;
    return at.getTime() >= (span.first.getTime() + span.last.getTime()) / 2;
  }
}

function categoryFilter(category: string | null | undefined): Prisma.Sql {
  return category ? Prisma.sql`AND lower(p.category) = lower(${category})` : Prisma.empty;
}

/** The average cost of each product held at a past moment: its last cost-ledger row at or before it. */
function costsAt(at: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id AS product_id, last.average_cost_after AS average_cost
    FROM (SELECT DISTINCT product_id AS id FROM quantities WHERE quantity > 0) AS p
    CROSS JOIN LATERAL (
      SELECT mc.average_cost_after FROM movement_cost mc
      WHERE mc.product_id = p.id AND mc.occurred_at <= ${at}
      ORDER BY mc.occurred_at DESC, mc.movement_id DESC
      LIMIT 1
    ) AS last`;
}

/**
 * Per-product state from the cost ledger alone: now from product_cost, otherwise the last row at
 * or before the moment.
 */
function productState(query: ValuationQuery, at: Date | null): Prisma.Sql {
  if (at === null) {
    return Prisma.sql`
      SELECT p.id AS product_id, NULL::uuid AS location_id, p.sku, p.category, pc.quantity,
             coalesce(pc.average_cost, 0) AS average_cost
      FROM product_cost pc JOIN product p ON p.id = pc.product_id
      WHERE pc.quantity > 0 ${categoryFilter(query.category)}`;
  }
  return Prisma.sql`
    SELECT p.id AS product_id, NULL::uuid AS location_id, p.sku, p.category, last.quantity_after AS quantity,
           coalesce(last.average_cost_after, 0) AS average_cost
    FROM product p
    CROSS JOIN LATERAL (
      SELECT mc.quantity_after, mc.average_cost_after FROM movement_cost mc
      WHERE mc.product_id = p.id AND mc.occurred_at <= ${at}
      ORDER BY mc.occurred_at DESC, mc.movement_id DESC
      LIMIT 1
    ) AS last
    WHERE last.quantity_after > 0 ${categoryFilter(query.category)}`;
}

/** Rows of the valuation: each (product, location) is valued to 4 places, then summed. */
function groupValuation(groupBy: ValuationGroupBy): Prisma.Sql {
  const value = Prisma.sql`sum(round(state.quantity * state.average_cost, 4))`;
  switch (groupBy) {
    case 'PRODUCT':
      return Prisma.sql`
        SELECT state.sku::text AS key, state.product_id, state.category, NULL::uuid AS location_id,
               sum(state.quantity) AS quantity, round(max(state.average_cost), 4) AS average_cost, ${value} AS value
        FROM state GROUP BY state.product_id, state.sku, state.category`;
    case 'CATEGORY':
      return Prisma.sql`
        SELECT state.category AS key, NULL::uuid AS product_id, state.category, NULL::uuid AS location_id,
               sum(state.quantity) AS quantity, round(${value} / sum(state.quantity), 4) AS average_cost, ${value} AS value
        FROM state GROUP BY state.category`;
    case 'LOCATION':
      return Prisma.sql`
        SELECT l.code::text AS key, NULL::uuid AS product_id, NULL AS category, state.location_id,
               sum(state.quantity) AS quantity, round(${value} / sum(state.quantity), 4) AS average_cost, ${value} AS value
        FROM state JOIN location l ON l.id = state.location_id GROUP BY state.location_id, l.code`;
  }
}
