// The incoming module's per-request DataLoaders: transfers by id and incoming schedules.
import DataLoader from 'dataloader';
import { byKey, type LoaderFactories } from '../../shared/loaders';
import type { IncomingQuantity, IncomingQueries } from './incoming';
import type { PurchaseOrderService } from './purchase-orders';
import type { PurchaseOrderRecord, TransferRecord } from './store';
import type { TransferService } from './transfers';

export interface IncomingLoaders {
  transferById: DataLoader<string, TransferRecord | null>;
  purchaseOrderById: DataLoader<string, PurchaseOrderRecord | null>;
  /** Incoming by expected day, keyed by incomingKey: every level or product of a page in one statement. */
  incomingSchedule: DataLoader<string, IncomingQuantity[]>;
}

export function incomingLoaders(services: {
  transfers: TransferService;
  purchaseOrders: PurchaseOrderService;
  incoming: IncomingQueries;
}): LoaderFactories<IncomingLoaders> {
  return {
    transferById: () =>
      new DataLoader(
        byKey(
          (ids) => services.transfers.byIds(ids),
          (transfer) => transfer.id,
        ),
      ),
    purchaseOrderById: () =>
      new DataLoader(
        byKey(
          (ids) => services.purchaseOrders.byIds(ids),
          (order) => order.id,
        ),
      ),
    incomingSchedule: () => new DataLoader((keys) => services.incoming.schedules(keys)),
  };
}
