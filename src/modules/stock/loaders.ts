// The stock module's per-request DataLoaders: movements and their reversals, and products' stock
// totals and levels.
import DataLoader from 'dataloader';
import type { Movement } from '../../generated/prisma/client';
import { byKey, groupedBy, loaderPer, type LoaderFactories } from '../../shared/loaders';
import type { LevelFigures } from './available';
import { levelKey } from './ledger';

// The key openReservationsAt takes, for the StockLevel resolver.
export { levelKey };
import type { StockQueries, StockStates, StockTotals } from './queries';
import type { ReservationQueries, ReservationRecord } from './reservations';

export interface StockLoaders {
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
): LoaderFactories<StockLoaders> {
  return {
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
        const totals = await stockQueries.totalsByProduct(ids);
        return ids.map((id) => totals.get(id) ?? { onHand: 0, available: 0 });
      }),
    stockStates: () =>
      new DataLoader(async (ids) => {
        const states = await stockQueries.statesByProduct(ids);
        const none = { reserved: 0, committed: 0, damaged: 0, qualityControl: 0, safetyStock: 0 };
        return ids.map((id) => states.get(id) ?? none);
      }),
    stockLevels: () =>
      new DataLoader(
        groupedBy(
          (ids) => stockQueries.levelsByProduct(ids),
          (row) => row.productId,
        ),
      ),
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
