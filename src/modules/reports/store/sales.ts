// The statement of the sales report, named, its rows parsed.
import { z } from 'zod';
import { Prisma, type PrismaClient } from '../../../generated/prisma/client';
import { MONEY_PLACES } from '../money';
import { categoryFilter } from './fragments';

export type SalesGroupBy = 'PRODUCT' | 'CATEGORY' | 'LOCATION' | 'COUNTERPARTY';
export type SalesOrderBy = 'UNITS' | 'REVENUE' | 'MARGIN';

export interface SalesPageQuery {
  from: Date;
  to: Date;
  groupBy: SalesGroupBy;
  orderBy: SalesOrderBy;
  /** How many rows; every row when null. */
  first: number | null;
  productId?: string | null;
  locationId?: string | null;
  category?: string | null;
  counterparty?: string | null;
  /**
   * Whole months inside [from, to) whose sales are summed in sales_month (builtSalesMonthsWithin):
   * read from there when the report needs one dimension only; null reads the cost ledger alone.
   */
  summedMonths?: { from: Date; to: Date } | null;
}

export type SalesDimension = 'PRODUCT' | 'LOCATION' | 'COUNTERPARTY';

/**
 * The one dimension of sales_month a report can be summed from: what its grouping and filters
 * need (a category is a product's); null when they need two or more, which sales_month does not hold.
 */
export function salesDimension(
  query: Omit<SalesPageQuery, 'from' | 'to' | 'first' | 'orderBy'>,
): SalesDimension | null {
  const needed = new Set<SalesDimension>();
  if (query.groupBy === 'PRODUCT' || query.groupBy === 'CATEGORY' || query.productId || query.category) {
    needed.add('PRODUCT');
  }
  if (query.groupBy === 'LOCATION' || query.locationId) needed.add('LOCATION');
  if (query.groupBy === 'COUNTERPARTY' || query.counterparty) needed.add('COUNTERPARTY');
  return needed.size === 1 ? [...needed][0]! : null;
}

// Money is text (rounded to the money places in SQL), units bigint in SQL and numbers in JSON.
const SalesRecord = z.object({
  key: z.string(),
  product_id: z.string().nullable(),
  category: z.string().nullable(),
  location_id: z.string().nullable(),
  counterparty: z.string().nullable(),
  units: z.number(),
  revenue: z.string(),
  cogs: z.string(),
});

const SalesResult = z.tuple([
  z.object({
    rows: z.array(SalesRecord),
    totals: z.object({ units: z.number(), revenue: z.string(), cogs: z.string() }),
    row_count: z.number(),
  }),
]);

/** A row of the sales report (or, without the identity columns, its totals), as SQL computed it. */
export type SalesRecord = z.output<typeof SalesRecord>;
export type SalesPage = z.output<typeof SalesResult>[0];

/**
 * The sales report's rows (the first `first` by the ranking figure, then key), their count and
 * their totals. Sales are shipments net of their reversals, revenue at the recorded price and cost
 * of goods sold at the cost the cost ledger applied to each.
 */
export async function salesPage(db: PrismaClient, query: SalesPageQuery): Promise<SalesPage> {
  const places = Prisma.sql`${MONEY_PLACES}::int`;
  const group = salesGroup(query.groupBy);
  // Qualified: a bare `revenue` in ORDER BY names the output column, which is text (so "99.30"
  // ranked above "968.10"); `named.revenue` is the numeric sum.
  const rank = {
    UNITS: Prisma.sql`named.units`,
    REVENUE: Prisma.sql`named.revenue`,
    MARGIN: Prisma.sql`named.revenue - named.cogs`,
  }[query.orderBy];
  // Names are joined once per group, not once per sale.
  const [result] = SalesResult.parse(
    await db.$queryRaw`/* salesPage */
      WITH sales AS (${salesRows(query)}), grouped AS (
        SELECT ${group.by} AS group_id, sum(units) AS units, sum(revenue) AS revenue, sum(cogs) AS cogs
        FROM sales GROUP BY 1
      ), named AS (
        SELECT ${group.columns}, g.units, g.revenue, g.cogs FROM grouped g ${group.joins}
      )
      SELECT
        (SELECT coalesce(json_agg(page), '[]'::json) FROM (
          SELECT key, product_id, category, location_id, counterparty, units::bigint AS units,
                 round(revenue, ${places})::text AS revenue, round(cogs, ${places})::text AS cogs
          FROM named ORDER BY ${rank} DESC, key
          ${query.first === null ? Prisma.empty : Prisma.sql`LIMIT ${query.first}::int`}) AS page) AS rows,
        (SELECT json_build_object('units', coalesce(sum(units), 0)::bigint,
                                  'revenue', round(coalesce(sum(revenue), 0), ${places})::text,
                                  'cogs', round(coalesce(sum(cogs), 0), ${places})::text)
         FROM grouped) AS totals,
        (SELECT count(*)::int FROM grouped) AS row_count`,
  );
  return result;
}

/**
 * The sales in [from, to), one row each (product_id, location_id, counterparty, category, units,
 * revenue, cogs; a reversed sale counts negative). The cost ledger carries what a sale needs (its
 * units are the negated quantity change), so a range is one index scan of one table. With summed
 * months and a single dimension, those months are read from sales_month (one row per month and
 * product, location or counterparty, carrying the exact sums) and only the rest of the range from
 * the ledger: the sums are the same, so are the groups (a row of sales_month holds at least one sale).
 */
function salesRows(query: SalesPageQuery): Prisma.Sql {
  const byCategory = query.groupBy === 'CATEGORY' || Boolean(query.category);
  const filters = Prisma.join(
    [
      query.productId ? Prisma.sql`AND mc.product_id = ${query.productId}::uuid` : Prisma.empty,
      query.locationId ? Prisma.sql`AND mc.location_id = ${query.locationId}::uuid` : Prisma.empty,
      query.counterparty ? Prisma.sql`AND mc.counterparty = ${query.counterparty}` : Prisma.empty,
      categoryFilter(query.category),
    ],
    ' ',
  );
  const ledger = (from: Date, to: Date) => Prisma.sql`
    SELECT mc.product_id, mc.location_id, mc.counterparty, ${byCategory ? Prisma.sql`p.category` : Prisma.sql`NULL::text`} AS category,
           -mc.quantity_change AS units,
           -mc.quantity_change * coalesce(mc.unit_price, 0) AS revenue,
           -mc.quantity_change * coalesce(mc.unit_cost, 0) AS cogs
    FROM movement_cost mc ${byCategory ? Prisma.sql`JOIN product p ON p.id = mc.product_id` : Prisma.empty}
    WHERE mc.kind = 'SHIPMENT' AND mc.occurred_at >= ${from} AND mc.occurred_at < ${to} ${filters}`;
  const dimension = salesDimension(query);
  const months = query.summedMonths;
  if (!dimension || !months) return ledger(query.from, query.to);
  const key = (column: 'product_id' | 'location_id' | 'counterparty') =>
    ({ PRODUCT: 'product_id', LOCATION: 'location_id', COUNTERPARTY: 'counterparty' })[dimension] === column;
  const summed = Prisma.sql`
    SELECT ${key('product_id') ? Prisma.sql`sm.key::uuid` : Prisma.sql`NULL::uuid`} AS product_id,
           ${key('location_id') ? Prisma.sql`sm.key::uuid` : Prisma.sql`NULL::uuid`} AS location_id,
           ${key('counterparty') ? Prisma.sql`sm.key` : Prisma.sql`NULL::text`} AS counterparty,
           ${byCategory ? Prisma.sql`p.category` : Prisma.sql`NULL::text`} AS category,
           sm.units, sm.revenue, sm.cogs
    FROM sales_month sm ${byCategory ? Prisma.sql`JOIN product p ON p.id = sm.key::uuid` : Prisma.empty}
    WHERE sm.dimension = ${dimension} AND sm.month >= ${months.from} AND sm.month < ${months.to} AND sm.movements > 0
      ${query.productId ? Prisma.sql`AND sm.key = (${query.productId}::uuid)::text` : Prisma.empty}
      ${query.locationId ? Prisma.sql`AND sm.key = (${query.locationId}::uuid)::text` : Prisma.empty}
      ${query.counterparty ? Prisma.sql`AND sm.key = ${query.counterparty}` : Prisma.empty}
      ${categoryFilter(query.category)}`;
  return Prisma.sql`
    ${ledger(query.from, months.from)}
    UNION ALL ${summed}
    UNION ALL ${ledger(months.to, query.to)}`;
}

/**
 * How sales rows are grouped (`by`, over the sales CTE) and named (over the grouped rows `g`).
 * Products and locations are grouped by their uuid: hashing it is cheaper than hashing its text,
 * which made a month of sales by product about a third slower.
 */
function salesGroup(groupBy: SalesGroupBy): { by: Prisma.Sql; columns: Prisma.Sql; joins: Prisma.Sql } {
  switch (groupBy) {
    case 'PRODUCT':
      return {
        by: Prisma.sql`product_id`,
        columns: Prisma.sql`p.sku::text AS key, p.id AS product_id, p.category, NULL::uuid AS location_id, NULL AS counterparty`,
        joins: Prisma.sql`JOIN product p ON p.id = g.group_id`,
      };
    case 'CATEGORY':
      return {
        by: Prisma.sql`category`,
        columns: Prisma.sql`g.group_id AS key, NULL::uuid AS product_id, g.group_id AS category, NULL::uuid AS location_id, NULL AS counterparty`,
        joins: Prisma.empty,
      };
    case 'LOCATION':
      return {
        by: Prisma.sql`location_id`,
        columns: Prisma.sql`l.code::text AS key, NULL::uuid AS product_id, NULL AS category, l.id AS location_id, NULL AS counterparty`,
        joins: Prisma.sql`JOIN location l ON l.id = g.group_id`,
      };
    case 'COUNTERPARTY':
      return {
        by: Prisma.sql`coalesce(counterparty, '')`,
        columns: Prisma.sql`g.group_id AS key, NULL::uuid AS product_id, NULL AS category, NULL::uuid AS location_id, g.group_id AS counterparty`,
        joins: Prisma.empty,
      };
  }
}
