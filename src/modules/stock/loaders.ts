// The stock module's per-request DataLoaders: movements and their reversals, and products' stock
// totals and levels.
import DataLoader from 'dataloader';
import type { Movement } from '../../generated/prisma/client';
import { byKey, groupedBy, loaderPer, type LoaderFactories } from '../../shared/loaders';
import type { LevelState } from './ledger';
import type { StockQueries, StockTotals } from './queries';

export interface StockLoaders {
  movementById: DataLoader<string, Movement | null>;
  reversalOf: DataLoader<string, Movement | null>;
  stockTotals: DataLoader<string, StockTotals>;
  /** Levels of a product at every location. */
  stockLevels: DataLoader<string, LevelState[]>;
  /** Levels of a product at one location, one loader per location asked about. */
  stockLevelsAt(locationId: string): DataLoader<string, LevelState[]>;
}

/** Movement ids are bigint; loader keys are their decimal text (global IDs carry them so). */
const movementIds = (keys: readonly string[]) => keys.map((key) => BigInt(key));

export function stockLoaders(stockQueries: StockQueries): LoaderFactories<StockLoaders> {
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
  };
}
