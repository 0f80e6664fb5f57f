// Stock GraphQL types are backed by ledger rows and the services' plain results.
import type { Movement } from '../../generated/prisma/client';
import type { Page } from '../../shared/pagination';
import type { ReservationLine } from '../../generated/prisma/client';
import type { LevelFigures } from './available';
import type { WriteResult } from './ledger';
import type { HistoricalLevel, LevelWithLocation, StockAsOf, StockDifference, StockVerification } from './queries';
import type { ReservationRecord } from './reservations';

export type MovementMapper = Movement;
export type MovementConnectionMapper = Page<Movement>;
/** A level; `location` is set when the statement that read it read its location too. */
export type StockLevelMapper = LevelWithLocation;
export type StockLevelConnectionMapper = Page<LevelFigures>;
export type HistoricalStockLevelMapper = HistoricalLevel;
export type StockAsOfMapper = StockAsOf;
export type StockVerificationMapper = StockVerification;
export type StockDifferenceMapper = StockDifference;
export type StockMovementPayloadMapper = Omit<WriteResult, 'movements' | 'reservationId'> & {
  movement: Movement | null;
};
export type RecordMovementsPayloadMapper = WriteResult;
export type ReservationMapper = ReservationRecord;
export type ReservationConnectionMapper = Page<ReservationRecord>;
/** A line, and whether its reservation still holds units (ACTIVE and unexpired, or COMMITTED). */
export type ReservationLineMapper = ReservationLine & { holding: boolean };
export type ReservationPayloadMapper = WriteResult;
export type SetSafetyStockPayloadMapper = WriteResult;
