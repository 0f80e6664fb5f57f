// The stock module's public surface: its services (commands and reads), its DataLoaders, and the
// one definition of `available` that other modules' statements use. Other code imports stock from
// here, never from its files (eslint.config.mjs holds this).
export { StockService } from './service';
export {
  StockQueries,
  type LedgerRow,
  type LevelFilter,
  type LevelRow,
  type MovementFilter,
  type StockDifference,
} from './queries';
export { stockLoaders, type StockLoaders } from './loaders';
export { available, availableSql, levelColumns, type AvailabilityFigures, type LevelFigures } from './available';
export { ReservationQueries, ReservationService, type ReservationFilter, type ReservationRecord } from './reservations';
export { productChanged } from './events';
// The historical read the valuation shares with stockAsOf: from the nearest monthly checkpoint.
export {
  builtSalesMonthsWithin,
  checkpointAtOrBefore,
  checkpointNearest,
  levelsAsOfSql,
  summedHoursWithin,
} from './checkpoints';
// For documents that move stock through the ledger (transfers, purchase orders in src/modules/incoming).
export {
  failedWrite,
  type Ledger,
  type LevelBook,
  type MovementDraft,
  type PlannedRow,
  type WriteResult,
} from './ledger';
export { checkKey, MAX_MOVEMENT_QUANTITY } from './service';
// For the bulk import (src/modules/import): the row rules of recordMovements, applied before its ledger writes.
export { checkRow, type Catalog, type MovementRow } from './service';
// For the movements import (src/modules/import/movements-store.ts), which records a batch of rows
// set-based under the ledger's locks and rules: the same SQL figures, messages, checkpoint lock and events.
export { insufficient, levelKey, linesOf, type LevelKey } from './ledger';
export { reservedSql, reservedUntilSql } from './available';
export { CHECKPOINT_LOCK_SHARED, startOfUtcMonth } from './checkpoints';
export { crossingEvents, watched, type Crossing, type LockedProduct } from './events';
