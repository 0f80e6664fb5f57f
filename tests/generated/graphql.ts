/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A correction of the quantity at a location. Give exactly one of `delta` and `countedQuantity`. */
export type AdjustStockInput = {
  /** The quantity a stocktake counted; the adjustment is the difference from the current on-hand quantity. */
  countedQuantity?: number | null | undefined;
  /** Units to add (positive) or remove (negative); not zero. */
  delta?: number | null | undefined;
  /** Compare-and-set: the on-hand quantity the client believes is current. When it differs, nothing is written and the result is `STALE_QUANTITY`. */
  expectedOnHand?: number | null | undefined;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** The location. */
  locationId: string | number;
  /** Free text, up to 1,000 characters. */
  note?: string | null | undefined;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: string | null | undefined;
  /** The product. */
  productId: string | number;
  /** Why; defaults to CYCLE_COUNT for a count and CORRECTION for a delta. */
  reason?: MovementReason | null | undefined;
  /** E.g. the stocktake number. */
  reference?: string | null | undefined;
};

/** Which import job to cancel. */
export type CancelImportJobInput = {
  /** The job's ID. */
  id: string | number;
};

/** What `cancelPurchaseOrder` cancels. */
export type CancelPurchaseOrderInput = {
  /** Makes the request safe to retry (see `createPurchaseOrder`). */
  idempotencyKey?: string | null | undefined;
  /** The DRAFT or ORDERED order, with no receipts. */
  purchaseOrderId: string | number;
  /** Why (up to 1,000 characters). */
  reason?: string | null | undefined;
};

/** What `cancelTransfer` cancels. */
export type CancelTransferInput = {
  /** Makes the request safe to retry (see `createTransfer`). */
  idempotencyKey?: string | null | undefined;
  /** Why (up to 1,000 characters). */
  reason?: string | null | undefined;
  /** The transfer, DRAFT, IN_TRANSIT or PARTIALLY_RECEIVED. */
  transferId: string | number;
};

/** A password change. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** The new password: 10 to 200 characters. */
  newPassword: string;
};

/** Units changing state at one location. */
export type ChangeStockStateInput = {
  /** The state they leave. */
  from: StockState;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** The location. */
  locationId: string | number;
  /** Free text, up to 1,000 characters. */
  note?: string | null | undefined;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: string | null | undefined;
  /** The product. */
  productId: string | number;
  /** How many units; 1 to 1,000,000,000. */
  quantity: number;
  /** Why; defaults to DAMAGED, QUALITY_CHECK or CORRECTION by the state they go to. */
  reason?: MovementReason | null | undefined;
  /** E.g. an inspection number. */
  reference?: string | null | undefined;
  /** The state they arrive in; must differ from `from`. */
  to: StockState;
};

/** What `closePurchaseOrder` closes. */
export type ClosePurchaseOrderInput = {
  /** Makes the request safe to retry (see `createPurchaseOrder`). */
  idempotencyKey?: string | null | undefined;
  /** The ORDERED or PARTIALLY_RECEIVED order. */
  purchaseOrderId: string | number;
  /** Why (up to 1,000 characters). */
  reason?: string | null | undefined;
};

/** What `closeTransfer` closes. */
export type CloseTransferInput = {
  /** Makes the request safe to retry (see `createTransfer`). */
  idempotencyKey?: string | null | undefined;
  /** Why (1 to 1,000 characters); kept on the transfer and on the loss movements. */
  reason: string;
  /** The transfer, IN_TRANSIT, PARTIALLY_RECEIVED or RECEIVED. */
  transferId: string | number;
};

/** Which reservation to commit. */
export type CommitReservationInput = {
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** The reservation; it must be ACTIVE. */
  reservationId: string | number;
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** When it stops working; omit for never. */
  expiresAt?: string | null | undefined;
  /** True: the key may also manage webhook subscriptions, whatever its role. Default false. */
  manageWebhooks?: boolean | null | undefined;
  /** What the key is for, 1 to 200 characters. */
  name: string;
  /** True: the key may only run trusted (persisted) documents. Default false. */
  requirePersistedQueries?: boolean | null | undefined;
  /** What the key may do. */
  role: Role;
};

/** A new location. */
export type CreateLocationInput = {
  /** Postal address, up to 1,000 characters. */
  address?: string | null | undefined;
  /** Where reservations without a location are held first: higher first (-1,000 to 1,000; default 0). */
  allocationPriority?: number | null | undefined;
  /** Short code, 1 to 32 characters without white space. Must be unique, ignoring case. */
  code: string;
  /** Defaults to WAREHOUSE. */
  kind?: LocationKind | null | undefined;
  /** Display name, 1 to 200 characters. */
  name: string;
};

/** A new product. */
export type CreateProductInput = {
  /** Category name, up to 100 characters; defaults to `Uncategorised`. */
  category?: string | null | undefined;
  /** Up to 5,000 characters. */
  description?: string | null | undefined;
  /** Days from ordering to receiving, as usually seen. */
  leadTimeDays?: number | null | undefined;
  /** Display name, 1 to 200 characters. */
  name: string;
  /** The supplier it is usually bought from (up to 200 characters). */
  preferredSupplier?: string | null | undefined;
  /** Selling price per unit: zero or more, at most 4 decimal places. */
  price: string;
  /** Defaults to 0. */
  reorderPoint?: number | null | undefined;
  /** Defaults to 0. */
  reorderQuantity?: number | null | undefined;
  /** Stock-keeping unit, 1 to 64 characters without white space. Must be unique, ignoring case. */
  sku: string;
  /** Unit of measure, up to 20 characters; defaults to `pcs`. */
  unit?: string | null | undefined;
};

/** What `createPurchaseOrder` drafts. */
export type CreatePurchaseOrderInput = {
  /** When delivery is expected. */
  expectedAt?: string | null | undefined;
  /** Makes the request safe to retry: the same key with the same input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** 1 to 100 lines. */
  lines: Array<PurchaseOrderLineInput>;
  /** Where lines without their own `locationId` are delivered. */
  locationId?: string | number | null | undefined;
  /** The client's document, e.g. the supplier's order number (up to 100 characters). */
  reference?: string | null | undefined;
  /** Who the units are bought from (1 to 200 characters). */
  supplier: string;
};

/** What `createPurchaseOrdersFromSuggestions` drafts from. */
export type CreatePurchaseOrdersFromSuggestionsInput = {
  /** Only suggestions of products in this category (case-insensitive). */
  category?: string | null | undefined;
  /** When delivery is expected, on every order drafted. */
  expectedAt?: string | null | undefined;
  /** The location whose low-stock suggestions are ordered, and where they are delivered. */
  locationId: string | number;
  /** Suppliers per product, overriding each product's `preferredSupplier`. */
  supplierByProduct?: Array<SupplierForProductInput> | null | undefined;
};

/** What `createTransfer` drafts. */
export type CreateTransferInput = {
  /** When the units are expected to arrive. */
  expectedArrival?: string | null | undefined;
  /** Where the units leave from. */
  fromLocationId: string | number;
  /** Makes the request safe to retry: the same key with the same input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** 1 to 100 lines, each product once. */
  lines: Array<TransferLineInput>;
  /** The client's document, e.g. a delivery note number (up to 100 characters). */
  reference?: string | null | undefined;
  /** Where they go; a different location. */
  toLocationId: string | number;
};

/** A new user. */
export type CreateUserInput = {
  /** Sign-in email; unique, ignoring case. */
  email: string;
  /** Display name, 1 to 200 characters. */
  name: string;
  /** Initial password: 10 to 200 characters. The user should change it. */
  password: string;
  /** What the user may do. */
  role: Role;
};

/** A new webhook subscription. */
export type CreateWebhookSubscriptionInput = {
  /** What the subscription is for, up to 500 characters. */
  description?: string | null | undefined;
  /** The event types to send; omitted or empty means every type, including types added later. */
  eventTypes?: Array<EventType> | null | undefined;
  /**
   * The endpoint: an absolute https:// URL of at most 2,048 characters, without a user name or
   * password, whose host resolves to public addresses only.
   */
  url: string;
};

/** Why a mutation refused its input. Codes are stable; messages are for people and may change. */
export type ErrorCode =
  /** The reservation was already committed: it no longer expires, so it cannot be extended or committed again. */
  | 'ALREADY_COMMITTED'
  /** The movement was already reversed. */
  | 'ALREADY_REVERSED'
  /** The product or location is archived; restore it before recording new movements. */
  | 'ARCHIVED'
  /** A value is required and was empty or only white space. */
  | 'BLANK'
  /** A reversal cannot itself be reversed; record a new movement instead. */
  | 'CANNOT_REVERSE_REVERSAL'
  /** Another user already has this email; emails are compared ignoring case. */
  | 'DUPLICATE_EMAIL'
  /** Another location already has this code; codes are compared ignoring case. */
  | 'DUPLICATE_LOCATION_CODE'
  /** Another product already has this SKU; SKUs are compared ignoring case. */
  | 'DUPLICATE_SKU'
  /** More units were asked of a transfer or purchase-order line than it still has outstanding (plus its tolerance); the message gives how many. */
  | 'EXCEEDS_OUTSTANDING'
  /** More units were asked of the reservation than it still holds at this location (the message gives how many). */
  | 'EXCEEDS_RESERVATION'
  /** A persisted document's id is not the sha256 of its text (the message gives the right one). */
  | 'HASH_MISMATCH'
  /**
   * The first request with this idempotency key is still running, so nothing was written; retry
   * shortly with the same key to get its result (or to run it, if the first was refused).
   */
  | 'IDEMPOTENCY_KEY_IN_PROGRESS'
  /** This idempotency key was already used for a different request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The location has fewer units available than the movement needs (now, or at a later point in its history for a back-dated movement). The message gives both quantities. */
  | 'INSUFFICIENT_STOCK'
  /** The email or password is incorrect (which one is never said). */
  | 'INVALID_CREDENTIALS'
  /** A value does not have the required shape, e.g. a SKU containing spaces. */
  | 'INVALID_FORMAT'
  /** The ID is not a well-formed Stockroom global ID, or identifies an object of another type. */
  | 'INVALID_ID'
  /** The document's status does not allow this change (e.g. shipping a transfer that already shipped, cancelling a purchase order that has had receipts). */
  | 'INVALID_STATUS'
  /** The change would leave Stockroom without an active ADMIN. */
  | 'LAST_ADMIN'
  /** A field was given that does not apply here, e.g. a unit cost on a shipment. */
  | 'NOT_APPLICABLE'
  /** No object has this ID (or SKU, or code). */
  | 'NOT_FOUND'
  /** The reservation holds nothing of this product at this location. */
  | 'NOT_IN_RESERVATION'
  /**
   * A number is outside its allowed range, e.g. a negative price, too many decimal places, or a
   * quantity that would take a product's total over all locations above 2,147,483,647.
   */
  | 'OUT_OF_RANGE'
  /** The reservation was already fulfilled or released in full; nothing is held any more. */
  | 'RESERVATION_CLOSED'
  /** The reservation's hold expired (its `expiresAt` passed); its units are available again and it can no longer be fulfilled, extended or committed. */
  | 'RESERVATION_EXPIRED'
  /** Compare-and-set failed: the on-hand quantity is no longer what `expectedOnHand` said. */
  | 'STALE_QUANTITY'
  /** A text value is longer than its limit (the message names the limit). */
  | 'TOO_LONG'
  /** Too many failed sign-ins for this account or address; the message says when to try again. */
  | 'TOO_MANY_ATTEMPTS'
  /** A text value is shorter than its minimum (the message names it). */
  | 'TOO_SHORT'
  /**
   * A webhook URL that Stockroom will not send to: not https (unless WEBHOOK_ALLOW_HTTP=true), or its
   * host resolves to a loopback, private, link-local, metadata or other non-public address (unless
   * WEBHOOK_ALLOW_PRIVATE_NETWORKS=true), or it does not resolve at all. The message says which.
   */
  | 'URL_NOT_ALLOWED';

/** What an event says happened. The payload type each one carries is named beside it. */
export type EventType =
  /** A location was archived (LocationEventPayload). */
  | 'LOCATION_ARCHIVED'
  /** A location was added (LocationEventPayload). */
  | 'LOCATION_CREATED'
  /** An archived location was restored (LocationEventPayload). */
  | 'LOCATION_RESTORED'
  /** A location's details changed (LocationEventPayload). */
  | 'LOCATION_UPDATED'
  /** A movement was recorded (MovementEventPayload): receipts, shipments, transfers, counts, write-offs, returns and state changes. */
  | 'MOVEMENT_RECORDED'
  /** A movement was reversed (MovementEventPayload): the payload's movement is the reversal, `reversalOfId` names the original. */
  | 'MOVEMENT_REVERSED'
  /** A product's available stock rose above its reorder point again, or its reorder point was lowered or removed below it (ReorderPointEventPayload). */
  | 'PRODUCT_ABOVE_REORDER_POINT'
  /** A product was archived (ProductEventPayload). */
  | 'PRODUCT_ARCHIVED'
  /** A product's available stock, company-wide, fell to or below its reorder point (ReorderPointEventPayload). */
  | 'PRODUCT_BELOW_REORDER_POINT'
  /** A product was added to the catalogue (ProductEventPayload). */
  | 'PRODUCT_CREATED'
  /** An archived product was restored (ProductEventPayload). */
  | 'PRODUCT_RESTORED'
  /** A product's details changed (ProductEventPayload). */
  | 'PRODUCT_UPDATED'
  /** A purchase order was cancelled before anything arrived (PurchaseOrderEventPayload). */
  | 'PURCHASE_ORDER_CANCELLED'
  /** A purchase order was closed; what had not arrived will not come (PurchaseOrderEventPayload). */
  | 'PURCHASE_ORDER_CLOSED'
  /** A purchase order was drafted (PurchaseOrderEventPayload). */
  | 'PURCHASE_ORDER_CREATED'
  /** A purchase order was placed with its supplier; its lines count as incoming (PurchaseOrderEventPayload). */
  | 'PURCHASE_ORDER_PLACED'
  /** Units arrived against a purchase order (PurchaseOrderEventPayload; each receipt has its MOVEMENT_RECORDED event). */
  | 'PURCHASE_ORDER_RECEIVED'
  /** A draft purchase order was changed (PurchaseOrderEventPayload). */
  | 'PURCHASE_ORDER_UPDATED'
  /** A reservation was committed to an order (ReservationEventPayload). */
  | 'RESERVATION_COMMITTED'
  /** A reservation was made (ReservationEventPayload). */
  | 'RESERVATION_CREATED'
  /** A hold lapsed and Stockroom stored it as EXPIRED (ReservationEventPayload). Its units stopped counting at `expiresAt`; this is sent within RESERVATION_SWEEP_SECONDS of it, or at the next write to one of its levels. */
  | 'RESERVATION_EXPIRED'
  /** An active reservation's expiry was moved (ReservationEventPayload). */
  | 'RESERVATION_EXTENDED'
  /** A reservation's last held unit shipped (ReservationEventPayload); partial shipments are MOVEMENT_RECORDED events naming the reservation. */
  | 'RESERVATION_FULFILLED'
  /** Some or all of a reservation's units were given back (ReservationEventPayload); its status says whether any remain. */
  | 'RESERVATION_RELEASED'
  /** A level's safety stock was set to a new figure (SafetyStockEventPayload). */
  | 'SAFETY_STOCK_CHANGED'
  /** A transfer was cancelled; after shipping, its units in transit went back to the source (TransferEventPayload). */
  | 'TRANSFER_CANCELLED'
  /** A transfer was closed; units still in transit were declared lost (TransferEventPayload). */
  | 'TRANSFER_CLOSED'
  /** A transfer was drafted (TransferEventPayload). */
  | 'TRANSFER_CREATED'
  /** Some or all of a transfer's units were received at the destination (TransferEventPayload). */
  | 'TRANSFER_RECEIVED'
  /** A transfer shipped: its units left the source and are in transit (TransferEventPayload; the movements have their own MOVEMENT_RECORDED events). */
  | 'TRANSFER_SHIPPED';

/** A new expiry for an ACTIVE hold. Give at most one of `expiresAt` and `ttlSeconds`; neither means 15 minutes from now. */
export type ExtendReservationInput = {
  /** The new expiry: in the future, at most 30 days ahead. */
  expiresAt?: string | null | undefined;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** The reservation. */
  reservationId: string | number;
  /** Or: seconds from now (1 to 2,592,000). */
  ttlSeconds?: number | null | undefined;
};

/** Where an import job stands. */
export type ImportJobStatus =
  /** Stopped by `cancelImportJob`; the rows committed before it stopped stay. */
  | 'CANCELLED'
  /** Every row was imported (or, in a dry run, is valid). */
  | 'COMPLETED'
  /** It ran to the end, and some rows failed: see `rowErrors`. */
  | 'COMPLETED_WITH_ERRORS'
  /** Nothing could run, or the worker failed: see `error`. In an atomic job nothing was written. */
  | 'FAILED'
  /** Uploaded, waiting for a worker. */
  | 'QUEUED'
  /** A worker is reading and writing it. */
  | 'RUNNING';

/** What an import job's file holds. */
export type ImportKind =
  /** Receipts, shipments and transfers with their business dates, costs and counterparties. */
  | 'MOVEMENTS'
  /** Products, created or updated by SKU. */
  | 'PRODUCTS'
  /** Opening balances or stocktake counts by SKU and location code, recorded as adjustments. */
  | 'STOCK';

/** Narrows the location list. All given conditions must hold. */
export type LocationFilter = {
  /** True for active locations only (the default), false for archived ones only, null for both. */
  active?: boolean | null | undefined;
  /** Only locations of these kinds. */
  kinds?: Array<LocationKind> | null | undefined;
  /** Case-insensitive text that the code, name or address contains. */
  search?: string | null | undefined;
};

/** What kind of place a location is. */
export type LocationKind =
  /** A hub that redistributes stock between other locations. */
  | 'DISTRIBUTION_CENTER'
  /** Anything else, e.g. a van or a consignment partner. */
  | 'OTHER'
  /** A shop that sells to customers. */
  | 'STORE'
  /** A storage building that ships to stores or customers. */
  | 'WAREHOUSE';

/** How to sort the location list. */
export type LocationOrder = {
  /** Ascending by default. */
  direction?: SortDirection | null | undefined;
  /** The field to sort by. */
  field: LocationOrderField;
};

/** Fields the location list can be sorted by. */
export type LocationOrderField =
  /** By code. */
  | 'CODE'
  /** By creation time. */
  | 'CREATED_AT'
  /** By name. */
  | 'NAME';

/** Which side of its reorder point a product's available stock moved to. */
export type LowStockDirection =
  /** Available rose above the reorder point again (or the reorder point was lowered below it). */
  | 'ABOVE'
  /** Available fell to or below the reorder point: time to reorder. */
  | 'BELOW';

/** What `recordMovements` does when some rows fail. */
export type MovementErrorPolicy =
  /** All or nothing: one failed row means no row is recorded. */
  | 'REJECT_ALL'
  /** Record the valid rows and report the failed ones. */
  | 'REJECT_FAILED_ROWS';

/** Narrows the movement list. All given conditions must hold. */
export type MovementFilter = {
  /** Only movements with exactly this counterparty. */
  counterparty?: string | null | undefined;
  /** Only movements of these kinds. */
  kinds?: Array<MovementKind> | null | undefined;
  /** Only movements into or out of this location. */
  locationId?: string | number | null | undefined;
  /** Only movements that occurred at or after this time. */
  occurredFrom?: string | null | undefined;
  /** Only movements that occurred before this time. */
  occurredTo?: string | null | undefined;
  /** Only movements of this product. */
  productId?: string | number | null | undefined;
  /** Only movements with exactly this reference. */
  reference?: string | null | undefined;
};

/** One row of `recordMovements`: any kind of movement, with its direction given by the locations. */
export type MovementInput = {
  /** The supplier or customer. */
  counterparty?: string | null | undefined;
  /** Where stock leaves from: required for SHIPMENT, TRANSFER and WRITE_OFF, and for an ADJUSTMENT that removes stock. */
  fromLocationId?: string | number | null | undefined;
  /** WRITE_OFF and STATE_CHANGE: the state the units leave; AVAILABLE when omitted. */
  fromState?: StockState | null | undefined;
  /** What happened. */
  kind: MovementKind;
  /** Free text, up to 1,000 characters. */
  note?: string | null | undefined;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: string | null | undefined;
  /** The product. */
  productId: string | number;
  /** How many units; 1 to 1,000,000,000. */
  quantity: number;
  /** Why; defaults by kind (RECEIVED, SOLD, TRANSFER, CORRECTION, RETURNED, DAMAGED). */
  reason?: MovementReason | null | undefined;
  /** The business document it belongs to. */
  reference?: string | null | undefined;
  /** SHIPMENT only: ship units this reservation holds at `fromLocationId`. */
  reservationId?: string | number | null | undefined;
  /** Where stock arrives: required for RECEIPT, TRANSFER and RETURN, and for an ADJUSTMENT that adds stock. */
  toLocationId?: string | number | null | undefined;
  /** STATE_CHANGE only (with `toLocationId` equal to `fromLocationId`): the state the units arrive in. */
  toState?: StockState | null | undefined;
  /** Cost per unit: required for RECEIPT, optional for RETURN, not allowed otherwise. */
  unitCost?: string | null | undefined;
  /** Selling price per unit: SHIPMENT only; defaults to the product's current price. */
  unitPrice?: string | null | undefined;
};

/** What happened to stock. */
export type MovementKind =
  /** A correction of the quantity, e.g. after a stocktake. */
  | 'ADJUSTMENT'
  /** Stock arrived from a supplier. */
  | 'RECEIPT'
  /** A customer returned stock. */
  | 'RETURN'
  /** Stock left to a customer. */
  | 'SHIPMENT'
  /** Units at one location changed state (e.g. AVAILABLE to DAMAGED); on hand is unchanged. */
  | 'STATE_CHANGE'
  /** Stock moved between two locations. */
  | 'TRANSFER'
  /** Stock was removed as damaged, expired or lost. */
  | 'WRITE_OFF';

/** Why a movement happened, for reporting. */
export type MovementReason =
  /** A correction of an earlier mistake. */
  | 'CORRECTION'
  /** A stocktake found a different quantity. */
  | 'CYCLE_COUNT'
  /** Goods damaged. */
  | 'DAMAGED'
  /** Anything else; say more in `note`. */
  | 'OTHER'
  /** Goods held for or released from a quality check. */
  | 'QUALITY_CHECK'
  /** Goods received from a supplier. */
  | 'RECEIVED'
  /** Goods returned by a customer. */
  | 'RETURNED'
  /** Unexplained loss, e.g. theft. */
  | 'SHRINKAGE'
  /** Goods sold to a customer. */
  | 'SOLD'
  /** Goods moved between locations. */
  | 'TRANSFER';

/** What a GraphQL operation does. */
export type OperationType =
  /** Writes. */
  | 'MUTATION'
  /** Reads. */
  | 'QUERY'
  /** A stream of events (a `subscription` operation): runs over a WebSocket at the GraphQL URL, never over HTTP. */
  | 'SUBSCRIPTION';

/** Which order `placePurchaseOrder` places. */
export type PlacePurchaseOrderInput = {
  /** Makes the request safe to retry (see `createPurchaseOrder`). */
  idempotencyKey?: string | null | undefined;
  /** The DRAFT order. */
  purchaseOrderId: string | number;
};

/** Narrows the product list. All given conditions must hold. */
export type ProductFilter = {
  /** True for active products only (the default), false for archived ones only, null for both. */
  active?: boolean | null | undefined;
  /** Exact category name (case-insensitive). */
  category?: string | null | undefined;
  /** Highest price to include. */
  maxPrice?: string | null | undefined;
  /** Lowest price to include. */
  minPrice?: string | null | undefined;
  /** Case-insensitive text that the SKU, name or description contains. */
  search?: string | null | undefined;
};

/** How to sort the product list. */
export type ProductOrder = {
  /** Ascending by default. */
  direction?: SortDirection | null | undefined;
  /** The field to sort by. */
  field: ProductOrderField;
};

/** Fields the product list can be sorted by. */
export type ProductOrderField =
  /** By category name. */
  | 'CATEGORY'
  /** By creation time. */
  | 'CREATED_AT'
  /** By name. */
  | 'NAME'
  /** By price. */
  | 'PRICE'
  /** By SKU. */
  | 'SKU';

/** One line of `createPurchaseOrder` or `updatePurchaseOrder`. */
export type PurchaseOrderLineInput = {
  /** Where it is delivered; omitted: the order's `locationId`. */
  locationId?: string | number | null | undefined;
  /** The product ordered. */
  productId: string | number;
  /** Units ordered; 1 to 1,000,000,000. */
  quantity: number;
  /** Units that may arrive beyond `quantity` and still be received; 0 or more. */
  tolerance?: number | null | undefined;
  /** The agreed cost per unit, 0 or more (currency-free). */
  unitCost: string;
};

/** Where a purchase order stands. */
export type PurchaseOrderStatus =
  /** Cancelled before anything arrived. */
  | 'CANCELLED'
  /** Closed: what had not arrived will not come. */
  | 'CLOSED'
  /** Drafted; may still change; not incoming. */
  | 'DRAFT'
  /** Placed with the supplier; every line's remainder is incoming. */
  | 'ORDERED'
  /** Some units arrived; the remainders are still incoming. */
  | 'PARTIALLY_RECEIVED'
  /** Every line arrived in full. */
  | 'RECEIVED';

/** What `receivePurchaseOrder` records. */
export type ReceivePurchaseOrderInput = {
  /** Makes the request safe to retry (see `createPurchaseOrder`). */
  idempotencyKey?: string | null | undefined;
  /** 1 to 100 lines. */
  lines: Array<ReceivePurchaseOrderLineInput>;
  /** The ORDERED, PARTIALLY_RECEIVED or RECEIVED order. */
  purchaseOrderId: string | number;
};

/** One line of `receivePurchaseOrder`. */
export type ReceivePurchaseOrderLineInput = {
  /** The order line the units arrived against. */
  lineId: string | number;
  /** Units that arrived; 1 up to the line's outstanding units plus its tolerance. */
  quantity: number;
  /** The state they arrive in: AVAILABLE (default), DAMAGED or QUALITY_CONTROL. */
  state?: StockState | null | undefined;
  /** The real cost per unit, when it differs from the line's. */
  unitCost?: string | null | undefined;
};

/** Stock arriving from a supplier. */
export type ReceiveStockInput = {
  /** The supplier. */
  counterparty?: string | null | undefined;
  /** A key unique to this request (up to 255 characters). Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** Where it arrived. */
  locationId: string | number;
  /** Free text, up to 1,000 characters. */
  note?: string | null | undefined;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: string | null | undefined;
  /** The product received. */
  productId: string | number;
  /** How many units; 1 to 1,000,000,000. */
  quantity: number;
  /** Why; defaults to RECEIVED. */
  reason?: MovementReason | null | undefined;
  /** E.g. the purchase-order number. */
  reference?: string | null | undefined;
  /** Cost per unit: zero or more, at most 4 decimal places. Feeds the average cost. */
  unitCost: string;
};

/** What `receiveTransfer` records. */
export type ReceiveTransferInput = {
  /** Makes the request safe to retry (see `createTransfer`). */
  idempotencyKey?: string | null | undefined;
  /** 1 to 100 lines, each product and state at most once. */
  lines: Array<ReceiveTransferLineInput>;
  /** The transfer, IN_TRANSIT or PARTIALLY_RECEIVED. */
  transferId: string | number;
};

/** One line of `receiveTransfer`. */
export type ReceiveTransferLineInput = {
  /** The product that arrived; a product of the transfer. */
  productId: string | number;
  /** How many units arrived; 1 up to what is still in transit. */
  quantity: number;
  /** The state they arrive in: AVAILABLE (default), DAMAGED or QUALITY_CONTROL. */
  state?: StockState | null | undefined;
};

/** A batch of movements. */
export type RecordMovementsInput = {
  /** What to do when some rows fail; defaults to REJECT_ALL. */
  errorPolicy?: MovementErrorPolicy | null | undefined;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** 1 to 500 rows, applied in order: a later row sees the stock an earlier row changed. */
  movements: Array<MovementInput>;
};

/** Some units of one reservation line to give back. */
export type ReleaseLineInput = {
  /** The line's location. */
  locationId: string | number;
  /** The line's product. */
  productId: string | number;
  /** How many units; omitted: everything the line still holds. */
  quantity?: number | null | undefined;
};

/** What to release. */
export type ReleaseReservationInput = {
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** Only these lines (and units); omitted: everything it still holds. */
  lines?: Array<ReleaseLineInput> | null | undefined;
  /** The reservation; it must be ACTIVE or COMMITTED. */
  reservationId: string | number;
};

/** Narrows the reservation list. All given conditions must hold. */
export type ReservationFilter = {
  /** Only reservations with exactly this holder. */
  holder?: string | null | undefined;
  /** Only reservations with a line at this location. */
  locationId?: string | number | null | undefined;
  /** Only reservations with a line of this product. */
  productId?: string | number | null | undefined;
  /** Only reservations with exactly this reference. */
  reference?: string | null | undefined;
  /** Only reservations with this status now (ACTIVE excludes holds past their expiry; EXPIRED includes them). */
  status?: ReservationStatus | null | undefined;
};

/** One line of `reserveStock`. */
export type ReservationLineInput = {
  /** Where to hold it; omitted: placed by the location strategy (see `reserveStock`). */
  locationId?: string | number | null | undefined;
  /** The product to hold. */
  productId: string | number;
  /** How many units; 1 to 1,000,000,000. */
  quantity: number;
};

/** Where a reservation stands. */
export type ReservationStatus =
  /** Holding units until `expiresAt` (a cart or quote). */
  | 'ACTIVE'
  /** Holding units for a placed order, with no expiry, until shipped or released. */
  | 'COMMITTED'
  /** Its `expiresAt` passed while ACTIVE: it holds nothing, from that very instant. */
  | 'EXPIRED'
  /** Everything it held was shipped (some may have been released). */
  | 'FULFILLED'
  /** Everything it held was given back before shipping. */
  | 'RELEASED';

/** What `reserveStock` holds. Give at most one of `expiresAt` and `ttlSeconds`; neither means 15 minutes. */
export type ReserveStockInput = {
  /** True: a line without `locationId` may be held across several locations. */
  allowSplit?: boolean | null | undefined;
  /** When the hold lapses: in the future, at most 30 days ahead. */
  expiresAt?: string | null | undefined;
  /** Who the units are held for (up to 200 characters). */
  holder?: string | null | undefined;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** 1 to 100 lines. Lines naming the same product and location are held as one. */
  lines: Array<ReservationLineInput>;
  /** The client's document, e.g. a cart or order number (up to 100 characters). */
  reference?: string | null | undefined;
  /** Or: how long the hold lives, in seconds (1 to 2,592,000), counted from when it is made. */
  ttlSeconds?: number | null | undefined;
};

/** Stock returned by a customer. */
export type ReturnStockInput = {
  /** The customer. */
  counterparty?: string | null | undefined;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** Where it came back to. */
  locationId: string | number;
  /** Free text, up to 1,000 characters. */
  note?: string | null | undefined;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: string | null | undefined;
  /** The product returned. */
  productId: string | number;
  /** How many units; 1 to 1,000,000,000. */
  quantity: number;
  /** Why; defaults to RETURNED. */
  reason?: MovementReason | null | undefined;
  /** E.g. the return-authorisation number. */
  reference?: string | null | undefined;
  /** Cost per unit to value the returned stock at, if known. */
  unitCost?: string | null | undefined;
};

/** Which movement to undo. */
export type ReverseMovementInput = {
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** The movement to reverse. */
  movementId: string | number;
  /** Free text, up to 1,000 characters. */
  note?: string | null | undefined;
  /** When the reversal takes effect; defaults to now. May be in the past (not before the original), not in the future. */
  occurredAt?: string | null | undefined;
  /** Why; defaults to CORRECTION. */
  reason?: MovementReason | null | undefined;
};

/** What a user or API key may do. */
export type Role =
  /** Everything, including users and API keys. */
  | 'ADMIN'
  /** Records stock movements, and reads. */
  | 'CLERK'
  /** Catalogue, locations, every stock operation, costs, valuation and reports. */
  | 'MANAGER'
  /** Reads, without costs or valuation. */
  | 'VIEWER';

/** What a sales-report row stands for. */
export type SalesGroupBy =
  /** One row per product category. */
  | 'CATEGORY'
  /** One row per customer (the shipment's counterparty; sales without one are grouped under an empty key). */
  | 'COUNTERPARTY'
  /** One row per location shipped from. */
  | 'LOCATION'
  /** One row per product. */
  | 'PRODUCT';

/** Which figure ranks sales-report rows, highest first. */
export type SalesOrderBy =
  /** Margin: revenue minus cost of goods sold. */
  | 'MARGIN'
  /** Revenue. */
  | 'REVENUE'
  /** Units sold. */
  | 'UNITS';

/** A level's safety stock. */
export type SetSafetyStockInput = {
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** The location. */
  locationId: string | number;
  /** The product. */
  productId: string | number;
  /** Units never offered as available: 0 to 1,000,000,000. */
  quantity: number;
};

/** Stock leaving to a customer. */
export type ShipStockInput = {
  /** The customer. */
  counterparty?: string | null | undefined;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** Where it left from. */
  locationId: string | number;
  /** Free text, up to 1,000 characters. */
  note?: string | null | undefined;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: string | null | undefined;
  /** The product shipped. */
  productId: string | number;
  /** How many units; 1 to 1,000,000,000. */
  quantity: number;
  /** Why; defaults to SOLD. */
  reason?: MovementReason | null | undefined;
  /** E.g. the sales-order number. */
  reference?: string | null | undefined;
  /** Ship units this reservation holds at the location (wholly or partly) instead of unheld units. */
  reservationId?: string | number | null | undefined;
  /** Selling price per unit; defaults to the product's current price. */
  unitPrice?: string | null | undefined;
};

/** Which transfer `shipTransfer` ships. */
export type ShipTransferInput = {
  /** Makes the request safe to retry (see `createTransfer`). */
  idempotencyKey?: string | null | undefined;
  /** The DRAFT transfer. */
  transferId: string | number;
};

/** Credentials to sign in with. */
export type SignInInput = {
  /** The account's email. */
  email: string;
  /** The account's password. */
  password: string;
};

/** How much each signal counts in `Product.similar`. Omitted weights count 1. */
export type SimilarityWeights = {
  /** Weight of being in the same category: 1 or 0. */
  category?: number;
  /** Weight of price proximity: 1 - |difference| / the higher price. */
  price?: number;
  /** Weight of trigram similarity of name and description. */
  text?: number;
};

/** Sort direction for list orderings. */
export type SortDirection =
  /** Smallest, oldest or A first. */
  | 'ASC'
  /** Largest, newest or Z first. */
  | 'DESC';

/**
 * The state of units on hand, as the ledger records it. Reserved and committed units are AVAILABLE
 * units that a reservation holds; they are not states of their own.
 */
export type StockState =
  /** Sellable units (held or not). */
  | 'AVAILABLE'
  /** Units on hand that are damaged: not sellable until changed back or written off. */
  | 'DAMAGED'
  /** Units on hand waiting for inspection: not sellable until changed back. */
  | 'QUALITY_CONTROL';

/** The size of a movement-summary bucket. */
export type SummaryInterval =
  /** Calendar days. */
  | 'DAY'
  /** Calendar months. */
  | 'MONTH'
  /** Weeks starting on Monday. */
  | 'WEEK';

/** A supplier chosen for one product by `createPurchaseOrdersFromSuggestions`. */
export type SupplierForProductInput = {
  /** The product. */
  productId: string | number;
  /** Its supplier for these orders (1 to 200 characters). */
  supplier: string;
};

/** One line of `createTransfer`. */
export type TransferLineInput = {
  /** The product to send; each product at most once per transfer. */
  productId: string | number;
  /** How many units; 1 to 1,000,000,000. */
  quantity: number;
};

/** Where a transfer stands. */
export type TransferStatus =
  /** Cancelled: before shipping nothing moved; after, the units in transit went back to the source. */
  | 'CANCELLED'
  /** Closed with a reason; units that had not arrived were recorded as lost. */
  | 'CLOSED'
  /** Drafted; nothing has moved. */
  | 'DRAFT'
  /** Shipped: its units have left the source and none has been received yet. */
  | 'IN_TRANSIT'
  /** Some units were received; the rest are still in transit. */
  | 'PARTIALLY_RECEIVED'
  /** Every shipped unit was received. */
  | 'RECEIVED';

/** Stock moving between two locations. */
export type TransferStockInput = {
  /** Where it leaves. */
  fromLocationId: string | number;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** Free text, up to 1,000 characters. */
  note?: string | null | undefined;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: string | null | undefined;
  /** The product moved. */
  productId: string | number;
  /** How many units; 1 to 1,000,000,000. */
  quantity: number;
  /** Why; defaults to TRANSFER. */
  reason?: MovementReason | null | undefined;
  /** E.g. the transfer-order number. */
  reference?: string | null | undefined;
  /** Where it arrives; must differ from `fromLocationId`. */
  toLocationId: string | number;
};

/** Changes to an API key; omitted fields keep their value. */
export type UpdateApiKeyInput = {
  /** The key's global ID. */
  id: string | number;
  /** True: the key may manage webhook subscriptions from its next request on; false takes that away. */
  manageWebhooks?: boolean | null | undefined;
  /** New name, 1 to 200 characters. */
  name?: string | null | undefined;
  /** True: the key may only run trusted (persisted) documents from its next request on. */
  requirePersistedQueries?: boolean | null | undefined;
};

/** Changes to a location; omitted fields keep their value. */
export type UpdateLocationInput = {
  /** New address. */
  address?: string | null | undefined;
  /** New allocation priority (-1,000 to 1,000). */
  allocationPriority?: number | null | undefined;
  /** New code, with the same rules as on creation. */
  code?: string | null | undefined;
  /** The location to change. */
  id: string | number;
  /** New kind. */
  kind?: LocationKind | null | undefined;
  /** New name. */
  name?: string | null | undefined;
};

/** Changes to a product; omitted fields keep their value. */
export type UpdateProductInput = {
  /** New category. */
  category?: string | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** The product to change. */
  id: string | number;
  /** New lead time in days. */
  leadTimeDays?: number | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New preferred supplier; an empty string removes it. */
  preferredSupplier?: string | null | undefined;
  /** New price. */
  price?: string | null | undefined;
  /** New reorder point. */
  reorderPoint?: number | null | undefined;
  /** New reorder quantity. */
  reorderQuantity?: number | null | undefined;
  /** New SKU, with the same rules as on creation. */
  sku?: string | null | undefined;
  /** New unit of measure. */
  unit?: string | null | undefined;
};

/** What `updatePurchaseOrder` changes; omitted fields stay as they are. */
export type UpdatePurchaseOrderInput = {
  /** A new expected date. */
  expectedAt?: string | null | undefined;
  /** Makes the request safe to retry (see `createPurchaseOrder`). */
  idempotencyKey?: string | null | undefined;
  /** New lines, replacing every line. */
  lines?: Array<PurchaseOrderLineInput> | null | undefined;
  /** Where new lines without their own `locationId` are delivered. */
  locationId?: string | number | null | undefined;
  /** The DRAFT order. */
  purchaseOrderId: string | number;
  /** A new reference. */
  reference?: string | null | undefined;
  /** A new supplier. */
  supplier?: string | null | undefined;
};

/** Changes to a user; omitted fields keep their value. */
export type UpdateUserInput = {
  /** False deactivates, true reactivates. */
  active?: boolean | null | undefined;
  /** The user to change. */
  id: string | number;
  /** New display name. */
  name?: string | null | undefined;
  /** New role; applies from the user's next request. */
  role?: Role | null | undefined;
};

/** Changes to a webhook subscription; omitted fields keep their value. */
export type UpdateWebhookSubscriptionInput = {
  /** A new description; null or empty removes it. */
  description?: string | null | undefined;
  /** The event types to send from now on; empty means every type. */
  eventTypes?: Array<EventType> | null | undefined;
  /** The subscription's ID. */
  id: string | number;
  /** ACTIVE resumes a paused subscription (and retries its FAILED deliveries); PAUSED pauses it. */
  status?: WebhookSubscriptionStatus | null | undefined;
  /** A new endpoint, with the same rules as on creation. */
  url?: string | null | undefined;
};

/** Narrows the user list. */
export type UserFilter = {
  /** Only active (true) or deactivated (false) users. */
  active?: boolean | null | undefined;
  /** Only users with this role. */
  role?: Role | null | undefined;
  /** Text the email or name contains, ignoring case. */
  search?: string | null | undefined;
};

/** What an inventory valuation row stands for. */
export type ValuationGroupBy =
  /** One row per product category. */
  | 'CATEGORY'
  /** One row per location. */
  | 'LOCATION'
  /** One row per product. */
  | 'PRODUCT';

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt of the retry schedule failed; its subscription was paused. */
  | 'FAILED'
  /** Waiting for its first attempt or a retry. */
  | 'PENDING'
  /** The receiver answered 2xx. */
  | 'SUCCEEDED';

/** Whether a subscription is being sent events. */
export type WebhookSubscriptionStatus =
  /** Events are queued and sent. */
  | 'ACTIVE'
  /**
   * Nothing is sent, and new events are not queued for it. Stockroom pauses a subscription when one
   * of its deliveries fails every attempt of the retry schedule; an admin resumes it with
   * `updateWebhookSubscription(input: { status: ACTIVE })`.
   */
  | 'PAUSED';

/** Stock removed as damaged, expired or lost. */
export type WriteOffStockInput = {
  /** Which units: AVAILABLE (unheld ones; the default), DAMAGED or QUALITY_CONTROL. */
  fromState?: StockState | null | undefined;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** Where it was written off. */
  locationId: string | number;
  /** Free text, up to 1,000 characters. */
  note?: string | null | undefined;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: string | null | undefined;
  /** The product. */
  productId: string | number;
  /** How many units; 1 to 1,000,000,000. */
  quantity: number;
  /** Why; defaults to DAMAGED. */
  reason?: MovementReason | null | undefined;
  /** E.g. an incident number. */
  reference?: string | null | undefined;
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn: {
    token: string | null;
    expiresAt: string | null;
    user: { id: string; email: string; role: Role } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = {
  changePassword: {
    token: string | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type CreateUserMutation = {
  createUser: {
    user: { id: string; email: string; role: Role; active: boolean } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;

export type UpdateUserMutation = {
  updateUser: {
    user: { id: string; role: Role; active: boolean } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;

export type DeactivateUserMutation = {
  deactivateUser: { user: { active: boolean } | null; userErrors: Array<{ code: ErrorCode; message: string }> };
};

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;

export type CreateApiKeyMutation = {
  createApiKey: {
    secret: string | null;
    apiKey: {
      id: string;
      name: string;
      role: Role;
      prefix: string;
      expiresAt: string | null;
      createdBy: { email: string } | null;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiKeyMutation = {
  revokeApiKey: { apiKey: { revokedAt: string | null } | null; userErrors: Array<{ code: ErrorCode }> };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: { __typename: 'ApiKey'; name: string; role: Role } | { __typename: 'User'; email: string; role: Role };
};

export type ApiKeysQueryVariables = Exact<{ [key: string]: never }>;

export type ApiKeysQuery = {
  apiKeys: {
    totalCount: number;
    nodes: Array<{
      name: string;
      prefix: string;
      lastUsedAt: string | null;
      revokedAt: string | null;
      createdBy: { email: string } | null;
    }>;
  };
};

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
}>;

export type UsersQuery = {
  users: { totalCount: number; nodes: Array<{ email: string; role: Role; active: boolean }> };
};

export type MovementAuditQueryVariables = Exact<{
  id: string | number;
}>;

export type MovementAuditQuery = {
  movement: {
    unitCost: string | null;
    recordedBy: { __typename: 'ApiKey'; name: string } | { __typename: 'User'; email: string } | null;
  } | null;
};

export type ShipmentCostQueryVariables = Exact<{
  id: string | number;
}>;

export type ShipmentCostQuery = {
  movement: { quantity: number; unitPrice: string | null; unitCost: string | null } | null;
};

export type ProductFieldsFragment = {
  id: string;
  sku: string;
  name: string;
  description: string;
  category: string;
  unit: string;
  price: string;
  reorderPoint: number;
  reorderQuantity: number;
  active: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type UserErrorFieldsFragment = { code: ErrorCode; field: Array<string> | null; message: string };

export type ProductPageQueryVariables = Exact<{
  filter?: ProductFilter | null | undefined;
  orderBy?: ProductOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type ProductPageQuery = {
  products: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string; sku: string; price: string } }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
};

export type ProductSkusQueryVariables = Exact<{
  filter?: ProductFilter | null | undefined;
  first?: number | null | undefined;
}>;

export type ProductSkusQuery = { products: { totalCount: number; nodes: Array<{ sku: string }> } };

export type ProductByIdQueryVariables = Exact<{
  id: string | number;
}>;

export type ProductByIdQuery = {
  product: {
    id: string;
    sku: string;
    name: string;
    description: string;
    category: string;
    unit: string;
    price: string;
    reorderPoint: number;
    reorderQuantity: number;
    active: boolean;
    archivedAt: string | null;
    createdAt: string;
    updatedAt: string;
  } | null;
};

export type ProductBySkuQueryVariables = Exact<{
  sku: string;
}>;

export type ProductBySkuQuery = {
  product: {
    id: string;
    sku: string;
    name: string;
    description: string;
    category: string;
    unit: string;
    price: string;
    reorderPoint: number;
    reorderQuantity: number;
    active: boolean;
    archivedAt: string | null;
    createdAt: string;
    updatedAt: string;
  } | null;
};

export type CategoriesQueryVariables = Exact<{
  active?: boolean | null | undefined;
}>;

export type CategoriesQuery = { categories: Array<{ name: string; productCount: number }> };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;

export type NodeByIdQuery = {
  node:
    | { __typename: 'ApiKey'; id: string }
    | { __typename: 'Event'; id: string }
    | { __typename: 'Location'; code: string; id: string }
    | { __typename: 'Movement'; id: string }
    | { __typename: 'Product'; sku: string; id: string }
    | { __typename: 'PurchaseOrder'; id: string }
    | { __typename: 'Reservation'; id: string }
    | { __typename: 'Transfer'; id: string }
    | { __typename: 'User'; id: string }
    | null;
};

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;

export type CreateProductMutation = {
  createProduct: {
    product: {
      id: string;
      sku: string;
      name: string;
      description: string;
      category: string;
      unit: string;
      price: string;
      reorderPoint: number;
      reorderQuantity: number;
      active: boolean;
      archivedAt: string | null;
      createdAt: string;
      updatedAt: string;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type UpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;

export type UpdateProductMutation = {
  updateProduct: {
    product: {
      id: string;
      sku: string;
      name: string;
      description: string;
      category: string;
      unit: string;
      price: string;
      reorderPoint: number;
      reorderQuantity: number;
      active: boolean;
      archivedAt: string | null;
      createdAt: string;
      updatedAt: string;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ArchiveProductMutationVariables = Exact<{
  id: string | number;
}>;

export type ArchiveProductMutation = {
  archiveProduct: {
    product: {
      id: string;
      sku: string;
      name: string;
      description: string;
      category: string;
      unit: string;
      price: string;
      reorderPoint: number;
      reorderQuantity: number;
      active: boolean;
      archivedAt: string | null;
      createdAt: string;
      updatedAt: string;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type RestoreProductMutationVariables = Exact<{
  id: string | number;
}>;

export type RestoreProductMutation = {
  restoreProduct: {
    product: {
      id: string;
      sku: string;
      name: string;
      description: string;
      category: string;
      unit: string;
      price: string;
      reorderPoint: number;
      reorderQuantity: number;
      active: boolean;
      archivedAt: string | null;
      createdAt: string;
      updatedAt: string;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type CheckpointProductAsOfQueryVariables = Exact<{
  id: string | number;
  at: string;
  locationId?: string | number | null | undefined;
}>;

export type CheckpointProductAsOfQuery = {
  product: {
    stockAsOf: {
      onHand: number;
      levels: Array<{ onHand: number; damaged: number; qualityControl: number; location: { id: string } }>;
    };
  } | null;
};

export type CheckpointLocationAsOfQueryVariables = Exact<{
  id: string | number;
  at: string;
}>;

export type CheckpointLocationAsOfQuery = {
  location: {
    stockAsOf: {
      onHand: number;
      levels: Array<{ onHand: number; damaged: number; qualityControl: number; product: { id: string } }>;
    };
  } | null;
};

export type StockLevelSnapshotFieldsFragment = {
  productId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  committed: number;
  damaged: number;
  qualityControl: number;
  safetyStock: number;
  available: number;
};

export type EventFieldsFragment = {
  id: string;
  sequence: number;
  type: EventType;
  occurredAt: string;
  productIds: Array<string>;
  locationIds: Array<string>;
  reservationId: string | null;
  actor: { __typename: 'ApiKey'; id: string } | { __typename: 'User'; id: string } | null;
  payload:
    | {
        __typename: 'LocationEventPayload';
        location: { id: string; code: string; name: string; kind: LocationKind; active: boolean };
      }
    | {
        __typename: 'MovementEventPayload';
        movement: {
          id: string;
          kind: MovementKind;
          productId: string;
          fromLocationId: string | null;
          toLocationId: string | null;
          quantity: number;
          fromState: StockState;
          toState: StockState;
          reason: MovementReason;
          reference: string | null;
          occurredAt: string;
          reservationId: string | null;
          reversalOfId: string | null;
        };
        stockLevels: Array<{
          productId: string;
          locationId: string;
          onHand: number;
          reserved: number;
          committed: number;
          damaged: number;
          qualityControl: number;
          safetyStock: number;
          available: number;
        }>;
      }
    | {
        __typename: 'ProductEventPayload';
        product: { id: string; sku: string; name: string; category: string; active: boolean; reorderPoint: number };
      }
    | { __typename: 'PurchaseOrderEventPayload' }
    | {
        __typename: 'ReorderPointEventPayload';
        available: number;
        product: { id: string; sku: string; reorderPoint: number };
      }
    | {
        __typename: 'ReservationEventPayload';
        reservation: {
          id: string;
          status: ReservationStatus;
          expiresAt: string | null;
          reference: string | null;
          holder: string | null;
          lines: Array<{
            productId: string;
            locationId: string;
            quantity: number;
            fulfilled: number;
            released: number;
            outstanding: number;
          }>;
        };
        stockLevels: Array<{
          productId: string;
          locationId: string;
          onHand: number;
          reserved: number;
          committed: number;
          damaged: number;
          qualityControl: number;
          safetyStock: number;
          available: number;
        }>;
      }
    | {
        __typename: 'SafetyStockEventPayload';
        stockLevels: Array<{
          productId: string;
          locationId: string;
          onHand: number;
          reserved: number;
          committed: number;
          damaged: number;
          qualityControl: number;
          safetyStock: number;
          available: number;
        }>;
      }
    | { __typename: 'TransferEventPayload' };
};

export type EventsQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  types?: Array<EventType> | EventType | null | undefined;
  productId?: string | number | null | undefined;
  locationId?: string | number | null | undefined;
  reservationId?: string | number | null | undefined;
}>;

export type EventsQuery = {
  events: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        sequence: number;
        type: EventType;
        occurredAt: string;
        productIds: Array<string>;
        locationIds: Array<string>;
        reservationId: string | null;
        actor: { __typename: 'ApiKey'; id: string } | { __typename: 'User'; id: string } | null;
        payload:
          | {
              __typename: 'LocationEventPayload';
              location: { id: string; code: string; name: string; kind: LocationKind; active: boolean };
            }
          | {
              __typename: 'MovementEventPayload';
              movement: {
                id: string;
                kind: MovementKind;
                productId: string;
                fromLocationId: string | null;
                toLocationId: string | null;
                quantity: number;
                fromState: StockState;
                toState: StockState;
                reason: MovementReason;
                reference: string | null;
                occurredAt: string;
                reservationId: string | null;
                reversalOfId: string | null;
              };
              stockLevels: Array<{
                productId: string;
                locationId: string;
                onHand: number;
                reserved: number;
                committed: number;
                damaged: number;
                qualityControl: number;
                safetyStock: number;
                available: number;
              }>;
            }
          | {
              __typename: 'ProductEventPayload';
              product: {
                id: string;
                sku: string;
                name: string;
                category: string;
                active: boolean;
                reorderPoint: number;
              };
            }
          | { __typename: 'PurchaseOrderEventPayload' }
          | {
              __typename: 'ReorderPointEventPayload';
              available: number;
              product: { id: string; sku: string; reorderPoint: number };
            }
          | {
              __typename: 'ReservationEventPayload';
              reservation: {
                id: string;
                status: ReservationStatus;
                expiresAt: string | null;
                reference: string | null;
                holder: string | null;
                lines: Array<{
                  productId: string;
                  locationId: string;
                  quantity: number;
                  fulfilled: number;
                  released: number;
                  outstanding: number;
                }>;
              };
              stockLevels: Array<{
                productId: string;
                locationId: string;
                onHand: number;
                reserved: number;
                committed: number;
                damaged: number;
                qualityControl: number;
                safetyStock: number;
                available: number;
              }>;
            }
          | {
              __typename: 'SafetyStockEventPayload';
              stockLevels: Array<{
                productId: string;
                locationId: string;
                onHand: number;
                reserved: number;
                committed: number;
                damaged: number;
                qualityControl: number;
                safetyStock: number;
                available: number;
              }>;
            }
          | { __typename: 'TransferEventPayload' };
      };
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type EventNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type EventNodeQuery = {
  node:
    | {
        id: string;
        sequence: number;
        type: EventType;
        occurredAt: string;
        productIds: Array<string>;
        locationIds: Array<string>;
        reservationId: string | null;
        actor: { __typename: 'ApiKey'; id: string } | { __typename: 'User'; id: string } | null;
        payload:
          | {
              __typename: 'LocationEventPayload';
              location: { id: string; code: string; name: string; kind: LocationKind; active: boolean };
            }
          | {
              __typename: 'MovementEventPayload';
              movement: {
                id: string;
                kind: MovementKind;
                productId: string;
                fromLocationId: string | null;
                toLocationId: string | null;
                quantity: number;
                fromState: StockState;
                toState: StockState;
                reason: MovementReason;
                reference: string | null;
                occurredAt: string;
                reservationId: string | null;
                reversalOfId: string | null;
              };
              stockLevels: Array<{
                productId: string;
                locationId: string;
                onHand: number;
                reserved: number;
                committed: number;
                damaged: number;
                qualityControl: number;
                safetyStock: number;
                available: number;
              }>;
            }
          | {
              __typename: 'ProductEventPayload';
              product: {
                id: string;
                sku: string;
                name: string;
                category: string;
                active: boolean;
                reorderPoint: number;
              };
            }
          | { __typename: 'PurchaseOrderEventPayload' }
          | {
              __typename: 'ReorderPointEventPayload';
              available: number;
              product: { id: string; sku: string; reorderPoint: number };
            }
          | {
              __typename: 'ReservationEventPayload';
              reservation: {
                id: string;
                status: ReservationStatus;
                expiresAt: string | null;
                reference: string | null;
                holder: string | null;
                lines: Array<{
                  productId: string;
                  locationId: string;
                  quantity: number;
                  fulfilled: number;
                  released: number;
                  outstanding: number;
                }>;
              };
              stockLevels: Array<{
                productId: string;
                locationId: string;
                onHand: number;
                reserved: number;
                committed: number;
                damaged: number;
                qualityControl: number;
                safetyStock: number;
                available: number;
              }>;
            }
          | {
              __typename: 'SafetyStockEventPayload';
              stockLevels: Array<{
                productId: string;
                locationId: string;
                onHand: number;
                reserved: number;
                committed: number;
                damaged: number;
                qualityControl: number;
                safetyStock: number;
                available: number;
              }>;
            }
          | { __typename: 'TransferEventPayload' };
      }
    | Record<PropertyKey, never>
    | null;
};

export type CataloguePageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type CataloguePageQuery = {
  products: {
    edges: Array<{
      node: {
        sku: string;
        name: string;
        price: string;
        onHand: number;
        stockLevels: Array<{ onHand: number; available: number; location: { code: string } }>;
      };
    }>;
  };
};

export type ProductDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type ProductDetailQuery = {
  product: {
    sku: string;
    name: string;
    price: string;
    onHand: number;
    available: number;
    stockLevels: Array<{ onHand: number; location: { code: string } }>;
    movements: {
      edges: Array<{
        node: {
          kind: MovementKind;
          quantity: number;
          occurredAt: string;
          fromLocation: { code: string } | null;
          toLocation: { code: string } | null;
        };
      }>;
    };
  } | null;
};

export type ImportJobQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ImportJobQuery = {
  importJob: {
    id: string;
    kind: ImportKind;
    status: ImportJobStatus;
    format: string | null;
    fileName: string;
    dryRun: boolean;
    atomic: boolean;
    rows: number;
    created: number;
    updated: number;
    unchanged: number;
    failed: number;
    attempts: number;
    startedAt: string | null;
    finishedAt: string | null;
    columnMap: Array<{ column: string; fileColumn: string }>;
    progress: { bytesRead: number; bytesTotal: number; fraction: number };
    error: { code: string; message: string } | null;
    createdBy: { name: string } | { email: string } | null;
    rowErrors: {
      totalCount: number;
      nodes: Array<{ row: number; column: string | null; code: string; message: string }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
};

export type ImportJobsQueryVariables = Exact<{
  status?: ImportJobStatus | null | undefined;
}>;

export type ImportJobsQuery = {
  importJobs: { totalCount: number; nodes: Array<{ id: string; status: ImportJobStatus }> };
};

export type CancelImportJobMutationVariables = Exact<{
  input: CancelImportJobInput;
}>;

export type CancelImportJobMutation = {
  cancelImportJob: {
    importJob: { id: string; status: ImportJobStatus } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ImportJobProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;

export type ImportJobProgressSubscription = {
  importJobProgress: { id: string; status: ImportJobStatus; rows: number; progress: { fraction: number } };
};

export type LocationFieldsFragment = {
  id: string;
  code: string;
  name: string;
  address: string;
  kind: LocationKind;
  active: boolean;
  archivedAt: string | null;
};

export type LocationPageQueryVariables = Exact<{
  filter?: LocationFilter | null | undefined;
  orderBy?: LocationOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type LocationPageQuery = {
  locations: {
    totalCount: number;
    nodes: Array<{
      id: string;
      code: string;
      name: string;
      address: string;
      kind: LocationKind;
      active: boolean;
      archivedAt: string | null;
    }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
  };
};

export type LocationByCodeQueryVariables = Exact<{
  code: string;
}>;

export type LocationByCodeQuery = {
  location: {
    id: string;
    code: string;
    name: string;
    address: string;
    kind: LocationKind;
    active: boolean;
    archivedAt: string | null;
  } | null;
};

export type CreateLocationMutationVariables = Exact<{
  input: CreateLocationInput;
}>;

export type CreateLocationMutation = {
  createLocation: {
    location: {
      id: string;
      code: string;
      name: string;
      address: string;
      kind: LocationKind;
      active: boolean;
      archivedAt: string | null;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type UpdateLocationMutationVariables = Exact<{
  input: UpdateLocationInput;
}>;

export type UpdateLocationMutation = {
  updateLocation: {
    location: {
      id: string;
      code: string;
      name: string;
      address: string;
      kind: LocationKind;
      active: boolean;
      archivedAt: string | null;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ArchiveLocationMutationVariables = Exact<{
  id: string | number;
}>;

export type ArchiveLocationMutation = {
  archiveLocation: {
    location: {
      id: string;
      code: string;
      name: string;
      address: string;
      kind: LocationKind;
      active: boolean;
      archivedAt: string | null;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type RegisterPersistedDocumentsMutationVariables = Exact<{
  manifest: unknown;
}>;

export type RegisterPersistedDocumentsMutation = {
  registerPersistedDocuments: {
    registered: number;
    alreadyRegistered: number;
    documents: Array<{ documentId: string; operationName: string | null; operationType: OperationType; body: string }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type PersistedDocumentsQueryVariables = Exact<{
  operationName?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type PersistedDocumentsQuery = {
  persistedDocuments: {
    totalCount: number;
    nodes: Array<{ documentId: string; operationName: string | null; operationType: OperationType; createdAt: string }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type CreatePersistedOnlyApiKeyMutationVariables = Exact<{
  name: string;
  role: Role;
  requirePersistedQueries?: boolean | null | undefined;
}>;

export type CreatePersistedOnlyApiKeyMutation = {
  createApiKey: {
    secret: string | null;
    apiKey: { id: string; requirePersistedQueries: boolean } | null;
    userErrors: Array<{ code: ErrorCode }>;
  };
};

export type UpdateApiKeyMutationVariables = Exact<{
  input: UpdateApiKeyInput;
}>;

export type UpdateApiKeyMutation = {
  updateApiKey: {
    apiKey: { id: string; name: string; requirePersistedQueries: boolean } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type PurchaseOrderFieldsFragment = {
  id: string;
  status: PurchaseOrderStatus;
  supplier: string;
  reference: string | null;
  expectedAt: string | null;
  closeReason: string | null;
  lines: Array<{
    id: string;
    quantity: number;
    unitCost: string;
    tolerance: number;
    received: number;
    outstanding: number;
    product: { sku: string };
    location: { code: string };
  }>;
  history: Array<{ status: PurchaseOrderStatus; actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null }>;
};

export type PurchaseOrderPayloadFieldsFragment = {
  purchaseOrder: {
    id: string;
    status: PurchaseOrderStatus;
    supplier: string;
    reference: string | null;
    expectedAt: string | null;
    closeReason: string | null;
    lines: Array<{
      id: string;
      quantity: number;
      unitCost: string;
      tolerance: number;
      received: number;
      outstanding: number;
      product: { sku: string };
      location: { code: string };
    }>;
    history: Array<{ status: PurchaseOrderStatus; actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null }>;
  } | null;
  movements: Array<{
    id: string;
    kind: MovementKind;
    quantity: number;
    unitCost: string | null;
    counterparty: string | null;
  }>;
  userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
};

export type CreatePurchaseOrderMutationVariables = Exact<{
  input: CreatePurchaseOrderInput;
}>;

export type CreatePurchaseOrderMutation = {
  createPurchaseOrder: {
    purchaseOrder: {
      id: string;
      status: PurchaseOrderStatus;
      supplier: string;
      reference: string | null;
      expectedAt: string | null;
      closeReason: string | null;
      lines: Array<{
        id: string;
        quantity: number;
        unitCost: string;
        tolerance: number;
        received: number;
        outstanding: number;
        product: { sku: string };
        location: { code: string };
      }>;
      history: Array<{ status: PurchaseOrderStatus; actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null }>;
    } | null;
    movements: Array<{
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      counterparty: string | null;
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type UpdatePurchaseOrderMutationVariables = Exact<{
  input: UpdatePurchaseOrderInput;
}>;

export type UpdatePurchaseOrderMutation = {
  updatePurchaseOrder: {
    purchaseOrder: {
      id: string;
      status: PurchaseOrderStatus;
      supplier: string;
      reference: string | null;
      expectedAt: string | null;
      closeReason: string | null;
      lines: Array<{
        id: string;
        quantity: number;
        unitCost: string;
        tolerance: number;
        received: number;
        outstanding: number;
        product: { sku: string };
        location: { code: string };
      }>;
      history: Array<{ status: PurchaseOrderStatus; actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null }>;
    } | null;
    movements: Array<{
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      counterparty: string | null;
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type PlacePurchaseOrderMutationVariables = Exact<{
  input: PlacePurchaseOrderInput;
}>;

export type PlacePurchaseOrderMutation = {
  placePurchaseOrder: {
    purchaseOrder: {
      id: string;
      status: PurchaseOrderStatus;
      supplier: string;
      reference: string | null;
      expectedAt: string | null;
      closeReason: string | null;
      lines: Array<{
        id: string;
        quantity: number;
        unitCost: string;
        tolerance: number;
        received: number;
        outstanding: number;
        product: { sku: string };
        location: { code: string };
      }>;
      history: Array<{ status: PurchaseOrderStatus; actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null }>;
    } | null;
    movements: Array<{
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      counterparty: string | null;
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ReceivePurchaseOrderMutationVariables = Exact<{
  input: ReceivePurchaseOrderInput;
}>;

export type ReceivePurchaseOrderMutation = {
  receivePurchaseOrder: {
    purchaseOrder: {
      id: string;
      status: PurchaseOrderStatus;
      supplier: string;
      reference: string | null;
      expectedAt: string | null;
      closeReason: string | null;
      lines: Array<{
        id: string;
        quantity: number;
        unitCost: string;
        tolerance: number;
        received: number;
        outstanding: number;
        product: { sku: string };
        location: { code: string };
      }>;
      history: Array<{ status: PurchaseOrderStatus; actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null }>;
    } | null;
    movements: Array<{
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      counterparty: string | null;
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ClosePurchaseOrderMutationVariables = Exact<{
  input: ClosePurchaseOrderInput;
}>;

export type ClosePurchaseOrderMutation = {
  closePurchaseOrder: {
    purchaseOrder: {
      id: string;
      status: PurchaseOrderStatus;
      supplier: string;
      reference: string | null;
      expectedAt: string | null;
      closeReason: string | null;
      lines: Array<{
        id: string;
        quantity: number;
        unitCost: string;
        tolerance: number;
        received: number;
        outstanding: number;
        product: { sku: string };
        location: { code: string };
      }>;
      history: Array<{ status: PurchaseOrderStatus; actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null }>;
    } | null;
    movements: Array<{
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      counterparty: string | null;
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type CancelPurchaseOrderMutationVariables = Exact<{
  input: CancelPurchaseOrderInput;
}>;

export type CancelPurchaseOrderMutation = {
  cancelPurchaseOrder: {
    purchaseOrder: {
      id: string;
      status: PurchaseOrderStatus;
      supplier: string;
      reference: string | null;
      expectedAt: string | null;
      closeReason: string | null;
      lines: Array<{
        id: string;
        quantity: number;
        unitCost: string;
        tolerance: number;
        received: number;
        outstanding: number;
        product: { sku: string };
        location: { code: string };
      }>;
      history: Array<{ status: PurchaseOrderStatus; actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null }>;
    } | null;
    movements: Array<{
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      counterparty: string | null;
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type CreatePurchaseOrdersFromSuggestionsMutationVariables = Exact<{
  input: CreatePurchaseOrdersFromSuggestionsInput;
}>;

export type CreatePurchaseOrdersFromSuggestionsMutation = {
  createPurchaseOrdersFromSuggestions: {
    purchaseOrders: Array<{
      id: string;
      status: PurchaseOrderStatus;
      supplier: string;
      reference: string | null;
      expectedAt: string | null;
      closeReason: string | null;
      lines: Array<{
        id: string;
        quantity: number;
        unitCost: string;
        tolerance: number;
        received: number;
        outstanding: number;
        product: { sku: string };
        location: { code: string };
      }>;
      history: Array<{ status: PurchaseOrderStatus; actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null }>;
    }>;
    unassigned: Array<{ sku: string }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type PurchaseOrderNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type PurchaseOrderNodeQuery = {
  purchaseOrder: {
    id: string;
    status: PurchaseOrderStatus;
    supplier: string;
    reference: string | null;
    expectedAt: string | null;
    closeReason: string | null;
    lines: Array<{
      id: string;
      quantity: number;
      unitCost: string;
      tolerance: number;
      received: number;
      outstanding: number;
      product: { sku: string };
      location: { code: string };
    }>;
    history: Array<{ status: PurchaseOrderStatus; actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null }>;
  } | null;
};

export type ProductCostAndIncomingQueryVariables = Exact<{
  id: string | number;
}>;

export type ProductCostAndIncomingQuery = {
  product: {
    onHand: number;
    averageCost: string | null;
    inventoryValue: string | null;
    incoming: number;
    preferredSupplier: string | null;
    leadTimeDays: number | null;
  } | null;
};

export type LowStockIncomingQueryVariables = Exact<{
  locationId?: string | number | null | undefined;
  category?: string | null | undefined;
}>;

export type LowStockIncomingQuery = {
  lowStock: {
    nodes: Array<{ available: number; incoming: number; suggestedOrderQuantity: number; product: { sku: string } }>;
  };
};

export type LowStockItemFieldsFragment = {
  onHand: number;
  available: number;
  reorderPoint: number;
  suggestedOrderQuantity: number;
  daysOfCover: number | null;
  product: { sku: string };
  location: { code: string } | null;
};

export type LowStockQueryVariables = Exact<{
  locationId?: string | number | null | undefined;
  category?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type LowStockQuery = {
  lowStock: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { product: { sku: string } } }>;
    nodes: Array<{
      onHand: number;
      available: number;
      reorderPoint: number;
      suggestedOrderQuantity: number;
      daysOfCover: number | null;
      product: { sku: string };
      location: { code: string } | null;
    }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
};

export type ProductDaysOfCoverQueryVariables = Exact<{
  id: string | number;
  windowDays?: number | null | undefined;
  locationId?: string | number | null | undefined;
}>;

export type ProductDaysOfCoverQuery = { product: { sku: string; daysOfCover: number | null } | null };

export type CatalogueDaysOfCoverQueryVariables = Exact<{
  category: string;
  first: number;
  windowDays?: number | null | undefined;
}>;

export type CatalogueDaysOfCoverQuery = { products: { nodes: Array<{ sku: string; daysOfCover: number | null }> } };

export type SummaryBucketFieldsFragment = {
  start: string;
  end: string;
  received: number;
  shipped: number;
  returned: number;
  transferredIn: number;
  transferredOut: number;
  adjusted: number;
  writtenOff: number;
  net: number;
};

export type MovementSummaryQueryVariables = Exact<{
  from: string;
  to: string;
  interval?: SummaryInterval | null | undefined;
  timeZone?: string | null | undefined;
  productId?: string | number | null | undefined;
  locationId?: string | number | null | undefined;
  category?: string | null | undefined;
  kinds?: Array<MovementKind> | MovementKind | null | undefined;
}>;

export type MovementSummaryQuery = {
  movementSummary: {
    from: string;
    to: string;
    interval: SummaryInterval;
    timeZone: string;
    buckets: Array<{
      start: string;
      end: string;
      received: number;
      shipped: number;
      returned: number;
      transferredIn: number;
      transferredOut: number;
      adjusted: number;
      writtenOff: number;
      net: number;
    }>;
    totals: {
      start: string;
      end: string;
      received: number;
      shipped: number;
      returned: number;
      transferredIn: number;
      transferredOut: number;
      adjusted: number;
      writtenOff: number;
      net: number;
    };
  };
};

export type SimilarProductsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  weights?: SimilarityWeights | null | undefined;
}>;

export type SimilarProductsQuery = {
  product: {
    sku: string;
    similar: Array<{
      score: number;
      priceScore: number;
      categoryScore: number;
      textScore: number;
      product: { sku: string };
    }> | null;
  } | null;
};

export type CatalogueSimilarQueryVariables = Exact<{
  category: string;
  first: number;
}>;

export type CatalogueSimilarQuery = {
  products: { nodes: Array<{ sku: string; similar: Array<{ score: number; product: { sku: string } }> | null }> };
};

export type ValuationHistoryQueryVariables = Exact<{
  from: string;
  to: string;
  interval?: SummaryInterval | null | undefined;
  timeZone?: string | null | undefined;
  locationId?: string | number | null | undefined;
  category?: string | null | undefined;
}>;

export type ValuationHistoryQuery = {
  valuationHistory: Array<{ at: string; totalQuantity: number; totalValue: string }>;
};

export type ProductCostQueryVariables = Exact<{
  id: string | number;
}>;

export type ProductCostQuery = {
  product: { sku: string; onHand: number; averageCost: string | null; inventoryValue: string | null } | null;
};

export type CatalogueCostsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: ProductFilter | null | undefined;
}>;

export type CatalogueCostsQuery = {
  products: { nodes: Array<{ sku: string; averageCost: string | null; inventoryValue: string | null }> };
};

export type InventoryValuationQueryVariables = Exact<{
  at?: string | null | undefined;
  locationId?: string | number | null | undefined;
  category?: string | null | undefined;
  groupBy?: ValuationGroupBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type InventoryValuationQuery = {
  inventoryValuation: {
    at: string;
    groupBy: ValuationGroupBy;
    totalCount: number;
    totalQuantity: number;
    totalValue: string;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    nodes: Array<{
      key: string;
      category: string | null;
      quantity: number;
      averageCost: string;
      value: string;
      product: { sku: string } | null;
      location: { code: string } | null;
    }>;
  };
};

export type SalesRowFieldsFragment = {
  key: string;
  category: string | null;
  counterparty: string | null;
  units: number;
  revenue: string;
  costOfGoodsSold: string;
  margin: string;
  marginPercent: number | null;
  product: { sku: string } | null;
  location: { code: string } | null;
};

export type SalesReportQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy?: SalesGroupBy | null | undefined;
  orderBy?: SalesOrderBy | null | undefined;
  first?: number | null | undefined;
  productId?: string | number | null | undefined;
  locationId?: string | number | null | undefined;
  category?: string | null | undefined;
  counterparty?: string | null | undefined;
}>;

export type SalesReportQuery = {
  salesReport: {
    groupBy: SalesGroupBy;
    orderBy: SalesOrderBy;
    rowCount: number;
    rows: Array<{
      key: string;
      category: string | null;
      counterparty: string | null;
      units: number;
      revenue: string;
      costOfGoodsSold: string;
      margin: string;
      marginPercent: number | null;
      product: { sku: string } | null;
      location: { code: string } | null;
    }>;
    totals: {
      key: string;
      category: string | null;
      counterparty: string | null;
      units: number;
      revenue: string;
      costOfGoodsSold: string;
      margin: string;
      marginPercent: number | null;
      product: { sku: string } | null;
      location: { code: string } | null;
    };
  };
};

export type ReservationFieldsFragment = {
  id: string;
  status: ReservationStatus;
  expiresAt: string | null;
  reference: string | null;
  holder: string | null;
  createdAt: string;
  updatedAt: string;
  lines: Array<{
    quantity: number;
    fulfilled: number;
    released: number;
    outstanding: number;
    product: { sku: string };
    location: { code: string };
  }>;
};

export type ReservationPayloadFieldsFragment = {
  reservation: {
    id: string;
    status: ReservationStatus;
    expiresAt: string | null;
    reference: string | null;
    holder: string | null;
    createdAt: string;
    updatedAt: string;
    lines: Array<{
      quantity: number;
      fulfilled: number;
      released: number;
      outstanding: number;
      product: { sku: string };
      location: { code: string };
    }>;
  } | null;
  stockLevels: Array<{
    onHand: number;
    reserved: number;
    committed: number;
    available: number;
    product: { sku: string };
    location: { code: string };
  }>;
  userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
};

export type ReserveStockMutationVariables = Exact<{
  input: ReserveStockInput;
}>;

export type ReserveStockMutation = {
  reserveStock: {
    reservation: {
      id: string;
      status: ReservationStatus;
      expiresAt: string | null;
      reference: string | null;
      holder: string | null;
      createdAt: string;
      updatedAt: string;
      lines: Array<{
        quantity: number;
        fulfilled: number;
        released: number;
        outstanding: number;
        product: { sku: string };
        location: { code: string };
      }>;
    } | null;
    stockLevels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      available: number;
      product: { sku: string };
      location: { code: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ExtendReservationMutationVariables = Exact<{
  input: ExtendReservationInput;
}>;

export type ExtendReservationMutation = {
  extendReservation: {
    reservation: {
      id: string;
      status: ReservationStatus;
      expiresAt: string | null;
      reference: string | null;
      holder: string | null;
      createdAt: string;
      updatedAt: string;
      lines: Array<{
        quantity: number;
        fulfilled: number;
        released: number;
        outstanding: number;
        product: { sku: string };
        location: { code: string };
      }>;
    } | null;
    stockLevels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      available: number;
      product: { sku: string };
      location: { code: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type CommitReservationMutationVariables = Exact<{
  input: CommitReservationInput;
}>;

export type CommitReservationMutation = {
  commitReservation: {
    reservation: {
      id: string;
      status: ReservationStatus;
      expiresAt: string | null;
      reference: string | null;
      holder: string | null;
      createdAt: string;
      updatedAt: string;
      lines: Array<{
        quantity: number;
        fulfilled: number;
        released: number;
        outstanding: number;
        product: { sku: string };
        location: { code: string };
      }>;
    } | null;
    stockLevels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      available: number;
      product: { sku: string };
      location: { code: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ReleaseReservationMutationVariables = Exact<{
  input: ReleaseReservationInput;
}>;

export type ReleaseReservationMutation = {
  releaseReservation: {
    reservation: {
      id: string;
      status: ReservationStatus;
      expiresAt: string | null;
      reference: string | null;
      holder: string | null;
      createdAt: string;
      updatedAt: string;
      lines: Array<{
        quantity: number;
        fulfilled: number;
        released: number;
        outstanding: number;
        product: { sku: string };
        location: { code: string };
      }>;
    } | null;
    stockLevels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      available: number;
      product: { sku: string };
      location: { code: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ChangeStockStateMutationVariables = Exact<{
  input: ChangeStockStateInput;
}>;

export type ChangeStockStateMutation = {
  changeStockState: {
    movement: {
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      unitPrice: string | null;
      reason: MovementReason;
      reference: string | null;
      counterparty: string | null;
      note: string | null;
      occurredAt: string;
      recordedAt: string;
      idempotencyKey: string | null;
      fromState: StockState | null;
      toState: StockState | null;
      product: { sku: string };
      fromLocation: { code: string } | null;
      toLocation: { code: string } | null;
      reversalOf: { id: string } | null;
      reversedBy: { id: string } | null;
      reservation: { id: string } | null;
    } | null;
    stockLevels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      available: number;
      location: { code: string };
      product: { sku: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type SetSafetyStockMutationVariables = Exact<{
  input: SetSafetyStockInput;
}>;

export type SetSafetyStockMutation = {
  setSafetyStock: {
    stockLevel: { onHand: number; safetyStock: number; available: number } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ReservationsQueryVariables = Exact<{
  filter?: ReservationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type ReservationsQuery = {
  reservations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      status: ReservationStatus;
      expiresAt: string | null;
      reference: string | null;
      holder: string | null;
      createdAt: string;
      updatedAt: string;
      lines: Array<{
        quantity: number;
        fulfilled: number;
        released: number;
        outstanding: number;
        product: { sku: string };
        location: { code: string };
      }>;
    }>;
  };
};

export type ReservationNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type ReservationNodeQuery = {
  node:
    | {
        id: string;
        status: ReservationStatus;
        expiresAt: string | null;
        reference: string | null;
        holder: string | null;
        createdAt: string;
        updatedAt: string;
        lines: Array<{
          quantity: number;
          fulfilled: number;
          released: number;
          outstanding: number;
          product: { sku: string };
          location: { code: string };
        }>;
      }
    | Record<PropertyKey, never>
    | null;
};

export type ProductStockStatesQueryVariables = Exact<{
  id: string | number;
  locationId?: string | number | null | undefined;
}>;

export type ProductStockStatesQuery = {
  product: {
    sku: string;
    onHand: number;
    reserved: number;
    committed: number;
    damaged: number;
    qualityControl: number;
    safetyStock: number;
    available: number;
    stockLevels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      available: number;
      location: { code: string };
      reservations: Array<{ id: string; status: ReservationStatus }>;
    }>;
  } | null;
};

export type StockStatesAsOfQueryVariables = Exact<{
  id: string | number;
  at: string;
  locationId?: string | number | null | undefined;
}>;

export type StockStatesAsOfQuery = {
  product: {
    stockAsOf: {
      at: string;
      onHand: number;
      levels: Array<{ onHand: number; damaged: number; qualityControl: number; location: { code: string } }>;
    };
  } | null;
};

export type MovementFieldsFragment = {
  id: string;
  kind: MovementKind;
  quantity: number;
  unitCost: string | null;
  unitPrice: string | null;
  reason: MovementReason;
  reference: string | null;
  counterparty: string | null;
  note: string | null;
  occurredAt: string;
  recordedAt: string;
  idempotencyKey: string | null;
  fromState: StockState | null;
  toState: StockState | null;
  product: { sku: string };
  fromLocation: { code: string } | null;
  toLocation: { code: string } | null;
  reversalOf: { id: string } | null;
  reversedBy: { id: string } | null;
  reservation: { id: string } | null;
};

export type StockPayloadFieldsFragment = {
  movement: {
    id: string;
    kind: MovementKind;
    quantity: number;
    unitCost: string | null;
    unitPrice: string | null;
    reason: MovementReason;
    reference: string | null;
    counterparty: string | null;
    note: string | null;
    occurredAt: string;
    recordedAt: string;
    idempotencyKey: string | null;
    fromState: StockState | null;
    toState: StockState | null;
    product: { sku: string };
    fromLocation: { code: string } | null;
    toLocation: { code: string } | null;
    reversalOf: { id: string } | null;
    reversedBy: { id: string } | null;
    reservation: { id: string } | null;
  } | null;
  stockLevels: Array<{
    onHand: number;
    reserved: number;
    committed: number;
    damaged: number;
    qualityControl: number;
    safetyStock: number;
    available: number;
    location: { code: string };
    product: { sku: string };
  }>;
  userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
};

export type ReceiveStockMutationVariables = Exact<{
  input: ReceiveStockInput;
}>;

export type ReceiveStockMutation = {
  receiveStock: {
    movement: {
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      unitPrice: string | null;
      reason: MovementReason;
      reference: string | null;
      counterparty: string | null;
      note: string | null;
      occurredAt: string;
      recordedAt: string;
      idempotencyKey: string | null;
      fromState: StockState | null;
      toState: StockState | null;
      product: { sku: string };
      fromLocation: { code: string } | null;
      toLocation: { code: string } | null;
      reversalOf: { id: string } | null;
      reversedBy: { id: string } | null;
      reservation: { id: string } | null;
    } | null;
    stockLevels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      available: number;
      location: { code: string };
      product: { sku: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ShipStockMutationVariables = Exact<{
  input: ShipStockInput;
}>;

export type ShipStockMutation = {
  shipStock: {
    movement: {
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      unitPrice: string | null;
      reason: MovementReason;
      reference: string | null;
      counterparty: string | null;
      note: string | null;
      occurredAt: string;
      recordedAt: string;
      idempotencyKey: string | null;
      fromState: StockState | null;
      toState: StockState | null;
      product: { sku: string };
      fromLocation: { code: string } | null;
      toLocation: { code: string } | null;
      reversalOf: { id: string } | null;
      reversedBy: { id: string } | null;
      reservation: { id: string } | null;
    } | null;
    stockLevels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      available: number;
      location: { code: string };
      product: { sku: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type TransferStockMutationVariables = Exact<{
  input: TransferStockInput;
}>;

export type TransferStockMutation = {
  transferStock: {
    movement: {
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      unitPrice: string | null;
      reason: MovementReason;
      reference: string | null;
      counterparty: string | null;
      note: string | null;
      occurredAt: string;
      recordedAt: string;
      idempotencyKey: string | null;
      fromState: StockState | null;
      toState: StockState | null;
      product: { sku: string };
      fromLocation: { code: string } | null;
      toLocation: { code: string } | null;
      reversalOf: { id: string } | null;
      reversedBy: { id: string } | null;
      reservation: { id: string } | null;
    } | null;
    stockLevels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      available: number;
      location: { code: string };
      product: { sku: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type AdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;

export type AdjustStockMutation = {
  adjustStock: {
    movement: {
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      unitPrice: string | null;
      reason: MovementReason;
      reference: string | null;
      counterparty: string | null;
      note: string | null;
      occurredAt: string;
      recordedAt: string;
      idempotencyKey: string | null;
      fromState: StockState | null;
      toState: StockState | null;
      product: { sku: string };
      fromLocation: { code: string } | null;
      toLocation: { code: string } | null;
      reversalOf: { id: string } | null;
      reversedBy: { id: string } | null;
      reservation: { id: string } | null;
    } | null;
    stockLevels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      available: number;
      location: { code: string };
      product: { sku: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ReturnStockMutationVariables = Exact<{
  input: ReturnStockInput;
}>;

export type ReturnStockMutation = {
  returnStock: {
    movement: {
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      unitPrice: string | null;
      reason: MovementReason;
      reference: string | null;
      counterparty: string | null;
      note: string | null;
      occurredAt: string;
      recordedAt: string;
      idempotencyKey: string | null;
      fromState: StockState | null;
      toState: StockState | null;
      product: { sku: string };
      fromLocation: { code: string } | null;
      toLocation: { code: string } | null;
      reversalOf: { id: string } | null;
      reversedBy: { id: string } | null;
      reservation: { id: string } | null;
    } | null;
    stockLevels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      available: number;
      location: { code: string };
      product: { sku: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type WriteOffStockMutationVariables = Exact<{
  input: WriteOffStockInput;
}>;

export type WriteOffStockMutation = {
  writeOffStock: {
    movement: {
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      unitPrice: string | null;
      reason: MovementReason;
      reference: string | null;
      counterparty: string | null;
      note: string | null;
      occurredAt: string;
      recordedAt: string;
      idempotencyKey: string | null;
      fromState: StockState | null;
      toState: StockState | null;
      product: { sku: string };
      fromLocation: { code: string } | null;
      toLocation: { code: string } | null;
      reversalOf: { id: string } | null;
      reversedBy: { id: string } | null;
      reservation: { id: string } | null;
    } | null;
    stockLevels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      available: number;
      location: { code: string };
      product: { sku: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ReverseMovementMutationVariables = Exact<{
  input: ReverseMovementInput;
}>;

export type ReverseMovementMutation = {
  reverseMovement: {
    movement: {
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      unitPrice: string | null;
      reason: MovementReason;
      reference: string | null;
      counterparty: string | null;
      note: string | null;
      occurredAt: string;
      recordedAt: string;
      idempotencyKey: string | null;
      fromState: StockState | null;
      toState: StockState | null;
      product: { sku: string };
      fromLocation: { code: string } | null;
      toLocation: { code: string } | null;
      reversalOf: { id: string } | null;
      reversedBy: { id: string } | null;
      reservation: { id: string } | null;
    } | null;
    stockLevels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      available: number;
      location: { code: string };
      product: { sku: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type RecordMovementsMutationVariables = Exact<{
  input: RecordMovementsInput;
}>;

export type RecordMovementsMutation = {
  recordMovements: {
    movements: Array<{
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      unitPrice: string | null;
      reason: MovementReason;
      reference: string | null;
      counterparty: string | null;
      note: string | null;
      occurredAt: string;
      recordedAt: string;
      idempotencyKey: string | null;
      fromState: StockState | null;
      toState: StockState | null;
      product: { sku: string };
      fromLocation: { code: string } | null;
      toLocation: { code: string } | null;
      reversalOf: { id: string } | null;
      reversedBy: { id: string } | null;
      reservation: { id: string } | null;
    }>;
    stockLevels: Array<{ onHand: number; location: { code: string }; product: { sku: string } }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ProductStockQueryVariables = Exact<{
  id: string | number;
  locationId?: string | number | null | undefined;
}>;

export type ProductStockQuery = {
  product: {
    sku: string;
    onHand: number;
    available: number;
    stockLevels: Array<{ onHand: number; available: number; location: { code: string } }>;
  } | null;
};

export type StockAsOfQueryVariables = Exact<{
  id: string | number;
  at: string;
  locationId?: string | number | null | undefined;
}>;

export type StockAsOfQuery = {
  product: {
    stockAsOf: { at: string; onHand: number; levels: Array<{ onHand: number; location: { code: string } }> };
  } | null;
};

export type LocationStockAsOfQueryVariables = Exact<{
  code: string;
  at: string;
}>;

export type LocationStockAsOfQuery = {
  location: { stockAsOf: { onHand: number; levels: Array<{ onHand: number; product: { sku: string } }> } } | null;
};

export type LocationStockQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type LocationStockQuery = {
  location: {
    stockLevels: {
      totalCount: number;
      nodes: Array<{ onHand: number; product: { sku: string } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    movements: { totalCount: number; nodes: Array<{ kind: MovementKind; quantity: number }> };
  } | null;
};

export type MovementsQueryVariables = Exact<{
  filter?: MovementFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type MovementsQuery = {
  movements: {
    totalCount: number;
    nodes: Array<{
      id: string;
      kind: MovementKind;
      quantity: number;
      unitCost: string | null;
      unitPrice: string | null;
      reason: MovementReason;
      reference: string | null;
      counterparty: string | null;
      note: string | null;
      occurredAt: string;
      recordedAt: string;
      idempotencyKey: string | null;
      fromState: StockState | null;
      toState: StockState | null;
      product: { sku: string };
      fromLocation: { code: string } | null;
      toLocation: { code: string } | null;
      reversalOf: { id: string } | null;
      reversedBy: { id: string } | null;
      reservation: { id: string } | null;
    }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
  };
};

export type ProductMovementsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;

export type ProductMovementsQuery = {
  product: {
    movements: { totalCount: number; nodes: Array<{ kind: MovementKind; quantity: number; occurredAt: string }> };
  } | null;
};

export type VerifyStockLevelsQueryVariables = Exact<{ [key: string]: never }>;

export type VerifyStockLevelsQuery = {
  verifyStockLevels: {
    ok: boolean;
    checkedLevels: number;
    differences: Array<{
      storedOnHand: number;
      ledgerOnHand: number;
      storedDamaged: number;
      ledgerDamaged: number;
      storedQualityControl: number;
      ledgerQualityControl: number;
      storedReserved: number;
      heldReserved: number;
      storedCommitted: number;
      heldCommitted: number;
      product: { sku: string };
      location: { code: string };
    }>;
  };
};

export type CatalogueWithStockQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: ProductFilter | null | undefined;
}>;

export type CatalogueWithStockQuery = {
  products: {
    edges: Array<{
      node: { sku: string; onHand: number; stockLevels: Array<{ onHand: number; location: { code: string } }> };
    }>;
  };
};

export type ProductStockTotalsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type ProductStockTotalsQuery = { products: { nodes: Array<{ sku: string; onHand: number }> } };

export type LiveLevelFieldsFragment = {
  onHand: number;
  reserved: number;
  committed: number;
  damaged: number;
  qualityControl: number;
  safetyStock: number;
  available: number;
  updatedAt: string;
  product: { id: string };
  location: { id: string };
};

export type StockLevelChangedSubscriptionVariables = Exact<{
  productIds?: Array<string | number> | string | number | null | undefined;
  locationIds?: Array<string | number> | string | number | null | undefined;
}>;

export type StockLevelChangedSubscription = {
  stockLevelChanged: {
    type: EventType;
    occurredAt: string;
    levels: Array<{
      onHand: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      available: number;
      updatedAt: string;
      product: { id: string };
      location: { id: string };
    }>;
  };
};

export type ReservationChangedSubscriptionVariables = Exact<{
  reference: string;
}>;

export type ReservationChangedSubscription = {
  reservationChanged: {
    type: EventType;
    occurredAt: string;
    reservation: {
      id: string;
      reference: string | null;
      status: ReservationStatus;
      lines: Array<{ quantity: number }>;
    };
  };
};

export type LowStockAlertSubscriptionVariables = Exact<{
  locationId?: string | number | null | undefined;
}>;

export type LowStockAlertSubscription = {
  lowStockAlert: {
    direction: LowStockDirection;
    available: number;
    reorderPoint: number;
    occurredAt: string;
    product: { id: string; sku: string };
    location: { id: string } | null;
  };
};

export type FeedEventsSubscriptionVariables = Exact<{
  types?: Array<EventType> | EventType | null | undefined;
  after?: string | null | undefined;
}>;

export type FeedEventsSubscription = {
  events: { cursor: string; node: { id: string; sequence: number; type: EventType; productIds: Array<string> } };
};

export type StockLevelCostsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type StockLevelCostsSubscription = {
  stockLevelChanged: { levels: Array<{ product: { id: string; averageCost: string | null } }> };
};

export type TransferFieldsFragment = {
  id: string;
  status: TransferStatus;
  reference: string | null;
  expectedArrival: string | null;
  closeReason: string | null;
  fromLocation: { code: string };
  toLocation: { code: string };
  lines: Array<{
    quantity: number;
    shipped: number;
    received: number;
    lost: number;
    returned: number;
    inTransit: number;
    product: { sku: string };
  }>;
  history: Array<{
    status: TransferStatus;
    at: string;
    actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null;
  }>;
};

export type TransferPayloadFieldsFragment = {
  transfer: {
    id: string;
    status: TransferStatus;
    reference: string | null;
    expectedArrival: string | null;
    closeReason: string | null;
    fromLocation: { code: string };
    toLocation: { code: string };
    lines: Array<{
      quantity: number;
      shipped: number;
      received: number;
      lost: number;
      returned: number;
      inTransit: number;
      product: { sku: string };
    }>;
    history: Array<{
      status: TransferStatus;
      at: string;
      actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null;
    }>;
  } | null;
  movements: Array<{ id: string; kind: MovementKind; quantity: number; toState: StockState | null }>;
  userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
};

export type CreateTransferMutationVariables = Exact<{
  input: CreateTransferInput;
}>;

export type CreateTransferMutation = {
  createTransfer: {
    transfer: {
      id: string;
      status: TransferStatus;
      reference: string | null;
      expectedArrival: string | null;
      closeReason: string | null;
      fromLocation: { code: string };
      toLocation: { code: string };
      lines: Array<{
        quantity: number;
        shipped: number;
        received: number;
        lost: number;
        returned: number;
        inTransit: number;
        product: { sku: string };
      }>;
      history: Array<{
        status: TransferStatus;
        at: string;
        actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null;
      }>;
    } | null;
    movements: Array<{ id: string; kind: MovementKind; quantity: number; toState: StockState | null }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ShipTransferMutationVariables = Exact<{
  input: ShipTransferInput;
}>;

export type ShipTransferMutation = {
  shipTransfer: {
    transfer: {
      id: string;
      status: TransferStatus;
      reference: string | null;
      expectedArrival: string | null;
      closeReason: string | null;
      fromLocation: { code: string };
      toLocation: { code: string };
      lines: Array<{
        quantity: number;
        shipped: number;
        received: number;
        lost: number;
        returned: number;
        inTransit: number;
        product: { sku: string };
      }>;
      history: Array<{
        status: TransferStatus;
        at: string;
        actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null;
      }>;
    } | null;
    movements: Array<{ id: string; kind: MovementKind; quantity: number; toState: StockState | null }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ReceiveTransferMutationVariables = Exact<{
  input: ReceiveTransferInput;
}>;

export type ReceiveTransferMutation = {
  receiveTransfer: {
    transfer: {
      id: string;
      status: TransferStatus;
      reference: string | null;
      expectedArrival: string | null;
      closeReason: string | null;
      fromLocation: { code: string };
      toLocation: { code: string };
      lines: Array<{
        quantity: number;
        shipped: number;
        received: number;
        lost: number;
        returned: number;
        inTransit: number;
        product: { sku: string };
      }>;
      history: Array<{
        status: TransferStatus;
        at: string;
        actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null;
      }>;
    } | null;
    movements: Array<{ id: string; kind: MovementKind; quantity: number; toState: StockState | null }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type CloseTransferMutationVariables = Exact<{
  input: CloseTransferInput;
}>;

export type CloseTransferMutation = {
  closeTransfer: {
    transfer: {
      id: string;
      status: TransferStatus;
      reference: string | null;
      expectedArrival: string | null;
      closeReason: string | null;
      fromLocation: { code: string };
      toLocation: { code: string };
      lines: Array<{
        quantity: number;
        shipped: number;
        received: number;
        lost: number;
        returned: number;
        inTransit: number;
        product: { sku: string };
      }>;
      history: Array<{
        status: TransferStatus;
        at: string;
        actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null;
      }>;
    } | null;
    movements: Array<{ id: string; kind: MovementKind; quantity: number; toState: StockState | null }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type CancelTransferMutationVariables = Exact<{
  input: CancelTransferInput;
}>;

export type CancelTransferMutation = {
  cancelTransfer: {
    transfer: {
      id: string;
      status: TransferStatus;
      reference: string | null;
      expectedArrival: string | null;
      closeReason: string | null;
      fromLocation: { code: string };
      toLocation: { code: string };
      lines: Array<{
        quantity: number;
        shipped: number;
        received: number;
        lost: number;
        returned: number;
        inTransit: number;
        product: { sku: string };
      }>;
      history: Array<{
        status: TransferStatus;
        at: string;
        actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null;
      }>;
    } | null;
    movements: Array<{ id: string; kind: MovementKind; quantity: number; toState: StockState | null }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type TransferNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type TransferNodeQuery = {
  transfer: {
    id: string;
    status: TransferStatus;
    reference: string | null;
    expectedArrival: string | null;
    closeReason: string | null;
    fromLocation: { code: string };
    toLocation: { code: string };
    lines: Array<{
      quantity: number;
      shipped: number;
      received: number;
      lost: number;
      returned: number;
      inTransit: number;
      product: { sku: string };
    }>;
    history: Array<{
      status: TransferStatus;
      at: string;
      actor: { __typename: 'ApiKey' } | { __typename: 'User' } | null;
    }>;
  } | null;
};

export type ProductIncomingQueryVariables = Exact<{
  id: string | number;
}>;

export type ProductIncomingQuery = {
  product: {
    onHand: number;
    available: number;
    incoming: number;
    incomingSchedule: Array<{ expectedOn: string | null; quantity: number }>;
    stockLevels: Array<{
      onHand: number;
      available: number;
      damaged: number;
      qualityControl: number;
      incoming: number;
      incomingSchedule: Array<{ expectedOn: string | null; quantity: number }>;
      location: { code: string };
    }>;
  } | null;
};

export type TransferEventsQueryVariables = Exact<{
  productId: string | number;
}>;

export type TransferEventsQuery = {
  events: {
    nodes: Array<{
      type: EventType;
      payload:
        | { __typename: 'LocationEventPayload' }
        | { __typename: 'MovementEventPayload' }
        | { __typename: 'ProductEventPayload' }
        | { __typename: 'PurchaseOrderEventPayload' }
        | { __typename: 'ReorderPointEventPayload' }
        | { __typename: 'ReservationEventPayload' }
        | { __typename: 'SafetyStockEventPayload' }
        | {
            __typename: 'TransferEventPayload';
            transfer: {
              id: string;
              status: TransferStatus;
              lines: Array<{ shipped: number; received: number; lost: number }>;
            };
          };
    }>;
  };
};

export type WebhookSubscriptionFieldsFragment = {
  id: string;
  url: string;
  eventTypes: Array<EventType>;
  description: string | null;
  status: WebhookSubscriptionStatus;
  pausedReason: string | null;
  pausedAt: string | null;
  createdAt: string;
  createdBy: { __typename: 'ApiKey'; name: string } | { __typename: 'User'; email: string } | null;
};

export type WebhookDeliveryFieldsFragment = {
  id: string;
  webhookId: string;
  eventType: EventType;
  eventSequence: string;
  body: string;
  orderingKey: string;
  status: WebhookDeliveryStatus;
  attemptCount: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  completedAt: string | null;
  subscription: { id: string };
  attempts: Array<{
    attemptedAt: string;
    durationMs: number;
    statusCode: number | null;
    error: string | null;
    succeeded: boolean;
  }>;
};

export type CreateWebhookSubscriptionMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;

export type CreateWebhookSubscriptionMutation = {
  createWebhookSubscription: {
    secret: string | null;
    subscription: {
      id: string;
      url: string;
      eventTypes: Array<EventType>;
      description: string | null;
      status: WebhookSubscriptionStatus;
      pausedReason: string | null;
      pausedAt: string | null;
      createdAt: string;
      createdBy: { __typename: 'ApiKey'; name: string } | { __typename: 'User'; email: string } | null;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type UpdateWebhookSubscriptionMutationVariables = Exact<{
  input: UpdateWebhookSubscriptionInput;
}>;

export type UpdateWebhookSubscriptionMutation = {
  updateWebhookSubscription: {
    subscription: {
      id: string;
      url: string;
      eventTypes: Array<EventType>;
      description: string | null;
      status: WebhookSubscriptionStatus;
      pausedReason: string | null;
      pausedAt: string | null;
      createdAt: string;
      createdBy: { __typename: 'ApiKey'; name: string } | { __typename: 'User'; email: string } | null;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type DeleteWebhookSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteWebhookSubscriptionMutation = {
  deleteWebhookSubscription: {
    deletedSubscriptionId: string | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;

export type RotateWebhookSecretMutation = {
  rotateWebhookSecret: {
    secret: string | null;
    subscription: { id: string } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type RedeliverWebhookMutationVariables = Exact<{
  deliveryId: string | number;
}>;

export type RedeliverWebhookMutation = {
  redeliverWebhook: {
    delivery: {
      id: string;
      webhookId: string;
      eventType: EventType;
      eventSequence: string;
      body: string;
      orderingKey: string;
      status: WebhookDeliveryStatus;
      attemptCount: number;
      nextAttemptAt: string | null;
      lastError: string | null;
      completedAt: string | null;
      subscription: { id: string };
      attempts: Array<{
        attemptedAt: string;
        durationMs: number;
        statusCode: number | null;
        error: string | null;
        succeeded: boolean;
      }>;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type WebhookSubscriptionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type WebhookSubscriptionsQuery = {
  webhookSubscriptions: {
    totalCount: number;
    nodes: Array<{
      id: string;
      url: string;
      eventTypes: Array<EventType>;
      description: string | null;
      status: WebhookSubscriptionStatus;
      pausedReason: string | null;
      pausedAt: string | null;
      createdAt: string;
      createdBy: { __typename: 'ApiKey'; name: string } | { __typename: 'User'; email: string } | null;
    }>;
  };
};

export type WebhookSubscriptionQueryVariables = Exact<{
  id: string | number;
}>;

export type WebhookSubscriptionQuery = {
  webhookSubscription: {
    id: string;
    url: string;
    eventTypes: Array<EventType>;
    description: string | null;
    status: WebhookSubscriptionStatus;
    pausedReason: string | null;
    pausedAt: string | null;
    createdAt: string;
    createdBy: { __typename: 'ApiKey'; name: string } | { __typename: 'User'; email: string } | null;
  } | null;
};

export type WebhookDeliveriesQueryVariables = Exact<{
  subscriptionId?: string | number | null | undefined;
  status?: WebhookDeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type WebhookDeliveriesQuery = {
  webhookDeliveries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      webhookId: string;
      eventType: EventType;
      eventSequence: string;
      body: string;
      orderingKey: string;
      status: WebhookDeliveryStatus;
      attemptCount: number;
      nextAttemptAt: string | null;
      lastError: string | null;
      completedAt: string | null;
      subscription: { id: string };
      attempts: Array<{
        attemptedAt: string;
        durationMs: number;
        statusCode: number | null;
        error: string | null;
        succeeded: boolean;
      }>;
    }>;
  };
};

export type CreateWebhookApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;

export type CreateWebhookApiKeyMutation = {
  createApiKey: {
    secret: string | null;
    apiKey: { id: string; manageWebhooks: boolean } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type SetApiKeyManagesWebhooksMutationVariables = Exact<{
  id: string | number;
  manageWebhooks: boolean;
}>;

export type SetApiKeyManagesWebhooksMutation = {
  updateApiKey: {
    apiKey: { id: string; manageWebhooks: boolean } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export const ProductFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderQuantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const StockLevelSnapshotFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StockLevelSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevelSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StockLevelSnapshotFieldsFragment, unknown>;
export const EventFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reservationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payload' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'movement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fromLocationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'toLocationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reservationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reversalOfId' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLevels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockLevelSnapshotFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reservation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'lines' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fulfilled' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'released' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLevels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockLevelSnapshotFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SafetyStockEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLevels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockLevelSnapshotFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'product' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'location' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderPointEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'product' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StockLevelSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevelSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventFieldsFragment, unknown>;
export const LocationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LocationFieldsFragment, unknown>;
export const PurchaseOrderFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PurchaseOrderFieldsFragment, unknown>;
export const PurchaseOrderPayloadFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'purchaseOrder' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PurchaseOrderPayloadFieldsFragment, unknown>;
export const LowStockItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LowStockItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LowStockItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedOrderQuantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysOfCover' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LowStockItemFieldsFragment, unknown>;
export const SummaryBucketFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SummaryBucketFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementSummaryBucket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: 'received' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shipped' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredOut' } },
          { kind: 'Field', name: { kind: 'Name', value: 'adjusted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'writtenOff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SummaryBucketFieldsFragment, unknown>;
export const SalesRowFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SalesRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SalesReportRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'units' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costOfGoodsSold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'margin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'marginPercent' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SalesRowFieldsFragment, unknown>;
export const ReservationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReservationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'released' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReservationFieldsFragment, unknown>;
export const ReservationPayloadFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReservationPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReservationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReservationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'released' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReservationPayloadFieldsFragment, unknown>;
export const MovementFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MovementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversalOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MovementFieldsFragment, unknown>;
export const StockPayloadFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StockPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MovementFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MovementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversalOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StockPayloadFieldsFragment, unknown>;
export const LiveLevelFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveLevelFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveLevelFieldsFragment, unknown>;
export const TransferFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Transfer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedArrival' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inTransit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransferFieldsFragment, unknown>;
export const TransferPayloadFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transfer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransferFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Transfer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedArrival' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inTransit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransferPayloadFieldsFragment, unknown>;
export const WebhookSubscriptionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'email' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookSubscriptionFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookDeliveryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'webhookId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventSequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'orderingKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attempts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attemptedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const ChangePasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CreateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeactivateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeactivateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deactivateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'active' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const CreateApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiKeyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createdBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'email' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ApiKeysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiKeys' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiKeys' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createdBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'email' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const UsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Users' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const MovementAuditDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MovementAudit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'email' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MovementAuditQuery, MovementAuditQueryVariables>;
export const ShipmentCostDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ShipmentCost' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShipmentCostQuery, ShipmentCostQueryVariables>;
export const ProductPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductOrder' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'products' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductPageQuery, ProductPageQueryVariables>;
export const ProductSkusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductSkus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'products' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductSkusQuery, ProductSkusQueryVariables>;
export const ProductByIdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductById' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProductFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderQuantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductByIdQuery, ProductByIdQueryVariables>;
export const ProductBySkuDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductBySku' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sku' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sku' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sku' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProductFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderQuantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductBySkuQuery, ProductBySkuQueryVariables>;
export const CategoriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Categories' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'active' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const NodeByIdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NodeById' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const CreateProductDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProduct' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateProductInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProduct' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProductFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderQuantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProduct' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProductInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProduct' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProductFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderQuantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProductMutation, UpdateProductMutationVariables>;
export const ArchiveProductDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveProduct' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveProduct' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProductFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderQuantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArchiveProductMutation, ArchiveProductMutationVariables>;
export const RestoreProductDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestoreProduct' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restoreProduct' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProductFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProductFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Product' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'price' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderQuantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestoreProductMutation, RestoreProductMutationVariables>;
export const CheckpointProductAsOfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckpointProductAsOf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stockAsOf' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'at' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'locationId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'levels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'location' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckpointProductAsOfQuery, CheckpointProductAsOfQueryVariables>;
export const CheckpointLocationAsOfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckpointLocationAsOf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stockAsOf' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'at' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'levels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'product' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckpointLocationAsOfQuery, CheckpointLocationAsOfQueryVariables>;
export const EventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Events' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventType' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reservationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'types' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'productId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reservationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reservationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EventFields' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StockLevelSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevelSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reservationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payload' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'movement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fromLocationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'toLocationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reservationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reversalOfId' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLevels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockLevelSnapshotFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reservation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'lines' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fulfilled' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'released' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLevels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockLevelSnapshotFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SafetyStockEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLevels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockLevelSnapshotFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'product' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'location' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderPointEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'product' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const EventNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EventNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EventFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StockLevelSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevelSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reservationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payload' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'movement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fromLocationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'toLocationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reservationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reversalOfId' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLevels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockLevelSnapshotFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reservation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'lines' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fulfilled' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'released' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLevels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockLevelSnapshotFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SafetyStockEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLevels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockLevelSnapshotFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'product' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'location' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderPointEventPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'product' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventNodeQuery, EventNodeQueryVariables>;
export const CataloguePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CataloguePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'products' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'stockLevels' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'location' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CataloguePageQuery, CataloguePageQueryVariables>;
export const ProductDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stockLevels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'location' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'movements' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '20' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'fromLocation' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'toLocation' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductDetailQuery, ProductDetailQueryVariables>;
export const ImportJobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ImportJob' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importJob' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dryRun' } },
                { kind: 'Field', name: { kind: 'Name', value: 'atomic' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'columnMap' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileColumn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progress' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'bytesRead' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bytesTotal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fraction' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'error' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'createdBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'email' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rowErrors' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportJobQuery, ImportJobQueryVariables>;
export const ImportJobsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ImportJobs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJobStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importJobs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportJobsQuery, ImportJobsQueryVariables>;
export const CancelImportJobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelImportJob' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelImportJobInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelImportJob' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'importJob' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelImportJobMutation, CancelImportJobMutationVariables>;
export const ImportJobProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ImportJobProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importJobProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progress' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fraction' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportJobProgressSubscription, ImportJobProgressSubscriptionVariables>;
export const LocationPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LocationPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocationOrder' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'locations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LocationFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LocationPageQuery, LocationPageQueryVariables>;
export const LocationByCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LocationByCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LocationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LocationByCodeQuery, LocationByCodeQueryVariables>;
export const CreateLocationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateLocation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateLocationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createLocation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LocationFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateLocationMutation, CreateLocationMutationVariables>;
export const UpdateLocationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateLocation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateLocationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateLocation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LocationFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateLocationMutation, UpdateLocationMutationVariables>;
export const ArchiveLocationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveLocation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveLocation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LocationFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Location' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArchiveLocationMutation, ArchiveLocationMutationVariables>;
export const RegisterPersistedDocumentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterPersistedDocuments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'manifest' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerPersistedDocuments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'manifest' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'manifest' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'registered' } },
                { kind: 'Field', name: { kind: 'Name', value: 'alreadyRegistered' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'documents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterPersistedDocumentsMutation, RegisterPersistedDocumentsMutationVariables>;
export const PersistedDocumentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PersistedDocuments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'operationName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'persistedDocuments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'operationName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'operationName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersistedDocumentsQuery, PersistedDocumentsQueryVariables>;
export const CreatePersistedOnlyApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePersistedOnlyApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'requirePersistedQueries' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'role' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'requirePersistedQueries' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'requirePersistedQueries' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirePersistedQueries' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePersistedOnlyApiKeyMutation, CreatePersistedOnlyApiKeyMutationVariables>;
export const UpdateApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateApiKeyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requirePersistedQueries' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateApiKeyMutation, UpdateApiKeyMutationVariables>;
export const CreatePurchaseOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePurchaseOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePurchaseOrderInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPurchaseOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'purchaseOrder' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePurchaseOrderMutation, CreatePurchaseOrderMutationVariables>;
export const UpdatePurchaseOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdatePurchaseOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePurchaseOrderInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePurchaseOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'purchaseOrder' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePurchaseOrderMutation, UpdatePurchaseOrderMutationVariables>;
export const PlacePurchaseOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlacePurchaseOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlacePurchaseOrderInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placePurchaseOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'purchaseOrder' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlacePurchaseOrderMutation, PlacePurchaseOrderMutationVariables>;
export const ReceivePurchaseOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReceivePurchaseOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReceivePurchaseOrderInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receivePurchaseOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'purchaseOrder' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReceivePurchaseOrderMutation, ReceivePurchaseOrderMutationVariables>;
export const ClosePurchaseOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClosePurchaseOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ClosePurchaseOrderInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closePurchaseOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'purchaseOrder' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClosePurchaseOrderMutation, ClosePurchaseOrderMutationVariables>;
export const CancelPurchaseOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelPurchaseOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelPurchaseOrderInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelPurchaseOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'purchaseOrder' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelPurchaseOrderMutation, CancelPurchaseOrderMutationVariables>;
export const CreatePurchaseOrdersFromSuggestionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePurchaseOrdersFromSuggestions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePurchaseOrdersFromSuggestionsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPurchaseOrdersFromSuggestions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'purchaseOrders' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unassigned' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreatePurchaseOrdersFromSuggestionsMutation,
  CreatePurchaseOrdersFromSuggestionsMutationVariables
>;
export const PurchaseOrderNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PurchaseOrderNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'purchaseOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PurchaseOrderFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PurchaseOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PurchaseOrderNodeQuery, PurchaseOrderNodeQueryVariables>;
export const ProductCostAndIncomingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductCostAndIncoming' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'averageCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inventoryValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'incoming' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredSupplier' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductCostAndIncomingQuery, ProductCostAndIncomingQueryVariables>;
export const LowStockIncomingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LowStockIncoming' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lowStock' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'product' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'incoming' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suggestedOrderQuantity' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LowStockIncomingQuery, LowStockIncomingQueryVariables>;
export const LowStockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LowStock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lowStock' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'product' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LowStockItemFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LowStockItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LowStockItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedOrderQuantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysOfCover' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LowStockQuery, LowStockQueryVariables>;
export const ProductDaysOfCoverDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductDaysOfCover' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'windowDays' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'daysOfCover' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'windowDays' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'windowDays' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'locationId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
                    },
                  ],
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductDaysOfCoverQuery, ProductDaysOfCoverQueryVariables>;
export const CatalogueDaysOfCoverDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogueDaysOfCover' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'windowDays' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'products' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'category' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'daysOfCover' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'windowDays' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'windowDays' } },
                          },
                        ],
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogueDaysOfCoverQuery, CatalogueDaysOfCoverQueryVariables>;
export const MovementSummaryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MovementSummary' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'interval' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SummaryInterval' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'timeZone' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kinds' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementKind' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movementSummary' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'interval' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'interval' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'timeZone' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'timeZone' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'productId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kinds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kinds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'buckets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SummaryBucketFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SummaryBucketFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SummaryBucketFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementSummaryBucket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: 'received' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shipped' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredOut' } },
          { kind: 'Field', name: { kind: 'Name', value: 'adjusted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'writtenOff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MovementSummaryQuery, MovementSummaryQueryVariables>;
export const SimilarProductsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SimilarProducts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'weights' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SimilarityWeights' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'similar' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'weights' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'weights' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'product' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'priceScore' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'categoryScore' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'textScore' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SimilarProductsQuery, SimilarProductsQueryVariables>;
export const CatalogueSimilarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogueSimilar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'products' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'category' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'similar' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'IntValue', value: '3' },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'product' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogueSimilarQuery, CatalogueSimilarQueryVariables>;
export const ValuationHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValuationHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'interval' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SummaryInterval' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'timeZone' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valuationHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'interval' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'interval' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'timeZone' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'timeZone' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalValue' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValuationHistoryQuery, ValuationHistoryQueryVariables>;
export const ProductCostDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductCost' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'averageCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inventoryValue' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductCostQuery, ProductCostQueryVariables>;
export const CatalogueCostsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogueCosts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'products' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'averageCost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inventoryValue' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogueCostsQuery, CatalogueCostsQueryVariables>;
export const InventoryValuationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InventoryValuation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ValuationGroupBy' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inventoryValuation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'at' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groupBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalValue' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'product' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'location' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'averageCost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InventoryValuationQuery, InventoryValuationQueryVariables>;
export const SalesReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SalesReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SalesGroupBy' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SalesOrderBy' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'counterparty' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'salesReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'productId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'counterparty' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'counterparty' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'groupBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'orderBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SalesRowFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SalesRowFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SalesRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SalesReportRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'units' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costOfGoodsSold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'margin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'marginPercent' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SalesReportQuery, SalesReportQueryVariables>;
export const ReserveStockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReserveStock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReserveStockInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reserveStock' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReservationPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReservationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'released' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReservationPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReservationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReserveStockMutation, ReserveStockMutationVariables>;
export const ExtendReservationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExtendReservation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExtendReservationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extendReservation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReservationPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReservationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'released' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReservationPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReservationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExtendReservationMutation, ExtendReservationMutationVariables>;
export const CommitReservationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CommitReservation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommitReservationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commitReservation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReservationPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReservationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'released' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReservationPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReservationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommitReservationMutation, CommitReservationMutationVariables>;
export const ReleaseReservationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReleaseReservation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseReservationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseReservation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReservationPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReservationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'released' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReservationPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReservationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReleaseReservationMutation, ReleaseReservationMutationVariables>;
export const ChangeStockStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeStockState' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeStockStateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeStockState' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MovementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversalOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StockPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MovementFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeStockStateMutation, ChangeStockStateMutationVariables>;
export const SetSafetyStockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetSafetyStock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetSafetyStockInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setSafetyStock' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stockLevel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetSafetyStockMutation, SetSafetyStockMutationVariables>;
export const ReservationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Reservations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReservationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReservationFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReservationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'released' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReservationsQuery, ReservationsQueryVariables>;
export const ReservationNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReservationNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReservationFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReservationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reservation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'released' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReservationNodeQuery, ReservationNodeQueryVariables>;
export const ProductStockStatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductStockStates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stockLevels' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'locationId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'location' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reservations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductStockStatesQuery, ProductStockStatesQueryVariables>;
export const StockStatesAsOfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StockStatesAsOf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stockAsOf' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'at' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'locationId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'levels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'location' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StockStatesAsOfQuery, StockStatesAsOfQueryVariables>;
export const ReceiveStockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReceiveStock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReceiveStockInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receiveStock' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MovementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversalOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StockPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MovementFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReceiveStockMutation, ReceiveStockMutationVariables>;
export const ShipStockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ShipStock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ShipStockInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipStock' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MovementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversalOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StockPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MovementFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShipStockMutation, ShipStockMutationVariables>;
export const TransferStockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TransferStock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferStockInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transferStock' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MovementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversalOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StockPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MovementFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransferStockMutation, TransferStockMutationVariables>;
export const AdjustStockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdjustStock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdjustStockInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adjustStock' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MovementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversalOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StockPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MovementFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdjustStockMutation, AdjustStockMutationVariables>;
export const ReturnStockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnStock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReturnStockInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnStock' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MovementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversalOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StockPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MovementFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnStockMutation, ReturnStockMutationVariables>;
export const WriteOffStockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WriteOffStock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WriteOffStockInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'writeOffStock' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MovementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversalOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StockPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MovementFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WriteOffStockMutation, WriteOffStockMutationVariables>;
export const ReverseMovementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReverseMovement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReverseMovementInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reverseMovement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StockPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MovementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversalOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StockPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MovementFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReverseMovementMutation, ReverseMovementMutationVariables>;
export const RecordMovementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordMovements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordMovementsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordMovements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'movements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MovementFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stockLevels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'location' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'product' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MovementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversalOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordMovementsMutation, RecordMovementsMutationVariables>;
export const ProductStockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductStock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stockLevels' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'locationId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'location' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductStockQuery, ProductStockQueryVariables>;
export const StockAsOfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StockAsOf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stockAsOf' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'at' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'locationId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'levels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'location' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StockAsOfQuery, StockAsOfQueryVariables>;
export const LocationStockAsOfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LocationStockAsOf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stockAsOf' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'at' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'levels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'product' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LocationStockAsOfQuery, LocationStockAsOfQueryVariables>;
export const LocationStockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LocationStock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stockLevels' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'product' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'movements' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '10' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LocationStockQuery, LocationStockQueryVariables>;
export const MovementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Movements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovementFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MovementFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MovementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Movement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counterparty' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'idempotencyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversalOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reversedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MovementsQuery, MovementsQueryVariables>;
export const ProductMovementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductMovements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'movements' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductMovementsQuery, ProductMovementsQueryVariables>;
export const VerifyStockLevelsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyStockLevels' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyStockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedLevels' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'differences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'storedOnHand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ledgerOnHand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'storedDamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ledgerDamaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'storedQualityControl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ledgerQualityControl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'storedReserved' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'heldReserved' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'storedCommitted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'heldCommitted' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'product' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'location' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyStockLevelsQuery, VerifyStockLevelsQueryVariables>;
export const CatalogueWithStockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogueWithStock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'products' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'stockLevels' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'location' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogueWithStockQuery, CatalogueWithStockQueryVariables>;
export const ProductStockTotalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductStockTotals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'products' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductStockTotalsQuery, ProductStockTotalsQueryVariables>;
export const StockLevelChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'StockLevelChanged' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'productIds' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationIds' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevelChanged' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'productIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'productIds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'levels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LiveLevelFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveLevelFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'location' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StockLevelChangedSubscription, StockLevelChangedSubscriptionVariables>;
export const ReservationChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ReservationChanged' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservationChanged' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reference' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reservation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'quantity' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReservationChangedSubscription, ReservationChangedSubscriptionVariables>;
export const LowStockAlertDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'LowStockAlert' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lowStockAlert' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'location' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reorderPoint' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LowStockAlertSubscription, LowStockAlertSubscriptionVariables>;
export const FeedEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'FeedEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventType' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'types' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productIds' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FeedEventsSubscription, FeedEventsSubscriptionVariables>;
export const StockLevelCostsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'StockLevelCosts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevelChanged' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'levels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'product' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'averageCost' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StockLevelCostsSubscription, StockLevelCostsSubscriptionVariables>;
export const CreateTransferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateTransfer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateTransferInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createTransfer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransferPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Transfer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedArrival' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inTransit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transfer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransferFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateTransferMutation, CreateTransferMutationVariables>;
export const ShipTransferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ShipTransfer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ShipTransferInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shipTransfer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransferPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Transfer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedArrival' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inTransit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transfer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransferFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShipTransferMutation, ShipTransferMutationVariables>;
export const ReceiveTransferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReceiveTransfer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReceiveTransferInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receiveTransfer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransferPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Transfer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedArrival' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inTransit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transfer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransferFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReceiveTransferMutation, ReceiveTransferMutationVariables>;
export const CloseTransferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseTransfer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseTransferInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeTransfer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransferPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Transfer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedArrival' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inTransit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transfer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransferFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseTransferMutation, CloseTransferMutationVariables>;
export const CancelTransferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelTransfer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelTransferInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelTransfer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransferPayloadFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Transfer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedArrival' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inTransit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferPayloadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transfer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransferFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userErrors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelTransferMutation, CancelTransferMutationVariables>;
export const TransferNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TransferNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transfer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TransferFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Transfer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedArrival' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toLocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inTransit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransferNodeQuery, TransferNodeQueryVariables>;
export const ProductIncomingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductIncoming' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                { kind: 'Field', name: { kind: 'Name', value: 'incoming' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'incomingSchedule' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stockLevels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'incoming' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'incomingSchedule' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'expectedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'location' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductIncomingQuery, ProductIncomingQueryVariables>;
export const TransferEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TransferEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'productId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'payload' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'InlineFragment',
                              typeCondition: {
                                kind: 'NamedType',
                                name: { kind: 'Name', value: 'TransferEventPayload' },
                              },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'transfer' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'lines' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'shipped' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'lost' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransferEventsQuery, TransferEventsQueryVariables>;
export const CreateWebhookSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateWebhookSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateWebhookSubscriptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createWebhookSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subscription' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookSubscriptionFields' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'email' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateWebhookSubscriptionMutation, CreateWebhookSubscriptionMutationVariables>;
export const UpdateWebhookSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateWebhookSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateWebhookSubscriptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateWebhookSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subscription' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookSubscriptionFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'email' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateWebhookSubscriptionMutation, UpdateWebhookSubscriptionMutationVariables>;
export const DeleteWebhookSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteWebhookSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteWebhookSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedSubscriptionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteWebhookSubscriptionMutation, DeleteWebhookSubscriptionMutationVariables>;
export const RotateWebhookSecretDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RotateWebhookSecret' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rotateWebhookSecret' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subscription' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const RedeliverWebhookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RedeliverWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'deliveryId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redeliverWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'deliveryId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'deliveryId' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'delivery' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookDeliveryFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookDeliveryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'webhookId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventSequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'orderingKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attempts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attemptedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const WebhookSubscriptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WebhookSubscriptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookSubscriptions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookSubscriptionFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'email' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookSubscriptionsQuery, WebhookSubscriptionsQueryVariables>;
export const WebhookSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WebhookSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookSubscriptionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'email' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookSubscriptionQuery, WebhookSubscriptionQueryVariables>;
export const WebhookDeliveriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WebhookDeliveries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'subscriptionId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDeliveryStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookDeliveries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'subscriptionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'subscriptionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookDeliveryFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookDeliveryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'webhookId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventSequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'orderingKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attempts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attemptedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'succeeded' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateWebhookApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiKeyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'manageWebhooks' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateWebhookApiKeyMutation, CreateWebhookApiKeyMutationVariables>;
export const SetApiKeyManagesWebhooksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetApiKeyManagesWebhooks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'manageWebhooks' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'manageWebhooks' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'manageWebhooks' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'manageWebhooks' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetApiKeyManagesWebhooksMutation, SetApiKeyManagesWebhooksMutationVariables>;
