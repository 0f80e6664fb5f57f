// Statements of the inventory valuation and of products' cost positions, named, their rows parsed.
import { z } from 'zod';
import { Prisma, type PrismaClient } from '../../../generated/prisma/client';
import { MONEY_PLACES } from '../money';
import { levelsAsOfSql } from '../../stock';
import { categoryFilter } from './fragments';

export type ValuationGroupBy = 'PRODUCT' | 'CATEGORY' | 'LOCATION';

const CostRows = z.array(
  z.object({ product_id: z.string(), quantity: z.number(), average_cost: z.string().nullable() }),
);

/** A product's row of product_cost: its units on hand and their moving average cost (text, exact). */
export type CostPosition = z.output<typeof CostRows>[number];

/** The current cost position of each product asked that has one (in no particular order). */
export async function costPositions(db: PrismaClient, productIds: readonly string[]): Promise<CostPosition[]> {
  return CostRows.parse(
    await db.$queryRaw`/* costPositions */
      SELECT product_id, quantity, average_cost::text AS average_cost FROM product_cost
      WHERE product_id = ANY (${[...productIds]}::uuid[])`,
  );
}

const SpanRows = z.tuple([z.object({ first: z.date().nullable(), last: z.date().nullable() })]);

/** When the first and the last ledger line occurred; null for both on an empty ledger. */
export async function ledgerSpan(db: PrismaClient): Promise<{ first: Date | null; last: Date | null }> {
  const [span] = SpanRows.parse(
    await db.$queryRaw`/* ledgerSpan */
      SELECT (SELECT min(occurred_at) FROM movement_line) AS first, (SELECT max(occurred_at) FROM movement_line) AS last`,
  );
  return span;
}

/**
 * Where a valuation takes its quantities from: the cost ledger, per product (company-wide views);
 * the stock levels per location, less the lines after the moment when there is one; the monthly
 * checkpoint at or before the moment plus the lines since (`checkpoint`); or the ledger lines per
 * location up to the moment (when no month is built yet).
 */
export type QuantitySource = 'costLedger' | 'stockLevels' | 'checkpoint' | 'ledgerLines';

export interface ValuationPageQuery {
  /** The moment valued; now when null. */
  at: Date | null;
  locationId?: string | null;
  category?: string | null;
  groupBy: ValuationGroupBy;
  quantities: QuantitySource;
  /** The built checkpoint the 'checkpoint' source starts from (checkpointAtOrBefore). */
  checkpoint?: Date | null;
  /**
   * The built checkpoint whose cost_checkpoint rows give the costs at `at` of the products with no
   * ledger line between the two (checkpointNearest); null probes every product's cost ledger.
   */
  costCheckpoint?: Date | null;
  limit: number;
  offset: number;
}

// Figures are text, so no digit is lost on the way; quantities are bigint in SQL, numbers in JSON.
const ValuationPageRows = z.tuple([
  z.object({
    rows: z.array(
      z.object({
        key: z.string(),
        product_id: z.string().nullable(),
        category: z.string().nullable(),
        location_id: z.string().nullable(),
        quantity: z.number(),
        average_cost: z.string(),
        value: z.string(),
      }),
    ),
    total_count: z.number(),
    total_quantity: z.bigint().transform(Number),
    total_value: z.string(),
  }),
]);

export type ValuationPage = z.output<typeof ValuationPageRows>[0];
export type ValuationRecord = ValuationPage['rows'][number];

/**
 * One page of the valuation's rows, highest value first, and totals over every row. Quantities
 * are summed as bigint: a group sums many products, each of which may hold up to 2^31 - 1.
 */
export async function valuationPage(db: PrismaClient, query: ValuationPageQuery): Promise<ValuationPage> {
  if (query.at === null && query.quantities === 'costLedger' && query.groupBy === 'PRODUCT' && !query.category) {
    return valuationNowByProduct(db, query);
  }
  const state = query.quantities === 'costLedger' ? productState(query) : locationState(query);
  const [page] = ValuationPageRows.parse(
    await db.$queryRaw`/* valuationPage */
      WITH state AS (${state}), grouped AS (${groupValuation(query.groupBy, query.quantities === 'costLedger')})
      SELECT
        (SELECT coalesce(json_agg(page), '[]'::json) FROM (
          SELECT key, product_id, category, location_id, quantity::bigint AS quantity,
                 average_cost::text AS average_cost, value::text AS value
          FROM grouped ORDER BY grouped.value DESC, key
          LIMIT ${query.limit}::bigint OFFSET ${query.offset}::bigint) AS page) AS rows,
        (SELECT count(*)::int FROM grouped) AS total_count,
        (SELECT coalesce(sum(quantity), 0)::bigint FROM grouped) AS total_quantity,
        (SELECT coalesce(sum(value), 0)::text FROM grouped) AS total_value`,
  );
  return page;
}

/**
 * valuationPage now, by product, every category: the same rows, values and totals, read from
 * product_cost alone; only the rows that can be on the page (worth at least its last row: the
 * ties with it are ordered by SKU) are joined to their product for the SKU and category.
 */
async function valuationNowByProduct(db: PrismaClient, query: ValuationPageQuery): Promise<ValuationPage> {
  const places = Prisma.sql`${MONEY_PLACES}::int`;
  const [page] = ValuationPageRows.parse(
    await db.$queryRaw`/* valuationNowByProduct */
      WITH valued AS MATERIALIZED (
        SELECT pc.product_id, pc.quantity, coalesce(pc.average_cost, 0) AS average_cost,
               round(pc.quantity * coalesce(pc.average_cost, 0), ${places}) AS value
        FROM product_cost pc WHERE pc.quantity > 0
      ), cut AS (
        SELECT value FROM valued ORDER BY value DESC
        LIMIT 1 OFFSET GREATEST(${query.limit}::bigint + ${query.offset}::bigint - 1, 0)
      )
      SELECT
        (SELECT coalesce(json_agg(page), '[]'::json) FROM (
          SELECT p.sku::text AS key, p.id AS product_id, p.category, NULL::uuid AS location_id,
                 v.quantity::bigint AS quantity, round(v.average_cost, ${places})::text AS average_cost,
                 v.value::text AS value
          FROM valued v JOIN product p ON p.id = v.product_id
          WHERE v.value >= coalesce((SELECT value FROM cut), v.value)
          ORDER BY v.value DESC, p.sku::text
          LIMIT ${query.limit}::bigint OFFSET ${query.offset}::bigint) AS page) AS rows,
        (SELECT count(*)::int FROM valued) AS total_count,
        (SELECT coalesce(sum(quantity), 0)::bigint FROM valued) AS total_quantity,
        (SELECT coalesce(sum(value), 0)::text FROM valued) AS total_value`,
  );
  return page;
}

/** Quantity per (product, location) with the product's average cost at the moment. */
function locationState(query: ValuationPageQuery): Prisma.Sql {
  const { at } = query;
  const location = query.locationId ? Prisma.sql`AND location_id = ${query.locationId}::uuid` : Prisma.empty;
  let quantities: Prisma.Sql;
  if (at === null) {
    quantities = Prisma.sql`SELECT product_id, location_id, on_hand AS quantity FROM stock_level WHERE true ${location}`;
  } else if (query.quantities === 'stockLevels') {
    quantities = Prisma.sql`
      SELECT level.product_id, level.location_id, level.on_hand - coalesce(later.delta, 0) AS quantity
      FROM stock_level level
      LEFT JOIN (
        SELECT product_id, location_id, sum(delta) AS delta FROM movement_line
        WHERE occurred_at > ${at} ${location} GROUP BY product_id, location_id
      ) AS later USING (product_id, location_id)
      WHERE true ${query.locationId ? Prisma.sql`AND level.location_id = ${query.locationId}::uuid` : Prisma.empty}`;
  } else {
    // From the checkpoint (or, with none, the ledger's beginning) plus the lines since, as stockAsOf sums.
    const checkpoint = query.quantities === 'checkpoint' ? (query.checkpoint ?? null) : null;
    quantities = Prisma.sql`
      SELECT product_id, location_id, on_hand AS quantity
      FROM (${levelsAsOfSql(at, { locationId: query.locationId }, checkpoint)}) AS level`;
  }
  // By location, with no category asked, nothing of the product is read: every level's product
  // exists (the ledger's lines reference it), so the join would only cost a hash of the catalogue.
  const named = query.groupBy !== 'LOCATION' || Boolean(query.category);
  const costs = costsOf(at, !query.locationId, query.costCheckpoint ?? null);
  return Prisma.sql`
    WITH quantities AS (${quantities}), ${costs.ctes}
    SELECT q.product_id, q.location_id, ${named ? Prisma.sql`p.sku, p.category` : Prisma.sql`NULL::text AS sku, NULL::text AS category`},
           q.quantity, coalesce(${costs.cost}, 0) AS average_cost
    FROM quantities q
    ${named ? Prisma.sql`JOIN product p ON p.id = q.product_id` : Prisma.empty}
    ${costs.join}
    WHERE q.quantity > 0 ${categoryFilter(query.category)}`;
}

/** How a valuation's state takes each held product's cost: its CTEs, its joins to `quantities q`, and the cost. */
interface CostSource {
  ctes: Prisma.Sql;
  join: Prisma.Sql;
  cost: Prisma.Sql;
}

/**
 * Each held product's average cost: now from product_cost; at a past moment from its cost ledger
 * (costsAt), or, with a built `checkpoint` (the boundary nearest the moment), from cost_checkpoint
 * for every product without ledger lines between the two, and by probing the ledger for the rest.
 * Every cost-ledger row has its movement's lines, at the same moment, so a product without lines in
 * between has the same last row at or before the moment as before the boundary. cost_checkpoint is
 * joined as a table (one row per product at a boundary), so the planner hashes it; a union of it and
 * the probes was estimated as many rows per product and sorted the 100k levels to merge them.
 */
function costsOf(at: Date | null, everyProduct: boolean, checkpoint: Date | null): CostSource {
  const byTable = (ctes: Prisma.Sql): CostSource => ({
    ctes,
    join: Prisma.sql`LEFT JOIN costs c ON c.product_id = q.product_id`,
    cost: Prisma.sql`c.average_cost`,
  });
  if (at === null) return byTable(Prisma.sql`costs AS (SELECT product_id, average_cost FROM product_cost)`);
  if (!checkpoint) return byTable(Prisma.sql`costs AS (${costsAt(at, everyProduct)})`);
  const between =
    checkpoint <= at
      ? Prisma.sql`l.occurred_at >= ${checkpoint}::timestamptz AND l.occurred_at <= ${at}::timestamptz`
      : Prisma.sql`l.occurred_at > ${at}::timestamptz AND l.occurred_at < ${checkpoint}::timestamptz`;
  return {
    ctes: Prisma.sql`moved AS MATERIALIZED (
        SELECT DISTINCT l.product_id AS id FROM movement_line l WHERE ${between}
      ), probed AS (
        SELECT moved.id AS product_id, last.average_cost_after AS average_cost
        FROM moved
        LEFT JOIN LATERAL (${lastCostAt(Prisma.sql`moved.id`, at)}) AS last ON true
        ${everyProduct ? Prisma.empty : Prisma.sql`WHERE moved.id IN (SELECT product_id FROM quantities WHERE quantity > 0)`}
      )`,
    join: Prisma.sql`
      LEFT JOIN probed ON probed.product_id = q.product_id
      LEFT JOIN cost_checkpoint cc ON cc.at = ${checkpoint}::timestamptz AND cc.product_id = q.product_id`,
    cost: Prisma.sql`CASE WHEN probed.product_id IS NULL THEN cc.average_cost ELSE probed.average_cost END`,
  };
}

/** The last cost-ledger row of the product `productId` refers to, at or before `at`. */
function lastCostAt(productId: Prisma.Sql, at: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT mc.average_cost_after FROM movement_cost mc
    WHERE mc.product_id = ${productId} AND mc.occurred_at <= ${at}
    ORDER BY mc.occurred_at DESC, mc.movement_id DESC
    LIMIT 1`;
}

/**
 * The average cost of each product held at a past moment: its last cost-ledger row at or before it.
 * Company-wide (`everyProduct`) nearly every product is held, so every product is probed, and the
 * quantities are read once, not gathered first to find which products they hold.
 */
function costsAt(at: Date, everyProduct: boolean): Prisma.Sql {
  const held = everyProduct
    ? Prisma.sql`(SELECT id FROM product)`
    : Prisma.sql`(SELECT DISTINCT product_id AS id FROM quantities WHERE quantity > 0)`;
  return Prisma.sql`
    SELECT p.id AS product_id, last.average_cost_after AS average_cost
    FROM ${held} AS p
    CROSS JOIN LATERAL (${lastCostAt(Prisma.sql`p.id`, at)}) AS last`;
}

/**
 * Per-product state from the cost ledger alone: now from product_cost, otherwise the last row at
 * or before the moment.
 */
function productState(query: ValuationPageQuery): Prisma.Sql {
  if (query.at === null) {
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
      WHERE mc.product_id = p.id AND mc.occurred_at <= ${query.at}
      ORDER BY mc.occurred_at DESC, mc.movement_id DESC
      LIMIT 1
    ) AS last
    WHERE last.quantity_after > 0 ${categoryFilter(query.category)}`;
}

/**
 * Rows of the valuation: each (product, location) is valued to the money places, then summed. The
 * cost ledger's state has one row per product (`onePerProduct`), so by product each row is its own
 * group: valued as it is, with the same figures a group of one sums to, without hashing every row.
 */
function groupValuation(groupBy: ValuationGroupBy, onePerProduct: boolean): Prisma.Sql {
  const places = Prisma.sql`${MONEY_PLACES}::int`;
  const value = Prisma.sql`sum(round(state.quantity * state.average_cost, ${places}))`;
  switch (groupBy) {
    case 'PRODUCT':
      if (onePerProduct) {
        return Prisma.sql`
          SELECT state.sku::text AS key, state.product_id, state.category, NULL::uuid AS location_id,
                 state.quantity::bigint AS quantity, round(state.average_cost, ${places}) AS average_cost,
                 round(state.quantity * state.average_cost, ${places}) AS value
          FROM state`;
      }
      return Prisma.sql`
        SELECT state.sku::text AS key, state.product_id, state.category, NULL::uuid AS location_id,
               sum(state.quantity) AS quantity, round(max(state.average_cost), ${places}) AS average_cost, ${value} AS value
        FROM state GROUP BY state.product_id, state.sku, state.category`;
    case 'CATEGORY':
      return Prisma.sql`
        SELECT state.category AS key, NULL::uuid AS product_id, state.category, NULL::uuid AS location_id,
               sum(state.quantity) AS quantity, round(${value} / sum(state.quantity), ${places}) AS average_cost, ${value} AS value
        FROM state GROUP BY state.category`;
    case 'LOCATION':
      // Grouped by location alone, then named: the planner hashes the (product, location) rows into
      // a few groups instead of sorting them all by location and code.
      return Prisma.sql`
        SELECT l.code::text AS key, NULL::uuid AS product_id, NULL AS category, g.location_id, g.quantity,
               round(g.value / g.quantity, ${places}) AS average_cost, g.value
        FROM (SELECT state.location_id, sum(state.quantity) AS quantity, ${value} AS value
              FROM state GROUP BY state.location_id) AS g
        JOIN location l ON l.id = g.location_id`;
  }
}
