// Stock reads: current levels from the projection, history from the ledger, and the check that
// the two agree. The statements the GraphQL lists and the exports share (the movement filter,
// products' totals, the export cursors) are in store.ts.
import { Prisma, type Movement, type PrismaClient, type StockLevel } from '../../generated/prisma/client';
import { paginate, paginateKeyset, type Page, type PageArgs } from '../../shared/pagination';
import type { RowCursor } from '../../shared/row-cursor';
import {
  levelRows,
  movementCount,
  movementLedger,
  movementPage,
  MOVEMENT_ORDER,
  stockTotals,
  type LedgerRow,
  type LevelFilter,
  type LevelRow,
  type MovementFilter,
  type StockTotals,
} from './store';

export type { LedgerRow, LevelFilter, LevelRow, MovementFilter, StockTotals };

export interface HistoricalLevel {
  productId: string;
  locationId: string;
  onHand: number;
}

export interface StockAsOf {
  at: Date;
  onHand: number;
  levels: HistoricalLevel[];
}

export interface StockDifference {
  productId: string;
  locationId: string;
  storedOnHand: number;
  ledgerOnHand: number;
}

export interface StockVerification {
  ok: boolean;
  checkedLevels: number;
  differences: StockDifference[];
}

export class StockQueries {
  constructor(private readonly prisma: PrismaClient) {}

  /** On hand and available of each product, summed over its levels, in one query for the whole batch. */
  async totalsByProduct(productIds: readonly string[]): Promise<Map<string, StockTotals>> {
    const rows = await stockTotals(this.prisma, productIds);
    return new Map(rows.map(({ productId, ...totals }) => [productId, totals]));
  }

  /** Every level of each product (optionally at one location), in one query for the whole batch. */
  levelsByProduct(productIds: readonly string[], locationId?: string): Promise<StockLevel[]> {
    return this.prisma.stockLevel.findMany({
      where: { productId: { in: [...productIds] }, ...(locationId ? { locationId } : {}) },
      orderBy: [{ productId: 'asc' }, { locationId: 'asc' }],
    });
  }

  /** A location's levels, ordered by product id (stable across pages). */
  levelsAtLocation(locationId: string, page: PageArgs): Promise<Page<StockLevel>> {
    return paginate<StockLevel>(
      {
        where: { locationId },
        sortField: 'productId',
        idField: 'productId',
        direction: 'asc',
        cursor: { sortValue: 'uuid', id: 'uuid' },
        findMany: (args) => this.prisma.stockLevel.findMany(args as Prisma.StockLevelFindManyArgs),
        count: (args) => this.prisma.stockLevel.count(args as Prisma.StockLevelCountArgs),
      },
      page,
    );
  }

  /** Movements newest first by business time, then by recording order. */
  listMovements(filter: MovementFilter, page: PageArgs): Promise<Page<Movement>> {
    return paginateKeyset<Movement>(
      {
        ...MOVEMENT_ORDER,
        read: (query) => movementPage(this.prisma, filter, query),
        count: () => movementCount(this.prisma, filter),
      },
      page,
    );
  }

  /** Every movement `filter` selects, oldest first, for a cursor: the same filter as listMovements. */
  movementLedger(filter: MovementFilter): RowCursor<LedgerRow> {
    return movementLedger(filter);
  }

  /** Every stock level `filter` selects, with names and available units, by SKU then location code, for a cursor. */
  levelRows(filter: LevelFilter): RowCursor<LevelRow> {
    return levelRows(filter);
  }

  movementsByIds(ids: readonly bigint[]): Promise<Movement[]> {
    return this.prisma.movement.findMany({ where: { id: { in: [...ids] } } });
  }

  /** The reversal of each movement, for the ones that were reversed. */
  reversalsOf(ids: readonly bigint[]): Promise<Movement[]> {
    return this.prisma.movement.findMany({ where: { reversalOfId: { in: [...ids] } } });
  }

  /** A product's stock at a past moment, summed from the ledger by business time. */
  async productStockAsOf(productId: string, at: Date, locationId?: string): Promise<StockAsOf> {
    const location = locationId ? Prisma.sql`AND location_id = ${locationId}::uuid` : Prisma.empty;
    const levels = await this.prisma.$queryRaw<HistoricalLevel[]>`
      SELECT product_id AS "productId", location_id AS "locationId", SUM(delta)::int AS "onHand"
      FROM movement_line
      WHERE product_id = ${productId}::uuid ${location} AND occurred_at <= ${at}
      GROUP BY product_id, location_id
      HAVING SUM(delta) <> 0
      ORDER BY location_id`;
    return snapshot(at, levels);
  }

  /** Every product's stock at one location at a past moment. */
  async locationStockAsOf(locationId: string, at: Date): Promise<StockAsOf> {
    const levels = await this.prisma.$queryRaw<HistoricalLevel[]>`
      SELECT product_id AS "productId", location_id AS "locationId", SUM(delta)::int AS "onHand"
      FROM movement_line
      WHERE location_id = ${locationId}::uuid AND occurred_at <= ${at}
      GROUP BY product_id, location_id
      HAVING SUM(delta) <> 0
      ORDER BY product_id`;
    return snapshot(at, levels);
  }

  /** Recomputes every level from the ledger and lists where the projection disagrees. */
  async verify(): Promise<StockVerification> {
    const [rows, differences] = await Promise.all([
      this.prisma.$queryRaw<Array<{ count: bigint }>>`
        SELECT COUNT(*) AS count FROM (
          SELECT product_id, location_id FROM stock_level
          UNION SELECT DISTINCT product_id, location_id FROM movement_line
        ) AS pairs`,
      this.prisma.$queryRaw<StockDifference[]>`
        SELECT COALESCE(level.product_id, ledger.product_id) AS "productId",
               COALESCE(level.location_id, ledger.location_id) AS "locationId",
               COALESCE(level.on_hand, 0)::int AS "storedOnHand",
               COALESCE(ledger.on_hand, 0)::int AS "ledgerOnHand"
        FROM stock_level AS level
        FULL JOIN (
          SELECT product_id, location_id, SUM(delta) AS on_hand FROM movement_line GROUP BY product_id, location_id
        ) AS ledger ON ledger.product_id = level.product_id AND ledger.location_id = level.location_id
        WHERE COALESCE(level.on_hand, 0) <> COALESCE(ledger.on_hand, 0)
        ORDER BY 1, 2`,
    ]);
    return { ok: differences.length === 0, checkedLevels: Number(rows[0]?.count ?? 0), differences };
  }
}

function snapshot(at: Date, levels: HistoricalLevel[]): StockAsOf {
  return { at, onHand: levels.reduce((sum, level) => sum + level.onHand, 0), levels };
}
