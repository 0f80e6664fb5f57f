// The stock module's per-request DataLoaders: movements and their reversals, and products' stock
// totals and levels.
import DataLoader from 'dataloader';
import type { Location, Movement } from '../../generated/prisma/client';
import { byKey, groupedBy, loaderPer, type LoaderFactories } from '../../shared/loaders';
import { planPage, type PageArgs, type PagePlan } from '../../shared/pagination';
import { MOVEMENT_ORDER } from './store';
import { available, type LevelFigures } from './available';
import { levelKey } from './ledger';

// The key openReservationsAt takes, for the StockLevel resolver.
export { levelKey };
import {
  LEVELS_ALONG_PRODUCTS,
  levelsReadAlong,
  type StockQueries,
  type StockStates,
  type StockTotals,
} from './queries';
import type { ProductRow, ProductsReadAlong } from '../catalog';
import type { ReservationQueries, ReservationRecord } from './reservations';

/** Rows of other modules a stock statement reads along with its own (see context.ts). */
export interface RowsReadAlong {
  locations(rows: Location[]): void;
  products(rows: ProductRow[]): void;
}

export interface StockLoaders {
  /** A product with its levels and their locations read in the same statement (primes stockLevels). */
  productWithLevels: DataLoader<string, ProductRow | null>;
  /**
   * A product page in one statement: the product, its levels, and the first read of the page of its
   * movements that `page` asks for. Primes stockLevels, the locations and the product, and keeps
   * the movements for Product.movements (movementsReadAhead). Undefined when `page` makes no page
   * of movements: the movements field then answers with its own error.
   */
  productWithMovements(productId: string, page: PageArgs): Promise<ProductRow | null> | undefined;
  /** Movements read ahead with their product, by product id, with the page arguments they answer. */
  movementsReadAhead: Map<string, { page: PageArgs; rows: Movement[] }>;
  /** A catalogue page's levels and their locations, read in the page's statement (primes stockLevels). */
  levelsAlongProducts: ProductsReadAlong;
  movementById: DataLoader<string, Movement | null>;
  reversalOf: DataLoader<string, Movement | null>;
  stockTotals: DataLoader<string, StockTotals>;
  stockStates: DataLoader<string, StockStates>;
  /** Levels of a product at every location. */
  stockLevels: DataLoader<string, LevelFigures[]>;
  /** Levels of a product at one location, one loader per location asked about. */
  stockLevelsAt(locationId: string): DataLoader<string, LevelFigures[]>;
  reservationById: DataLoader<string, ReservationRecord | null>;
  /** The reservations holding units at a level now, keyed "<productId>/<locationId>". */
  openReservationsAt: DataLoader<string, ReservationRecord[]>;
}

/** Movement ids are bigint; loader keys are their decimal text (global IDs carry them so). */
const movementIds = (keys: readonly string[]) => keys.map((key) => BigInt(key));

export function stockLoaders(
  stockQueries: StockQueries,
  reservationQueries: ReservationQueries,
  /** Told the rows other modules load that a stock statement read along, to prime their loaders. */
  alsoRead: RowsReadAlong,
): LoaderFactories<StockLoaders> {
  // Created on first use within the request, and shared: when a request reads both a product's
  // levels and its totals (a catalogue page), the totals are summed from the levels, one statement
  // for both instead of two. The same statement reads the locations the levels are at.
  let levels: DataLoader<string, LevelFigures[]> | undefined;
  const levelsLoader = () =>
    (levels ??= new DataLoader(
      groupedBy(
        async (ids) => {
          const read = await stockQueries.levelsWithLocations(ids);
          alsoRead.locations(read.locations);
          return read.levels;
        },
        (row) => row.productId,
      ),
    ));
  const readAhead = new Map<string, { page: PageArgs; rows: Movement[] }>();
  return {
    productWithMovements: () => (productId, page) => {
      let plan: PagePlan;
      try {
        plan = planPage(MOVEMENT_ORDER, page);
      } catch {
        return undefined;
      }
      return stockQueries.productWithMovements(productId, plan.read).then((read) => {
        if (!read) return null;
        levelsLoader().prime(productId, read.levels);
        alsoRead.locations(read.locations);
        alsoRead.products([read.product]);
        readAhead.set(productId, { page, rows: read.movements });
        return read.product;
      });
    },
    movementsReadAhead: () => readAhead,
    levelsAlongProducts: () => ({
      ...LEVELS_ALONG_PRODUCTS,
      read: (rows, once) => {
        const read = levelsReadAlong(rows, once);
        const loader = levelsLoader();
        for (const row of rows) loader.prime(row.id, read.levels.get(row.id) ?? []);
        alsoRead.locations(read.locations);
      },
    }),
    productWithLevels: () =>
      new DataLoader(async (ids) => {
        const read = await stockQueries.productsWithLevels(ids);
        const loader = levelsLoader();
        for (const id of ids) loader.prime(id, read.levels.get(id) ?? []);
        alsoRead.locations(read.locations);
        alsoRead.products(read.products);
        const byId = new Map(read.products.map((product) => [product.id, product]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    movementById: () =>
      new DataLoader(
        byKey(
          (ids) => stockQueries.movementsByIds(movementIds(ids)),
          (row) => String(row.id),
        ),
      ),
    reversalOf: () =>
      new DataLoader(
        byKey(
          (ids) => stockQueries.reversalsOf(movementIds(ids)),
          (row) => String(row.reversalOfId),
        ),
      ),
    stockTotals: () =>
      new DataLoader(async (ids) => {
        // The levels loader exists by the time this batch runs if any field of this request asked
        // for levels (graphql-js resolves a list's fields before DataLoader dispatches).
        if (levels) return (await levels.loadMany(ids)).map((rows) => (rows instanceof Error ? rows : totalsOf(rows)));
        const totals = await stockQueries.totalsByProduct(ids);
        return ids.map((id) => totals.get(id) ?? { onHand: 0, available: 0 });
      }),
    stockStates: () =>
      new DataLoader(async (ids) => {
        const states = await stockQueries.statesByProduct(ids);
        const none = { reserved: 0, committed: 0, damaged: 0, qualityControl: 0, safetyStock: 0 };
        return ids.map((id) => states.get(id) ?? none);
      }),
    stockLevels: levelsLoader,
    stockLevelsAt: () =>
      loaderPer((ids, locationId: string) =>
        groupedBy(
          (keys) => stockQueries.levelsByProduct(keys, locationId),
          (row) => row.productId,
        )(ids),
      ),
    reservationById: () =>
      new DataLoader(
        byKey(
          (ids) => reservationQueries.byIds(ids),
          (row) => row.id,
        ),
      ),
    openReservationsAt: () =>
      new DataLoader(
        groupedBy(
          (keys) =>
            reservationQueries.openAt(
              keys.map((key) => {
                const [productId, locationId] = key.split('/');
                return { productId: productId!, locationId: locationId! };
              }),
            ),
          levelKey,
        ),
      ),
  };
}

/** A product's totals summed from its levels, as the stockTotals statement sums them. */
function totalsOf(rows: LevelFigures[]): StockTotals {
  return {
    onHand: rows.reduce((sum, level) => sum + level.onHand, 0),
    available: rows.reduce((sum, level) => sum + available(level), 0),
  };
}
