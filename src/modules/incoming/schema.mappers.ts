// Incoming GraphQL types are backed by document rows and the ledger's write results.
import type { PurchaseOrderLine, PurchaseOrderStatus, TransferLine } from '../../generated/prisma/client';
import type { UserError } from '../../shared/errors';
import type { Page } from '../../shared/pagination';
import type { WriteResult } from '../stock';
import type { IncomingQuantity } from './incoming';
import type { OrderStatusChange } from './purchase-orders';
import type { PurchaseOrderRecord, TransferRecord } from './store';
import type { StatusChange } from './transfers';

export type TransferMapper = TransferRecord;
export type TransferLineMapper = TransferLine;
export type TransferStatusChangeMapper = StatusChange;
export type TransferPayloadMapper = WriteResult;
export type IncomingQuantityMapper = IncomingQuantity;
export type PurchaseOrderMapper = PurchaseOrderRecord;
export type PurchaseOrderLineMapper = PurchaseOrderLine & { orderStatus: PurchaseOrderStatus };
export type PurchaseOrderStatusChangeMapper = OrderStatusChange;
export type PurchaseOrderPayloadMapper = WriteResult;
export type CreatePurchaseOrdersFromSuggestionsPayloadMapper = {
  purchaseOrders: PurchaseOrderRecord[];
  unassigned: string[];
  userErrors: UserError[];
};
export type TransferConnectionMapper = Page<TransferRecord>;
export type PurchaseOrderConnectionMapper = Page<PurchaseOrderRecord>;
