// The sales report: shipments net of their reversals in a range, with revenue at the recorded price
// and cost of goods sold at the moving average cost of each sale's moment (the movement_cost projection).
import type { PrismaClient } from '../../generated/prisma/client';
import type { Decimal } from '../../shared/decimal';
import { checkSize } from '../../shared/pagination';
import { checkFilterTargets, checkRange } from './filters';
import { money } from './money';
import { builtSalesMonthsWithin } from '../stock';
import {
  salesDimension,
  salesPage,
  type SalesGroupBy,
  type SalesOrderBy,
  type SalesPageQuery,
  type SalesRecord,
} from './store/sales';

export type { SalesGroupBy, SalesOrderBy };

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

/** Filters shared by the sales-report field and the sales export: what the statement takes. */
export type SalesQuery = SalesPageQuery;

export class SalesService {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Sales in [from, to): shipments net of their reversals (a reversal counts in its own period),
   * revenue at the recorded price, cost of goods sold at the cost the cost ledger applied to each.
   */
  async salesReport(query: SalesQuery): Promise<SalesReport> {
    checkRange(query.from, query.to);
    // The top rows: at least one, at most a page.
    checkSize('first', query.first, { min: 1 });
    await checkFilterTargets(this.prisma, query);
    // Whole months summed in sales_month, read from there when one dimension serves the report.
    const summedMonths = salesDimension(query) ? await builtSalesMonthsWithin(this.prisma, query.from, query.to) : null;
    const { rows, totals, row_count } = await salesPage(this.prisma, { ...query, summedMonths });
    return {
      from: query.from,
      to: query.to,
      groupBy: query.groupBy,
      orderBy: query.orderBy,
      rows: rows.map(salesRow),
      rowCount: row_count,
      totals: salesRow({ ...totals, key: '', product_id: null, category: null, location_id: null, counterparty: null }),
    };
  }
}

function salesRow(record: SalesRecord): SalesRow {
  const revenue = money(record.revenue);
  const costOfGoodsSold = money(record.cogs);
  const margin = revenue.minus(costOfGoodsSold);
  let marginPercent: number | null | undefined;
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
    // Worked out when read: the division is most of a row's cost, and a year by customer has
    // thousands of rows that a caller rarely asks the percentage of.
    get marginPercent() {
      if (marginPercent === undefined) {
        marginPercent = revenue.isZero() ? null : margin.div(revenue).times(100).toDecimalPlaces(2).toNumber();
      }
      return marginPercent;
    },
  };
}
