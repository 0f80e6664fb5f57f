// Subscription message types are backed by the live service's plain results.
import type { LevelsChange, ReorderAlert, ReservationChange } from './service';

export type StockLevelChangeMapper = LevelsChange;
export type ReservationChangeMapper = ReservationChange;
export type LowStockAlertMapper = ReorderAlert;
