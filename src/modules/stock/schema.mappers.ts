// Stock GraphQL types are backed by ledger rows and the services' plain results.
import type { Movement } from '../../generated/prisma/client';
import type { Page } from '../../shared/pagination';
import type { LevelState, WriteResult } from './ledger';
import type { HistoricalLevel, StockAsOf, StockDifference, StockVerification } from './queries';

export type MovementMapper = Movement;
export type MovementConnectionMapper = Page<Movement>;
export type StockLevelMapper = LevelState;
export type StockLevelConnectionMapper = Page<LevelState>;
export type HistoricalStockLevelMapper = HistoricalLevel;
export type StockAsOfMapper = StockAsOf;
export type StockVerificationMapper = StockVerification;
export type StockDifferenceMapper = StockDifference;
export type StockMovementPayloadMapper = Omit<WriteResult, 'movements'> & { movement: Movement | null };
export type RecordMovementsPayloadMapper = WriteResult;
