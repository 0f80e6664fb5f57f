// Stock reads: current levels from the projection, history from the ledger, and the check that
// the two agree. The statements the GraphQL lists and the exports share (the movement filter,
// products' totals, the export cursors) are in store.ts.
import pLimit from 'p-limit';
import { Prisma, type Location, type Movement, type PrismaClient } from '../../generated/prisma/client';
import { readSqlThrough, type ReadSql } from '../../db/sql';
import { keysetSql, paginateKeyset, type KeysetRead, type Page, type PageArgs } from '../../shared/pagination';
import { levelColumns, reservedSql, type LevelFigures } from './available';
import { checkpointAtOrBefore, levelsAsOfSql } from './checkpoints';
import type { RowCursor } from '../../shared/row-cursor';
import { productColumnsSql, type ProductRow } from '../catalog';
import { locationFromJson, locationJsonSql, type LocationJson } from '../locations';
import {
  levelRows,
  movementCount,
  movementLedger,
  movementPage,
  movementPageJsonSql,
  movementPageSelect,
  movementsFromJson,
  MOVEMENT_ORDER,
  stockStates,
  stockTotals,
  type LedgerRow,
  type LevelFilter,
  type LevelRow,
  type MovementFilter,
  type StockStates,
  type StockTotals,
} from './store';

export type { LedgerRow, LevelFilter, LevelRow, MovementFilter, StockStates, StockTotals };

export interface HistoricalLevel {
  productId: string;
  locationId: string;
  onHand: number;
  damaged: number;
  qualityControl: number;
  /** Its product, when the snapshot's reader read them together: the level answers without a lookup. */
  product?: ProductRow;
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
  storedDamaged: number;
  ledgerDamaged: number;
  storedQualityControl: number;
  ledgerQualityControl: number;
  storedReserved: number;
  heldReserved: number;
  storedCommitted: number;
  heldCommitted: number;
}

/** Levels as levelsWithLocations reads them, with the locations they are at. */
export interface LevelsWithLocations {
  levels: LevelWithLocation[];
  locations: Location[];
}

/** Products as productsWithLevels reads them: each one's levels (by id), and the locations they are at. */
export interface ProductsWithLevels {
  products: ProductRow[];
  levels: Map<string, LevelWithLocation[]>;
  locations: Location[];
}

/** A level as JSON: its time arrives as text. */
type LevelJson = Omit<LevelFigures, 'updatedAt'> & { updatedAt: string };

/** The products' levels as the CTE `level`, for the statements that read them with their locations. */
function levelsOfCte(productIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`level AS (SELECT ${levelColumns('s')} FROM stock_level s WHERE s.product_id = ANY (${[...productIds]}::uuid[]))`;
}

/** The locations the CTE `level` names, as one JSON array (null when there are none); it runs once. */
const LEVEL_LOCATIONS = Prisma.sql`(SELECT json_agg(${locationJsonSql('l')}) FROM location l
  WHERE l.id IN (SELECT "locationId" FROM level))`;

/** A product page as productWithMovements reads it. */
export interface ProductWithMovements {
  product: ProductRow;
  levels: LevelWithLocation[];
  /** Where its levels are and its movements are from and to. */
  locations: Location[];
  /** The first read of the page of movements asked for (see planPage). */
  movements: Movement[];
}

/** A level read with the location it is at, so StockLevel.location answers without a promise. */
export type LevelWithLocation = LevelFigures & { location?: Location };

/**
 * Levels read as JSON, each given its location (one object per location, shared). The parsed
 * objects are the statement's own, so they are completed in place: a catalogue page has hundreds.
 */
function withLocations(levels: LevelJson[], locations: Location[]): LevelWithLocation[] {
  const byId = new Map(locations.map((location) => [location.id, location]));
  for (const level of levels as Array<LevelJson | LevelWithLocation>) {
    level.updatedAt = new Date(level.updatedAt);
    (level as LevelWithLocation).location = byId.get(level.locationId);
  }
  return levels as unknown as LevelWithLocation[];
}

/**
 * A product page's levels and the locations they are at, read in the page's own statement
 * (CatalogService.listProducts reads `columns` beside each product row `p`, and `once` for the
 * CTE `page` of them all): a catalogue page that shows stock is one statement.
 */
export const LEVELS_ALONG_PRODUCTS = {
  columns: Prisma.sql`COALESCE((SELECT json_agg(level ORDER BY "locationId")
    FROM (SELECT ${levelColumns('s')} FROM stock_level s WHERE s.product_id = p.id) AS level), '[]')`,
  once: Prisma.sql`(SELECT json_agg(${locationJsonSql('l')}) FROM location l
    WHERE l.id IN (SELECT s.location_id FROM stock_level s WHERE s.product_id IN (SELECT id FROM page)))`,
};

/** The levels LEVELS_ALONG_PRODUCTS read, by product, each given its location. */
export function levelsReadAlong(
  rows: ReadonlyArray<{ id: string; along?: unknown }>,
  once: unknown,
): Omit<ProductsWithLevels, 'products'> {
  const locations = ((once ?? []) as LocationJson[]).map(locationFromJson);
  const levels = new Map(rows.map((row) => [row.id, withLocations(row.along as LevelJson[], locations)]));
  return { levels, locations };
}

export interface StockVerification {
  ok: boolean;
  checkedLevels: number;
  differences: StockDifference[];
}

/** Whole-location snapshots read at once by one server; see locationStockAsOf. */
export const WHOLE_LOCATION_READS = 2;

export class StockQueries {
  private readonly wholeLocationReads = pLimit(WHOLE_LOCATION_READS);

  constructor(
    private readonly prisma: PrismaClient,
    /** The hot reads' statements (a product's levels, a page of movements), sent without Prisma's runtime. */
    private readonly readSql: ReadSql = readSqlThrough(prisma),
  ) {}

  /** On hand and available of each product, summed over its levels, in one query for the whole batch. */
  async totalsByProduct(productIds: readonly string[]): Promise<Map<string, StockTotals>> {
    const rows = await stockTotals(this.readSql, productIds);
    return new Map(rows.map(({ productId, ...totals }) => [productId, totals]));
  }

  /** Each product's held, unsellable and safety-stock units, summed over its levels, in one query for the batch. */
  async statesByProduct(productIds: readonly string[]): Promise<Map<string, StockStates>> {
    const rows = await stockStates(this.prisma, productIds);
    return new Map(rows.map(({ productId, ...states }) => [productId, states]));
  }

  /** The level of each product at one location, in one query for the whole batch. */
  levelsByProduct(productIds: readonly string[], locationId: string): Promise<LevelFigures[]> {
    return this.prisma.$queryRaw<LevelFigures[]>`/* levelsByProduct */
      SELECT ${levelColumns('s')} FROM stock_level s
      WHERE s.product_id = ANY (${[...productIds]}::uuid[]) AND s.location_id = ${locationId}::uuid
      ORDER BY s.product_id, s.location_id`;
  }

  /**
   * Every level of each product and the locations they are at, in one statement: a page that shows
   * levels with their locations (the catalogue, a product page) needs no statement for the locations.
   * One row of JSON, so the locations come once however many levels share them.
   */
  async levelsWithLocations(productIds: readonly string[]): Promise<LevelsWithLocations> {
    const [row] = await this.readSql<{ levels: LevelJson[]; locations: LocationJson[] }>(Prisma.sql`
      /* levelsWithLocations */
      WITH ${levelsOfCte(productIds)}
      SELECT COALESCE((SELECT json_agg(level ORDER BY "productId", "locationId") FROM level), '[]') AS levels,
             COALESCE(${LEVEL_LOCATIONS}, '[]') AS locations`);
    const locations = row!.locations.map(locationFromJson);
    return { levels: withLocations(row!.levels, locations), locations };
  }

  /**
   * Products with their levels and the locations those are at, in one statement: a product page
   * that shows stock reads no more for it.
   */
  async productsWithLevels(productIds: readonly string[]): Promise<ProductsWithLevels> {
    const rows = await this.readSql<ProductRow & { levels: LevelJson[]; locations: LocationJson[] | null }>(Prisma.sql`
      /* productsWithLevels */
      WITH ${levelsOfCte(productIds)}
      SELECT ${productColumnsSql('p')},
             COALESCE((SELECT json_agg(level ORDER BY "locationId") FROM level WHERE level."productId" = p.id), '[]') AS levels,
             ${LEVEL_LOCATIONS} AS locations
      FROM product p WHERE p.id = ANY (${[...productIds]}::uuid[])`);
    const locations = (rows[0]?.locations ?? []).map(locationFromJson);
    const levels = new Map<string, LevelWithLocation[]>();
    const products = rows.map(({ levels: json, locations: _locations, ...product }) => {
      levels.set(product.id, withLocations(json, locations));
      return product;
    });
    return { products, levels, locations };
  }

  /**
   * A product, its levels, the first read of a page of its movements, and the locations both
   * name, in one statement: a product page that shows stock and movements costs one round trip.
   */
  async productWithMovements(productId: string, read: KeysetRead): Promise<ProductWithMovements | null> {
    const [row] = await this.readSql<
      ProductRow & { levels: LevelJson[]; locations: LocationJson[] | null; movements: unknown }
    >(
      Prisma.sql`/* productWithMovements */
      WITH ${levelsOfCte([productId])},
      moves AS (${movementPageSelect({ productId }, read)})
      SELECT ${productColumnsSql('p')},
             COALESCE((SELECT json_agg(level ORDER BY "locationId") FROM level), '[]') AS levels,
             (SELECT json_agg(${locationJsonSql('l')}) FROM location l
               WHERE l.id IN (SELECT "locationId" FROM level
                              UNION SELECT "fromLocationId"::uuid FROM moves UNION SELECT "toLocationId"::uuid FROM moves)) AS locations,
             (SELECT ${movementPageJsonSql('moves', read)} FROM moves) AS movements
      FROM product p WHERE p.id = ${productId}::uuid`,
    );
    if (!row) return null;
    const { levels: json, locations: locationsJson, movements, ...product } = row;
    const locations = (locationsJson ?? []).map(locationFromJson);
    return { product, levels: withLocations(json, locations), locations, movements: movementsFromJson(movements) };
  }

  /** The levels at each (product, location) asked that exist. */
  levelsAt(keys: ReadonlyArray<{ productId: string; locationId: string }>): Promise<LevelFigures[]> {
    const wanted = Prisma.join(keys.map((key) => Prisma.sql`(${key.productId}::uuid, ${key.locationId}::uuid)`));
    return this.prisma.$queryRaw<LevelFigures[]>`/* levelsAt */
      SELECT ${levelColumns('s')} FROM stock_level s WHERE (s.product_id, s.location_id) IN (${wanted})`;
  }

  /** A location's levels, ordered by product id (stable across pages). */
  levelsAtLocation(locationId: string, page: PageArgs): Promise<Page<LevelFigures>> {
    const layout = {
      sortField: 'productId' as const,
      idField: 'productId' as const,
      direction: 'asc' as const,
      cursor: { sortValue: 'uuid' as const, id: 'uuid' as const },
    };
    const read = (query: KeysetRead) => {
      const columns = { sort: Prisma.sql`s.product_id`, id: Prisma.sql`s.product_id` };
      const bounds = [Prisma.sql`s.location_id = ${locationId}::uuid`];
      for (const bound of query.bounds) bounds.push(keysetSql(layout, columns, bound));
      return this.prisma.$queryRaw<LevelFigures[]>`/* levelsAtLocation */
        SELECT ${levelColumns('s')} FROM stock_level s
        WHERE ${Prisma.join(bounds, ' AND ')}
        ORDER BY s.product_id ${Prisma.raw(query.direction === 'asc' ? 'ASC' : 'DESC')}
        LIMIT ${query.take}::int`;
    };
    const count = async () => this.prisma.stockLevel.count({ where: { locationId } });
    return paginateKeyset<LevelFigures>({ ...layout, read, count }, page);
  }

  /**
   * Movements newest first by business time, then by recording order. With `locationsRead`, the
   * page's statement also reads the locations its movements are from and to, and hands them over.
   */
  listMovements(
    filter: MovementFilter,
    page: PageArgs,
    locationsRead?: (locations: Location[]) => void,
    /** The page's first read, when the statement that read its product made it. */
    readAhead?: Movement[],
  ): Promise<Page<Movement>> {
    return paginateKeyset<Movement>(
      {
        ...MOVEMENT_ORDER,
        read: (query) => movementPage(this.readSql, filter, query, locationsRead),
        count: () => movementCount(this.prisma, filter),
      },
      page,
      readAhead,
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

  /**
   * A product's stock at a past moment, by business time: the nearest monthly checkpoint at or
   * before it plus the lines since (checkpoints.ts), equal to summing its whole ledger.
   */
  async productStockAsOf(
    productId: string,
    at: Date,
    locationId?: string,
    /** Told the locations the levels are at, read in the same statement. */
    locationsRead?: (locations: Location[]) => void,
  ): Promise<StockAsOf> {
    const checkpoint = await checkpointAtOrBefore(this.prisma, at);
    // One row: the levels, and the locations they are at read once (not again on every level's row).
    const [row] = await this.readSql<{ levels: HistoricalLevel[]; locations: LocationJson[] | null }>(Prisma.sql`
      /* productStockAsOf */
      WITH level AS (
        SELECT product_id AS "productId", location_id AS "locationId", ${HISTORICAL_FIGURES}
        FROM (${levelsAsOfSql(at, { productId, locationId }, checkpoint)}) AS level
        WHERE on_hand <> 0
      )
      SELECT COALESCE(json_agg(level ORDER BY "locationId"), '[]') AS levels,
             ${locationsRead ? LEVEL_LOCATIONS : Prisma.sql`NULL::json`} AS locations
      FROM level`);
    if (locationsRead && row?.locations) locationsRead(row.locations.map(locationFromJson));
    return snapshot(at, row?.levels ?? []);
  }

  /**
   * Every product's stock at one location at a past moment, summed as productStockAsOf sums. With
   * `productsOf`, each level is handed its product, read in one batch (in any order), so that it
   * answers `product` without a lookup of its own. A location holds thousands of levels, so the
   * server reads at most WHOLE_LOCATION_READS such snapshots at once and queues the rest: each
   * costs megabytes while it is read (levels and products), and fifty at once held the server's
   * memory above a gigabyte.
   */
  locationStockAsOf(
    locationId: string,
    at: Date,
    productsOf?: (ids: string[]) => Promise<readonly ProductRow[]>,
  ): Promise<StockAsOf> {
    return this.wholeLocationReads(async () => {
      const checkpoint = await checkpointAtOrBefore(this.prisma, at);
      const levels = await this.readSql<HistoricalLevel>(Prisma.sql`/* locationStockAsOf */
        SELECT product_id AS "productId", location_id AS "locationId", ${HISTORICAL_FIGURES}
        FROM (${levelsAsOfSql(at, { locationId }, checkpoint)}) AS level
        WHERE on_hand <> 0
        ORDER BY product_id`);
      if (!productsOf) return snapshot(at, levels);
      const products = new Map(
        (await productsOf(levels.map((level) => level.productId))).map((product) => [product.id, product]),
      );
      return snapshot(
        at,
        levels.map((level) => {
          const product = products.get(level.productId);
          return product ? { ...level, product } : level;
        }),
      );
    });
  }

  /**
   * Recomputes every level from the ledger (on hand, damaged, quality control) and from the open
   * reservations (reserved, committed), and lists where the projection disagrees.
   */
  async verify(): Promise<StockVerification> {
    const [rows, differences] = await Promise.all([
      this.prisma.$queryRaw<Array<{ count: bigint }>>`
        SELECT COUNT(*) AS count FROM (
          SELECT product_id, location_id FROM stock_level
          UNION SELECT DISTINCT product_id, location_id FROM movement_line
        ) AS pairs`,
      this.prisma.$queryRaw<StockDifference[]>`
        SELECT COALESCE(level.product_id, ledger.product_id, held.product_id) AS "productId",
               COALESCE(level.location_id, ledger.location_id, held.location_id) AS "locationId",
               COALESCE(level.on_hand, 0)::int AS "storedOnHand",
               COALESCE(ledger.on_hand, 0)::int AS "ledgerOnHand",
               COALESCE(level.damaged, 0)::int AS "storedDamaged",
               COALESCE(ledger.damaged, 0)::int AS "ledgerDamaged",
               COALESCE(level.quality_control, 0)::int AS "storedQualityControl",
               COALESCE(ledger.quality_control, 0)::int AS "ledgerQualityControl",
               COALESCE(level.reserved, 0)::int AS "storedReserved",
               COALESCE(held.reserved, 0)::int AS "heldReserved",
               COALESCE(level.committed, 0)::int AS "storedCommitted",
               COALESCE(held.committed, 0)::int AS "heldCommitted"
        FROM (SELECT s.product_id, s.location_id, s.on_hand, s.damaged, s.quality_control, s.committed,
                     ${reservedSql('s')} AS reserved
              FROM stock_level s) AS level
        FULL JOIN (
          SELECT product_id, location_id, SUM(delta) AS on_hand,
                 SUM(delta) FILTER (WHERE state = 'DAMAGED') AS damaged,
                 SUM(delta) FILTER (WHERE state = 'QUALITY_CONTROL') AS quality_control
          FROM movement_line GROUP BY product_id, location_id
        ) AS ledger ON ledger.product_id = level.product_id AND ledger.location_id = level.location_id
        FULL JOIN (
          SELECT l.product_id, l.location_id,
                 SUM(l.quantity - l.fulfilled - l.released) FILTER (WHERE r.status = 'ACTIVE' AND r.expires_at > now()) AS reserved,
                 SUM(l.quantity - l.fulfilled - l.released) FILTER (WHERE r.status = 'COMMITTED') AS committed
          FROM reservation_line l JOIN reservation r ON r.id = l.reservation_id
          WHERE r.status IN ('ACTIVE', 'COMMITTED')
          GROUP BY l.product_id, l.location_id
        ) AS held ON held.product_id = COALESCE(level.product_id, ledger.product_id)
                 AND held.location_id = COALESCE(level.location_id, ledger.location_id)
        WHERE COALESCE(level.on_hand, 0) <> COALESCE(ledger.on_hand, 0)
           OR COALESCE(level.damaged, 0) <> COALESCE(ledger.damaged, 0)
           OR COALESCE(level.quality_control, 0) <> COALESCE(ledger.quality_control, 0)
           OR COALESCE(level.reserved, 0) <> COALESCE(held.reserved, 0)
           OR COALESCE(level.committed, 0) <> COALESCE(held.committed, 0)
        ORDER BY 1, 2`,
    ]);
    return { ok: differences.length === 0, checkedLevels: Number(rows[0]?.count ?? 0), differences };
  }
}

/** A level's figures from levelsAsOfSql: on hand over every state, and the unsellable states. */
const HISTORICAL_FIGURES = Prisma.sql`on_hand AS "onHand", damaged, quality_control AS "qualityControl"`;

function snapshot(at: Date, levels: HistoricalLevel[]): StockAsOf {
  return { at, onHand: levels.reduce((sum, level) => sum + level.onHand, 0), levels };
}
