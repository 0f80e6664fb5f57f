// The sales report: shipments net of their reversals in a range, with revenue at the recorded price
// and cost of goods sold at the moving average cost of each sale's moment (the movement_cost projection).
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import type { Decimal } from '../../shared/decimal';
import { RequestError } from '../../shared/errors';
import { MAX_PAGE_SIZE } from '../../shared/pagination';
import { checkFilterTargets, checkRange } from './filters';
import { money } from './money';

export type SalesGroupBy = 'PRODUCT' | 'CATEGORY' | 'LOCATION' | 'COUNTERPARTY';
export type SalesOrderBy = 'UNITS' | 'REVENUE' | 'MARGIN';

export interface SalesRow {
  key: string;
  productId: string | null;
  category: string | null;
  locationId: string | null;
  counterparty: string | null;
  units: number;
  revenue: Decimal;
  costOfGoodsSold: Decimal;
  margin: Decimal;
  marginPercent: number | null;
}

export interface SalesReport {
  from: Date;
  to: Date;
  groupBy: SalesGroupBy;
  orderBy: SalesOrderBy;
  rows: SalesRow[];
  rowCount: number;
  totals: SalesRow;
}

/** Filters shared by the sales-report field and the sales export. */
export interface SalesQuery {
  from: Date;
  to: Date;
  groupBy: SalesGroupBy;
  orderBy: SalesOrderBy;
  /** How many rows to return; every row when null (exports). */
  first: number | null;
  productId?: string | null;
  locationId?: string | null;
  category?: string | null;
  counterparty?: string | null;
}

interface SalesRecord {
  key: string;
  product_id: string | null;
  category: string | null;
  location_id: string | null;
  counterparty: string | null;
  units: number;
  revenue: string;
  cogs: string;
}

export class SalesService {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Sales in [from, to): shipments net of their reversals (a reversal counts in its own period),
   * revenue at the recorded price, cost of goods sold at the cost the cost ledger applied to each.
   */
  async salesReport(query: SalesQuery): Promise<SalesReport> {
    checkRange(query.from, query.to);
    if (query.first !== null && (!Number.isInteger(query.first) || query.first < 1 || query.first > MAX_PAGE_SIZE)) {
      throw new RequestError('PAGE_SIZE_EXCEEDED', `\`first\` must be from 1 to ${MAX_PAGE_SIZE}.`);
    }
    await checkFilterTargets(this.prisma, query);
    const byCategory = query.groupBy === 'CATEGORY' || Boolean(query.category);
    const filters = [
      query.productId ? Prisma.sql`AND mc.product_id = ${query.productId}::uuid` : Prisma.empty,
      query.locationId ? Prisma.sql`AND mc.location_id = ${query.locationId}::uuid` : Prisma.empty,
      query.counterparty ? Prisma.sql`AND mc.counterparty = ${query.counterparty}` : Prisma.empty,
      categoryFilter(query.category),
    ];
    const group = salesGroup(query.groupBy);
    const rank = { UNITS: Prisma.sql`units`, REVENUE: Prisma.sql`revenue`, MARGIN: Prisma.sql`revenue - cogs` }[
      query.orderBy
    ];
    // The cost ledger carries what a sale needs (its units are the negated quantity change, so a
    // reversed sale counts negative), so the range is one index scan of one table; names are
    // joined once per group, not once per sale.
    const [result] = await this.prisma.$queryRaw<
      Array<{ rows: SalesRecord[]; totals: SalesRecord; row_count: number }>
    >`
      WITH sales AS (
        SELECT mc.product_id, mc.location_id, mc.counterparty, ${byCategory ? Prisma.sql`p.category` : Prisma.sql`NULL::text`} AS category,
               -mc.quantity_change AS units,
               -mc.quantity_change * coalesce(mc.unit_price, 0) AS revenue,
               -mc.quantity_change * coalesce(mc.unit_cost, 0) AS cogs
        FROM movement_cost mc ${byCategory ? Prisma.sql`JOIN product p ON p.id = mc.product_id` : Prisma.empty}
        WHERE mc.kind = 'SHIPMENT' AND mc.occurred_at >= ${query.from} AND mc.occurred_at < ${query.to}
              ${Prisma.join(filters, ' ')}
      ), grouped AS (
        SELECT ${group.by} AS group_id, sum(units) AS units, sum(revenue) AS revenue, sum(cogs) AS cogs
        FROM sales GROUP BY 1
      ), named AS (
        SELECT ${group.columns}, g.units, g.revenue, g.cogs FROM grouped g ${group.joins}
      )
      SELECT
        (SELECT coalesce(json_agg(page), '[]'::json) FROM (
          SELECT key, product_id, category, location_id, counterparty, units::bigint AS units,
                 round(revenue, 4)::text AS revenue, round(cogs, 4)::text AS cogs
          FROM named ORDER BY ${rank} DESC, key
          ${query.first === null ? Prisma.empty : Prisma.sql`LIMIT ${query.first}::int`}) AS page) AS rows,
        (SELECT json_build_object('key', '', 'units', coalesce(sum(units), 0)::bigint,
                                  'revenue', round(coalesce(sum(revenue), 0), 4)::text,
                                  'cogs', round(coalesce(sum(cogs), 0), 4)::text)
         FROM grouped) AS totals,
        (SELECT count(*)::int FROM grouped) AS row_count`;
    const { rows, totals, row_count } = result!;
    return {
      from: query.from,
      to: query.to,
      groupBy: query.groupBy,
      orderBy: query.orderBy,
      rows: rows.map(salesRow),
      rowCount: row_count,
      totals: salesRow({ ...totals, product_id: null, category: null, location_id: null, counterparty: null }),
    };
  }
}

function categoryFilter(category: string | null | undefined): Prisma.Sql {
  return category ? Prisma.sql`AND lower(p.category) = lower(${category})` : Prisma.empty;
}

/** How sales rows are grouped (`by`, over the sales CTE) and named (over the grouped rows `g`). */
function salesGroup(groupBy: SalesGroupBy): { by: Prisma.Sql; columns: Prisma.Sql; joins: Prisma.Sql } {
  switch (groupBy) {
    case 'PRODUCT':
      return {
        by: Prisma.sql`product_id::text`,
        columns: Prisma.sql`p.sku::text AS key, p.id AS product_id, p.category, NULL::uuid AS location_id, NULL AS counterparty`,
        joins: Prisma.sql`JOIN product p ON p.id = g.group_id::uuid`,
      };
    case 'CATEGORY':
      return {
        by: Prisma.sql`category`,
        columns: Prisma.sql`g.group_id AS key, NULL::uuid AS product_id, g.group_id AS category, NULL::uuid AS location_id, NULL AS counterparty`,
        joins: Prisma.empty,
      };
    case 'LOCATION':
      return {
        by: Prisma.sql`location_id::text`,
        columns: Prisma.sql`l.code::text AS key, NULL::uuid AS product_id, NULL AS category, l.id AS location_id, NULL AS counterparty`,
        joins: Prisma.sql`JOIN location l ON l.id = g.group_id::uuid`,
      };
    case 'COUNTERPARTY':
      return {
        by: Prisma.sql`coalesce(counterparty, '')`,
        columns: Prisma.sql`g.group_id AS key, NULL::uuid AS product_id, NULL AS category, NULL::uuid AS location_id, g.group_id AS counterparty`,
        joins: Prisma.empty,
      };
  }
}

function salesRow(record: SalesRecord): SalesRow {
  const revenue = money(record.revenue);
  const costOfGoodsSold = money(record.cogs);
  const margin = revenue.minus(costOfGoodsSold);
  return {
    key: record.key,
    productId: record.product_id,
    category: record.category,
    locationId: record.location_id,
    counterparty: record.counterparty,
    units: Number(record.units),
    revenue,
    costOfGoodsSold,
    margin,
    marginPercent: revenue.isZero() ? null : margin.div(revenue).times(100).toDecimalPlaces(2).toNumber(),
  };
}
