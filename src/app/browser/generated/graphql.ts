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

/** Credentials to sign in with. */
export type SignInInput = {
  /** The account's email. */
  email: string;
  /** The account's password. */
  password: string;
};

/** Sort direction for list orderings. */
export type SortDirection =
  /** Smallest, oldest or A first. */
  | 'ASC'
  /** Largest, newest or Z first. */
  | 'DESC';

/** The size of a movement-summary bucket. */
export type SummaryInterval =
  /** Calendar days. */
  | 'DAY'
  /** Calendar months. */
  | 'MONTH'
  /** Weeks starting on Monday. */
  | 'WEEK';

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

export type CatalogueCategoriesQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogueCategoriesQuery = { categories: Array<{ name: string; productCount: number }> };

export type CatalogueCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;

export type CatalogueCreateProductMutation = {
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
      preferredSupplier: string | null;
      leadTimeDays: number | null;
      active: boolean;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type CatalogueProductDetailsFragment = {
  id: string;
  sku: string;
  name: string;
  description: string;
  category: string;
  unit: string;
  price: string;
  reorderPoint: number;
  reorderQuantity: number;
  preferredSupplier: string | null;
  leadTimeDays: number | null;
  active: boolean;
};

export type CatalogueProductsQueryVariables = Exact<{
  filter?: ProductFilter | null | undefined;
  orderBy?: ProductOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type CatalogueProductsQuery = {
  products: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    nodes: Array<{
      id: string;
      sku: string;
      name: string;
      category: string;
      unit: string;
      price: string;
      active: boolean;
      onHand: number;
      available: number;
      reorderPoint: number;
    }>;
  };
};

export type CatalogueUpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;

export type CatalogueUpdateProductMutation = {
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
      preferredSupplier: string | null;
      leadTimeDays: number | null;
      active: boolean;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type LocationMovementSummaryQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  interval: SummaryInterval;
}>;

export type LocationMovementSummaryQuery = {
  movementSummary: {
    interval: SummaryInterval;
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
  };
};

export type LocationPageQueryVariables = Exact<{
  id: string | number;
}>;

export type LocationPageQuery = {
  location: { id: string; code: string; name: string; address: string; kind: LocationKind; active: boolean } | null;
};

export type LocationStockQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type LocationStockQuery = {
  location: {
    id: string;
    stockLevels: {
      totalCount: number;
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
      nodes: Array<{
        onHand: number;
        available: number;
        reserved: number;
        committed: number;
        damaged: number;
        qualityControl: number;
        safetyStock: number;
        incoming: number;
        product: { id: string; sku: string; name: string; unit: string };
      }>;
    };
  } | null;
};

export type LocationStockFiguresFragment = {
  onHand: number;
  available: number;
  reserved: number;
  committed: number;
  damaged: number;
  qualityControl: number;
  safetyStock: number;
  incoming: number;
};

export type LocationStockLevelFragment = {
  onHand: number;
  available: number;
  reserved: number;
  committed: number;
  damaged: number;
  qualityControl: number;
  safetyStock: number;
  incoming: number;
  product: { id: string; sku: string; name: string; unit: string };
};

export type LocationStockSearchQueryVariables = Exact<{
  id: string | number;
  search: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type LocationStockSearchQuery = {
  products: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    nodes: Array<{
      id: string;
      sku: string;
      name: string;
      unit: string;
      stockLevels: Array<{
        onHand: number;
        available: number;
        reserved: number;
        committed: number;
        damaged: number;
        qualityControl: number;
        safetyStock: number;
        incoming: number;
      }>;
    }>;
  };
};

export type LowStockDraftOrderMutationVariables = Exact<{
  input: CreatePurchaseOrderInput;
}>;

export type LowStockDraftOrderMutation = {
  createPurchaseOrder: {
    purchaseOrder: {
      id: string;
      supplier: string;
      status: PurchaseOrderStatus;
      lines: Array<{ id: string; quantity: number; product: { sku: string } }>;
    } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type LowStockReportQueryVariables = Exact<{
  locationId?: string | number | null | undefined;
  category?: string | null | undefined;
  after?: string | null | undefined;
}>;

export type LowStockReportQuery = {
  lowStock: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      onHand: number;
      available: number;
      reorderPoint: number;
      incoming: number;
      suggestedOrderQuantity: number;
      daysOfCover: number | null;
      product: {
        id: string;
        sku: string;
        name: string;
        category: string;
        unit: string;
        preferredSupplier: string | null;
        averageCost: string | null;
      };
      location: { id: string; code: string } | null;
    }>;
  };
  locations: { nodes: Array<{ id: string; code: string; name: string }> };
};

export type OverviewCardsQueryVariables = Exact<{
  locationId?: string | number | null | undefined;
  before: string;
  split: string;
  now: string;
}>;

export type OverviewCardsQuery = {
  valuation: { at: string; totalQuantity: number; totalValue: string };
  lowStock: { totalCount: number };
  salesNow: { totals: { units: number; revenue: string; margin: string; marginPercent: number | null } };
  salesBefore: { totals: { units: number; revenue: string; margin: string; marginPercent: number | null } };
  locations: { nodes: Array<{ id: string; code: string; name: string }> };
};

export type OverviewChartsQueryVariables = Exact<{
  locationId?: string | number | null | undefined;
  from: string;
  to: string;
  valueInterval: SummaryInterval;
  timeZone: string;
}>;

export type OverviewChartsQuery = {
  valuationHistory: Array<{ at: string; totalValue: string }>;
  movementSummary: {
    buckets: Array<{
      start: string;
      received: number;
      shipped: number;
      returned: number;
      transferredIn: number;
      transferredOut: number;
      adjusted: number;
      writtenOff: number;
    }>;
  };
  byCategory: { rows: Array<{ key: string; units: number; revenue: string; margin: string }> };
  topBySales: {
    rows: Array<{
      key: string;
      units: number;
      revenue: string;
      margin: string;
      product: { id: string; sku: string; name: string } | null;
    }>;
  };
  topByMargin: {
    rows: Array<{
      key: string;
      units: number;
      revenue: string;
      margin: string;
      product: { id: string; sku: string; name: string } | null;
    }>;
  };
};

export type OverviewSalesRowFragment = {
  key: string;
  units: number;
  revenue: string;
  margin: string;
  product: { id: string; sku: string; name: string } | null;
};

export type ProductAdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;

export type ProductAdjustStockMutation = {
  adjustStock: {
    movement: { id: string; kind: MovementKind; quantity: number } | null;
    stockLevels: Array<{
      onHand: number;
      available: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      incoming: number;
      updatedAt: string;
      location: { id: string; code: string; name: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ProductLocationOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type ProductLocationOptionsQuery = { locations: { nodes: Array<{ id: string; code: string; name: string }> } };

export type ProductMovementsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  withCosts: boolean;
}>;

export type ProductMovementsQuery = {
  product: {
    id: string;
    movements: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        cursor: string;
        node: {
          id: string;
          kind: MovementKind;
          quantity: number;
          unitCost?: string | null;
          unitPrice: string | null;
          reason: MovementReason;
          reference: string | null;
          counterparty: string | null;
          occurredAt: string;
          fromLocation: { id: string; code: string } | null;
          toLocation: { id: string; code: string } | null;
        };
      }>;
    };
  } | null;
};

export type ProductOnHandHistoryQueryVariables = Exact<{
  id: string | number;
  locationId?: string | number | null | undefined;
  at0: string;
  at1: string;
  at2: string;
  at3: string;
  at4: string;
  at5: string;
  at6: string;
  at7: string;
  at8: string;
  at9: string;
  at10: string;
  at11: string;
  at12: string;
}>;

export type ProductOnHandHistoryQuery = {
  product: {
    id: string;
    p0: { at: string; onHand: number };
    p1: { at: string; onHand: number };
    p2: { at: string; onHand: number };
    p3: { at: string; onHand: number };
    p4: { at: string; onHand: number };
    p5: { at: string; onHand: number };
    p6: { at: string; onHand: number };
    p7: { at: string; onHand: number };
    p8: { at: string; onHand: number };
    p9: { at: string; onHand: number };
    p10: { at: string; onHand: number };
    p11: { at: string; onHand: number };
    p12: { at: string; onHand: number };
  } | null;
};

export type ProductPageQueryVariables = Exact<{
  id: string | number;
  withCosts: boolean;
}>;

export type ProductPageQuery = {
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
    preferredSupplier: string | null;
    leadTimeDays: number | null;
    active: boolean;
    onHand: number;
    reserved: number;
    committed: number;
    damaged: number;
    qualityControl: number;
    safetyStock: number;
    available: number;
    incoming: number;
    averageCost?: string | null;
    inventoryValue?: string | null;
    stockLevels: Array<{
      onHand: number;
      available: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      incoming: number;
      updatedAt: string;
      location: { id: string; code: string; name: string };
    }>;
    similar?: Array<{
      score: number;
      product: { id: string; sku: string; name: string; category: string; price: string };
    }> | null;
  } | null;
};

export type ProductReceiveStockMutationVariables = Exact<{
  input: ReceiveStockInput;
}>;

export type ProductReceiveStockMutation = {
  receiveStock: {
    movement: { id: string; kind: MovementKind; quantity: number } | null;
    stockLevels: Array<{
      onHand: number;
      available: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      incoming: number;
      updatedAt: string;
      location: { id: string; code: string; name: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ProductShipStockMutationVariables = Exact<{
  input: ShipStockInput;
}>;

export type ProductShipStockMutation = {
  shipStock: {
    movement: { id: string; kind: MovementKind; quantity: number } | null;
    stockLevels: Array<{
      onHand: number;
      available: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      incoming: number;
      updatedAt: string;
      location: { id: string; code: string; name: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type ProductStockLevelFragment = {
  onHand: number;
  available: number;
  reserved: number;
  committed: number;
  damaged: number;
  qualityControl: number;
  safetyStock: number;
  incoming: number;
  updatedAt: string;
  location: { id: string; code: string; name: string };
};

export type ProductStockResultFragment = {
  movement: { id: string; kind: MovementKind; quantity: number } | null;
  stockLevels: Array<{
    onHand: number;
    available: number;
    reserved: number;
    committed: number;
    damaged: number;
    qualityControl: number;
    safetyStock: number;
    incoming: number;
    updatedAt: string;
    location: { id: string; code: string; name: string };
  }>;
  userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
};

export type ProductTransferStockMutationVariables = Exact<{
  input: TransferStockInput;
}>;

export type ProductTransferStockMutation = {
  transferStock: {
    movement: { id: string; kind: MovementKind; quantity: number } | null;
    stockLevels: Array<{
      onHand: number;
      available: number;
      reserved: number;
      committed: number;
      damaged: number;
      qualityControl: number;
      safetyStock: number;
      incoming: number;
      updatedAt: string;
      location: { id: string; code: string; name: string };
    }>;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type AppSignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type AppSignInMutation = {
  signIn: {
    token: string | null;
    expiresAt: string | null;
    user: { id: string; email: string; name: string; role: Role } | null;
    userErrors: Array<{ code: ErrorCode; field: Array<string> | null; message: string }>;
  };
};

export const CatalogueProductDetailsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogueProductDetails' },
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
          { kind: 'Field', name: { kind: 'Name', value: 'preferredSupplier' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogueProductDetailsFragment, unknown>;
export const LocationStockFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationStockFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incoming' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LocationStockFiguresFragment, unknown>;
export const LocationStockLevelFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationStockLevel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LocationStockFigures' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LocationStockFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incoming' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LocationStockLevelFragment, unknown>;
export const OverviewSalesRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OverviewSalesRow' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'units' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'margin' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewSalesRowFragment, unknown>;
export const ProductStockLevelFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProductStockLevel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } },
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
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incoming' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductStockLevelFragment, unknown>;
export const ProductStockResultFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProductStockResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockMovementPayload' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stockLevels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProductStockLevel' } }],
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
      name: { kind: 'Name', value: 'ProductStockLevel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLevel' } },
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
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'onHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reserved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'damaged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'qualityControl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'safetyStock' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incoming' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductStockResultFragment, unknown>;
export const CatalogueCategoriesDocument = {
  __meta__: { hash: 'sha256:b8181f48f5b36a7aba3ddaf612d9ab8d4883b5ba3db7f3f8b1a00b8fc70dce83' },
} as unknown as DocumentNode<CatalogueCategoriesQuery, CatalogueCategoriesQueryVariables>;
export const CatalogueCreateProductDocument = {
  __meta__: { hash: 'sha256:8d11bfca703b34e47966eec64ccda8ad637320281161a183a78f24e1194bbfde' },
} as unknown as DocumentNode<CatalogueCreateProductMutation, CatalogueCreateProductMutationVariables>;
export const CatalogueProductsDocument = {
  __meta__: { hash: 'sha256:236dc57357450713a11d6079c6a51b94c666da6be01f4871dc924b16d174d2de' },
} as unknown as DocumentNode<CatalogueProductsQuery, CatalogueProductsQueryVariables>;
export const CatalogueUpdateProductDocument = {
  __meta__: { hash: 'sha256:472b63d11e52f3f8c181516cfcad58a6e276f8f0f3e807b86b960dd22abc7ed0' },
} as unknown as DocumentNode<CatalogueUpdateProductMutation, CatalogueUpdateProductMutationVariables>;
export const LocationMovementSummaryDocument = {
  __meta__: { hash: 'sha256:fdea97235ee6de943ea285c623abb03b2dbbe96d39816ed078d9f127858f8561' },
} as unknown as DocumentNode<LocationMovementSummaryQuery, LocationMovementSummaryQueryVariables>;
export const LocationPageDocument = {
  __meta__: { hash: 'sha256:b55d50535d9b3c47f5f6df1a0e4e0dd705488772e509cc452c3c7b043145513f' },
} as unknown as DocumentNode<LocationPageQuery, LocationPageQueryVariables>;
export const LocationStockDocument = {
  __meta__: { hash: 'sha256:c346908186254dab701199c343bd2481e1da762d4bdb92e2896e1cc83e4dfa28' },
} as unknown as DocumentNode<LocationStockQuery, LocationStockQueryVariables>;
export const LocationStockSearchDocument = {
  __meta__: { hash: 'sha256:e1bcab72dc9df1eb85712cfd5b2e55752aa7f2454126d21cba0361c89d629785' },
} as unknown as DocumentNode<LocationStockSearchQuery, LocationStockSearchQueryVariables>;
export const LowStockDraftOrderDocument = {
  __meta__: { hash: 'sha256:683606b9ee23769f55ad3350e747a269325da21b0bf3b60ad04db033fae18f6c' },
} as unknown as DocumentNode<LowStockDraftOrderMutation, LowStockDraftOrderMutationVariables>;
export const LowStockReportDocument = {
  __meta__: { hash: 'sha256:846b61c5ee8ca14f2e5510e603aebb1e4d311b13a81f2007be66c9b95c22caa4' },
} as unknown as DocumentNode<LowStockReportQuery, LowStockReportQueryVariables>;
export const OverviewCardsDocument = {
  __meta__: { hash: 'sha256:3f08dc655c5a6a5e493b989889ffe4458547f6f7ea113ae783df7d11609d734d' },
} as unknown as DocumentNode<OverviewCardsQuery, OverviewCardsQueryVariables>;
export const OverviewChartsDocument = {
  __meta__: { hash: 'sha256:3cec4614065978c93ca2b7df079496f9cd9a4e4ea601984870b514ef39179a01' },
} as unknown as DocumentNode<OverviewChartsQuery, OverviewChartsQueryVariables>;
export const ProductAdjustStockDocument = {
  __meta__: { hash: 'sha256:96930eb4d0aa2a2d81de223c8a6e36191896aaa8b5619f359cd2714ea212fd24' },
} as unknown as DocumentNode<ProductAdjustStockMutation, ProductAdjustStockMutationVariables>;
export const ProductLocationOptionsDocument = {
  __meta__: { hash: 'sha256:c87dbc3cbd709464e91e6af5e804a79a941195b2756eae92d0be1342dd81baa6' },
} as unknown as DocumentNode<ProductLocationOptionsQuery, ProductLocationOptionsQueryVariables>;
export const ProductMovementsDocument = {
  __meta__: { hash: 'sha256:e15e0c11f3758d19d2af1685b4f7dc598c91777b7280977e338b3dde03b1d048' },
} as unknown as DocumentNode<ProductMovementsQuery, ProductMovementsQueryVariables>;
export const ProductOnHandHistoryDocument = {
  __meta__: { hash: 'sha256:605bfa6841de06eb645b96e04143c2e5360ab8c72853e4805b7093e41dcec24f' },
} as unknown as DocumentNode<ProductOnHandHistoryQuery, ProductOnHandHistoryQueryVariables>;
export const ProductPageDocument = {
  __meta__: { hash: 'sha256:349e091eaa13e7249d8126c806d50503f11f92229a6d635fecc8742c062862ab' },
} as unknown as DocumentNode<ProductPageQuery, ProductPageQueryVariables>;
export const ProductReceiveStockDocument = {
  __meta__: { hash: 'sha256:51ff2918b77623ebf907e4d32193d459a36eaee50536ef2633abfa2334927e28' },
} as unknown as DocumentNode<ProductReceiveStockMutation, ProductReceiveStockMutationVariables>;
export const ProductShipStockDocument = {
  __meta__: { hash: 'sha256:ce64b5ed9f67bd883263b7cabd5ec638a328388ddb4dfea8b4058efacabb8ca0' },
} as unknown as DocumentNode<ProductShipStockMutation, ProductShipStockMutationVariables>;
export const ProductTransferStockDocument = {
  __meta__: { hash: 'sha256:0c3f1b5420c30915b95d3a47760f0287c1f21ecdccc9f0d1483c0fb27520c687' },
} as unknown as DocumentNode<ProductTransferStockMutation, ProductTransferStockMutationVariables>;
export const AppSignInDocument = {
  __meta__: { hash: 'sha256:e82b96dfedbcd9705a666f2022828d9fea6052b0f3edbcf4f3159d55bb8e12ea' },
} as unknown as DocumentNode<AppSignInMutation, AppSignInMutationVariables>;
