// The incoming module's public surface: transfers in transit, purchase orders and `incoming`.
export { IncomingQueries, type IncomingQuantity } from './incoming';
export { incomingLoaders, type IncomingLoaders } from './loaders';
export { TransferService } from './transfers';
export { PurchaseOrderService, type Suggestion, type SuggestionSource } from './purchase-orders';
export { openIncomingSql, withIncoming, type PurchaseOrderRecord, type TransferRecord } from './store';
