/* eslint-disable */
import type { Decimal } from '../shared/decimal';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApiKeyMapper, ApiKeyConnectionMapper, UserMapper, UserConnectionMapper } from './auth/schema.mappers';
import type {
  CancelImportJobPayloadMapper,
  ImportJobMapper,
  ImportJobConnectionMapper,
  ImportProgressMapper,
  ImportRowErrorMapper,
  ImportRowErrorConnectionMapper,
} from './import/schema.mappers';
import type {
  CreatePurchaseOrdersFromSuggestionsPayloadMapper,
  IncomingQuantityMapper,
  PurchaseOrderMapper,
  PurchaseOrderConnectionMapper,
  PurchaseOrderLineMapper,
  PurchaseOrderPayloadMapper,
  PurchaseOrderStatusChangeMapper,
  TransferMapper,
  TransferConnectionMapper,
  TransferLineMapper,
  TransferPayloadMapper,
  TransferStatusChangeMapper,
} from './incoming/schema.mappers';
import type {
  DeleteWebhookSubscriptionPayloadMapper,
  WebhookAttemptMapper,
  WebhookDeliveryMapper,
  WebhookDeliveryConnectionMapper,
  WebhookSubscriptionMapper,
  WebhookSubscriptionConnectionMapper,
} from './webhooks/schema.mappers';
import type { EventMapper, EventConnectionMapper, EventEdgeMapper } from './events/schema.mappers';
import type {
  HistoricalStockLevelMapper,
  MovementMapper,
  MovementConnectionMapper,
  RecordMovementsPayloadMapper,
  ReservationMapper,
  ReservationConnectionMapper,
  ReservationLineMapper,
  ReservationPayloadMapper,
  SetSafetyStockPayloadMapper,
  StockAsOfMapper,
  StockDifferenceMapper,
  StockLevelMapper,
  StockLevelConnectionMapper,
  StockMovementPayloadMapper,
  StockVerificationMapper,
} from './stock/schema.mappers';
import type {
  InventoryValuationConnectionMapper,
  InventoryValuationRowMapper,
  LowStockConnectionMapper,
  LowStockItemMapper,
  MovementSummaryMapper,
  MovementSummaryBucketMapper,
  SalesReportMapper,
  SalesReportRowMapper,
  SimilarProductMapper,
  ValuationPointMapper,
} from './reports/schema.mappers';
import type { LocationMapper, LocationConnectionMapper } from './locations/schema.mappers';
import type { LowStockAlertMapper, ReservationChangeMapper, StockLevelChangeMapper } from './live/schema.mappers';
import type { PageInfoMapper } from './base/schema.mappers';
import type {
  PersistedDocumentMapper,
  PersistedDocumentConnectionMapper,
  RegisterPersistedDocumentsPayloadMapper,
} from './persisted/schema.mappers';
import type { ProductMapper, ProductConnectionMapper } from './catalog/schema.mappers';
import type { Context } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /**
   * A point in time, as an ISO 8601 / RFC 3339 string with a time zone, e.g. `"2026-11-21T09:30:00Z"`,
   * between 1900-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z; others are refused with `BAD_USER_INPUT`.
   */
  DateTime: { input: Date; output: Date | string };
  /**
   * An exact decimal number, sent and returned as a string such as `"12.50"`, so that money
   * never passes through a binary float. Inputs also accept integer and decimal literals.
   */
  Decimal: { input: Decimal; output: Decimal | string };
  /** Any JSON value: an object, a list, a string, a number, a boolean or null. */
  JSON: { input: any; output: any };
  /** An integer that is zero or more. */
  NonNegativeInt: { input: number; output: number };
  /**
   * A whole number between -(2^53 - 1) and 2^53 - 1, sent as a JSON number. Totals over many products
   * or movements (a category's units, a day's receipts) use it, because they can exceed `Int`'s 32 bits
   * even though every single quantity fits one.
   */
  SafeInt: { input: number; output: number };
};

/** Whoever made a request or a change: a user or an API key. */
export type Actor = ApiKey | User;

/** A correction of the quantity at a location. Give exactly one of `delta` and `countedQuantity`. */
export type AdjustStockInput = {
  /** The quantity a stocktake counted; the adjustment is the difference from the current on-hand quantity. */
  countedQuantity?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Units to add (positive) or remove (negative); not zero. */
  delta?: InputMaybe<Scalars['Int']['input']>;
  /** Compare-and-set: the on-hand quantity the client believes is current. When it differs, nothing is written and the result is `STALE_QUANTITY`. */
  expectedOnHand?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The location. */
  locationId: Scalars['ID']['input'];
  /** Free text, up to 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The product. */
  productId: Scalars['ID']['input'];
  /** Why; defaults to CYCLE_COUNT for a count and CORRECTION for a delta. */
  reason?: InputMaybe<MovementReason>;
  /** E.g. the stocktake number. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** A credential for a system rather than a person (an ERP, a shop, a scanner). */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The admin who created it. */
  createdBy?: Maybe<User>;
  /** When it stops working; null for never. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** When it was last used (to the minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * True: the key may create, change and read webhook subscriptions and their deliveries, whatever
   * its role (the MANAGE_WEBHOOKS grant); it gains nothing else.
   */
  manageWebhooks: Scalars['Boolean']['output'];
  /** What the key is for, e.g. `Shop sync`. */
  name: Scalars['String']['output'];
  /** The start of the key, to recognise it; the rest is never shown again. */
  prefix: Scalars['String']['output'];
  /**
   * True: the key may only run trusted documents (registered with `registerPersistedDocuments`, sent
   * by `documentId` or APQ hash); any other document is refused with `PERSISTED_QUERY_REQUIRED`,
   * whatever the server's PERSISTED_QUERIES mode.
   */
  requirePersistedQueries: Scalars['Boolean']['output'];
  /** When it was revoked; null while it is usable. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do. */
  role: Role;
};

/** A page of API keys. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The keys on this page, each with its cursor. */
  edges: Array<ApiKeyEdge>;
  /** The keys on this page, without cursors. */
  nodes: Array<ApiKey>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many keys match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An API key and its position in a list. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The key. */
  node: ApiKey;
};

/** A permission an API key can be given besides its role. */
export type ApiKeyGrant =
  /** Create, change and read webhook subscriptions and their deliveries (`ApiKey.manageWebhooks`). */
  'MANAGE_WEBHOOKS';

/** Which location to archive. */
export type ArchiveLocationInput = {
  /** The location's global ID. */
  id: Scalars['ID']['input'];
};

/** Result of `archiveLocation`. */
export type ArchiveLocationPayload = {
  __typename?: 'ArchiveLocationPayload';
  /** The archived location; null when there are user errors. */
  location?: Maybe<Location>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Which product to archive. */
export type ArchiveProductInput = {
  /** The product's global ID. */
  id: Scalars['ID']['input'];
};

/** Result of `archiveProduct`. */
export type ArchiveProductPayload = {
  __typename?: 'ArchiveProductPayload';
  /** The archived product; null when there are user errors. */
  product?: Maybe<Product>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Which import job to cancel. */
export type CancelImportJobInput = {
  /** The job's ID. */
  id: Scalars['ID']['input'];
};

/** The job, cancelled or on its way to stopping. */
export type CancelImportJobPayload = {
  __typename?: 'CancelImportJobPayload';
  /** The job: CANCELLED when it was queued, still RUNNING until its next batch when it was running; null when there are user errors. */
  importJob?: Maybe<ImportJob>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** What `cancelPurchaseOrder` cancels. */
export type CancelPurchaseOrderInput = {
  /** Makes the request safe to retry (see `createPurchaseOrder`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The DRAFT or ORDERED order, with no receipts. */
  purchaseOrderId: Scalars['ID']['input'];
  /** Why (up to 1,000 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** What `cancelTransfer` cancels. */
export type CancelTransferInput = {
  /** Makes the request safe to retry (see `createTransfer`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why (up to 1,000 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The transfer, DRAFT, IN_TRANSIT or PARTIALLY_RECEIVED. */
  transferId: Scalars['ID']['input'];
};

/** A category and how many products it holds. */
export type Category = {
  __typename?: 'Category';
  /** The category name as products spell it. */
  name: Scalars['String']['output'];
  /** How many products are in it. */
  productCount: Scalars['Int']['output'];
};

/** A password change. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: Scalars['String']['input'];
  /** The new password: 10 to 200 characters. */
  newPassword: Scalars['String']['input'];
};

/** Units changing state at one location. */
export type ChangeStockStateInput = {
  /** The state they leave. */
  from: StockState;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The location. */
  locationId: Scalars['ID']['input'];
  /** Free text, up to 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The product. */
  productId: Scalars['ID']['input'];
  /** How many units; 1 to 1,000,000,000. */
  quantity: Scalars['Int']['input'];
  /** Why; defaults to DAMAGED, QUALITY_CHECK or CORRECTION by the state they go to. */
  reason?: InputMaybe<MovementReason>;
  /** E.g. an inspection number. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The state they arrive in; must differ from `from`. */
  to: StockState;
};

/** What `closePurchaseOrder` closes. */
export type ClosePurchaseOrderInput = {
  /** Makes the request safe to retry (see `createPurchaseOrder`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The ORDERED or PARTIALLY_RECEIVED order. */
  purchaseOrderId: Scalars['ID']['input'];
  /** Why (up to 1,000 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** What `closeTransfer` closes. */
export type CloseTransferInput = {
  /** Makes the request safe to retry (see `createTransfer`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why (1 to 1,000 characters); kept on the transfer and on the loss movements. */
  reason: Scalars['String']['input'];
  /** The transfer, IN_TRANSIT, PARTIALLY_RECEIVED or RECEIVED. */
  transferId: Scalars['ID']['input'];
};

/** Which reservation to commit. */
export type CommitReservationInput = {
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The reservation; it must be ACTIVE. */
  reservationId: Scalars['ID']['input'];
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** When it stops working; omit for never. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** True: the key may also manage webhook subscriptions, whatever its role. Default false. */
  manageWebhooks?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the key is for, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** True: the key may only run trusted (persisted) documents. Default false. */
  requirePersistedQueries?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the key may do. */
  role: Role;
};

/** Result of `createApiKey`. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The new key's details. */
  apiKey?: Maybe<ApiKey>;
  /** The whole key, to send as `Authorization: Bearer <key>` or `x-api-key: <key>`. Shown only here, only once. */
  secret?: Maybe<Scalars['String']['output']>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A new location. */
export type CreateLocationInput = {
  /** Postal address, up to 1,000 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Where reservations without a location are held first: higher first (-1,000 to 1,000; default 0). */
  allocationPriority?: InputMaybe<Scalars['Int']['input']>;
  /** Short code, 1 to 32 characters without white space. Must be unique, ignoring case. */
  code: Scalars['String']['input'];
  /** Defaults to WAREHOUSE. */
  kind?: InputMaybe<LocationKind>;
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['input'];
};

/** Result of `createLocation`. */
export type CreateLocationPayload = {
  __typename?: 'CreateLocationPayload';
  /** The new location; null when there are user errors. */
  location?: Maybe<Location>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A new product. */
export type CreateProductInput = {
  /** Category name, up to 100 characters; defaults to `Uncategorised`. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Up to 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Days from ordering to receiving, as usually seen. */
  leadTimeDays?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** The supplier it is usually bought from (up to 200 characters). */
  preferredSupplier?: InputMaybe<Scalars['String']['input']>;
  /** Selling price per unit: zero or more, at most 4 decimal places. */
  price: Scalars['Decimal']['input'];
  /** Defaults to 0. */
  reorderPoint?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Defaults to 0. */
  reorderQuantity?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Stock-keeping unit, 1 to 64 characters without white space. Must be unique, ignoring case. */
  sku: Scalars['String']['input'];
  /** Unit of measure, up to 20 characters; defaults to `pcs`. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `createProduct`. */
export type CreateProductPayload = {
  __typename?: 'CreateProductPayload';
  /** The new product; null when there are user errors. */
  product?: Maybe<Product>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** What `createPurchaseOrder` drafts. */
export type CreatePurchaseOrderInput = {
  /** When delivery is expected. */
  expectedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Makes the request safe to retry: the same key with the same input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 lines. */
  lines: Array<PurchaseOrderLineInput>;
  /** Where lines without their own `locationId` are delivered. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** The client's document, e.g. the supplier's order number (up to 100 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Who the units are bought from (1 to 200 characters). */
  supplier: Scalars['String']['input'];
};

/** What `createPurchaseOrdersFromSuggestions` drafts from. */
export type CreatePurchaseOrdersFromSuggestionsInput = {
  /** Only suggestions of products in this category (case-insensitive). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** When delivery is expected, on every order drafted. */
  expectedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The location whose low-stock suggestions are ordered, and where they are delivered. */
  locationId: Scalars['ID']['input'];
  /** Suppliers per product, overriding each product's `preferredSupplier`. */
  supplierByProduct?: InputMaybe<Array<SupplierForProductInput>>;
};

/** The orders `createPurchaseOrdersFromSuggestions` drafted. */
export type CreatePurchaseOrdersFromSuggestionsPayload = {
  __typename?: 'CreatePurchaseOrdersFromSuggestionsPayload';
  /** One DRAFT order per supplier, by supplier name. */
  purchaseOrders: Array<PurchaseOrder>;
  /** Suggested products with no supplier given and no preferred supplier: not ordered. */
  unassigned: Array<Product>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** What `createTransfer` drafts. */
export type CreateTransferInput = {
  /** When the units are expected to arrive. */
  expectedArrival?: InputMaybe<Scalars['DateTime']['input']>;
  /** Where the units leave from. */
  fromLocationId: Scalars['ID']['input'];
  /** Makes the request safe to retry: the same key with the same input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 lines, each product once. */
  lines: Array<TransferLineInput>;
  /** The client's document, e.g. a delivery note number (up to 100 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Where they go; a different location. */
  toLocationId: Scalars['ID']['input'];
};

/** A new user. */
export type CreateUserInput = {
  /** Sign-in email; unique, ignoring case. */
  email: Scalars['String']['input'];
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Initial password: 10 to 200 characters. The user should change it. */
  password: Scalars['String']['input'];
  /** What the user may do. */
  role: Role;
};

/** A new webhook subscription. */
export type CreateWebhookSubscriptionInput = {
  /** What the subscription is for, up to 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The event types to send; omitted or empty means every type, including types added later. */
  eventTypes?: InputMaybe<Array<EventType>>;
  /**
   * The endpoint: an absolute https:// URL of at most 2,048 characters, without a user name or
   * password, whose host resolves to public addresses only.
   */
  url: Scalars['String']['input'];
};

/** Result of `createWebhookSubscription`. */
export type CreateWebhookSubscriptionPayload = {
  __typename?: 'CreateWebhookSubscriptionPayload';
  /**
   * The signing secret (`whsec_` followed by base64), to verify each delivery's `webhook-signature`.
   * Shown only here, only once; `rotateWebhookSecret` makes a new one.
   */
  secret?: Maybe<Scalars['String']['output']>;
  /** The new subscription; null when there are user errors. */
  subscription?: Maybe<WebhookSubscription>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Which user to deactivate. */
export type DeactivateUserInput = {
  /** The user's global ID. */
  id: Scalars['ID']['input'];
};

/** Which webhook subscription to delete. */
export type DeleteWebhookSubscriptionInput = {
  /** The subscription's ID. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteWebhookSubscription`. */
export type DeleteWebhookSubscriptionPayload = {
  __typename?: 'DeleteWebhookSubscriptionPayload';
  /** The ID of the deleted subscription; null when there are user errors. */
  deletedSubscriptionId?: Maybe<Scalars['ID']['output']>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
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

/**
 * A change an integrator can follow: recorded in the same transaction as the change, so there is an
 * event exactly when the change committed. The same event reaches the feed (`events`), webhooks (as
 * the JSON body's `data`) and subscriptions.
 */
export type Event = Node & {
  __typename?: 'Event';
  /** Who made the change; null for Stockroom itself (expiring holds) and for changes made before sign-in existed. */
  actor?: Maybe<Actor>;
  /** The event's global ID. */
  id: Scalars['ID']['output'];
  /** Global IDs of the locations the event is about. */
  locationIds: Array<Scalars['ID']['output']>;
  /** When the change was written (server time). */
  occurredAt: Scalars['DateTime']['output'];
  /** What changed, as it stood when the change committed. Its type depends on `type`. */
  payload: EventPayload;
  /** Global IDs of the products the event is about. */
  productIds: Array<Scalars['ID']['output']>;
  /** The reservation the event is about, if any (reservation events, and shipments that took held units). */
  reservationId?: Maybe<Scalars['ID']['output']>;
  /** The event's sequence number: unique and increasing in the order events were written (not always the order the feed shows them; follow the feed's cursors, not this). */
  sequence: Scalars['SafeInt']['output'];
  /** What happened. */
  type: EventType;
};

/** A page of the change feed. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events with their cursors. */
  edges: Array<EventEdge>;
  /** The events alone. */
  nodes: Array<Event>;
  /** Where the page ends; keep `endCursor` to resume. */
  pageInfo: PageInfo;
};

/** An event and its place in the feed. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Pass as `after` to read the events after this one. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** An event's payload, by event type (see EventType). */
export type EventPayload =
  | LocationEventPayload
  | MovementEventPayload
  | ProductEventPayload
  | PurchaseOrderEventPayload
  | ReorderPointEventPayload
  | ReservationEventPayload
  | SafetyStockEventPayload
  | TransferEventPayload;

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
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The reservation. */
  reservationId: Scalars['ID']['input'];
  /** Or: seconds from now (1 to 2,592,000). */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The stock of one product at one location at a past moment, computed from the ledger by business time. */
export type HistoricalStockLevel = {
  __typename?: 'HistoricalStockLevel';
  /** Of those, units in the DAMAGED state. */
  damaged: Scalars['Int']['output'];
  /** The location. */
  location: Location;
  /** Units on hand at that moment, in every state. */
  onHand: Scalars['Int']['output'];
  /** The product. */
  product: Product;
  /** Of those, units in the QUALITY_CONTROL state. */
  qualityControl: Scalars['Int']['output'];
};

/** One column mapping: which of the file's columns stands for one of ours. */
export type ImportColumnMapping = {
  __typename?: 'ImportColumnMapping';
  /** Our column name, e.g. `sku`. */
  column: Scalars['String']['output'];
  /** The file's column read for it, e.g. `Code`. */
  fileColumn: Scalars['String']['output'];
};

/** A file being imported in the background: uploaded once, then read, validated and written by a worker. */
export type ImportJob = {
  __typename?: 'ImportJob';
  /** True when the job writes every row or none (`atomic=true` on upload). */
  atomic: Scalars['Boolean']['output'];
  /** How many times a worker has started it: more than 1 means a restart interrupted it and it ran again. */
  attempts: Scalars['Int']['output'];
  /** The column mapping given on upload (`map=sku=Code`); empty when none was given. */
  columnMap: Array<ImportColumnMapping>;
  /** Rows that created something (a product, a movement). */
  created: Scalars['Int']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** Who uploaded it; the rows are recorded as this caller. Null if that user or key no longer exists. */
  createdBy?: Maybe<Actor>;
  /** True when the job only validates the rows and writes nothing (`dryRun=true` on upload). */
  dryRun: Scalars['Boolean']['output'];
  /** Why the job FAILED (nothing could run, e.g. a required column is missing); null otherwise. */
  error?: Maybe<ImportJobError>;
  /** Rows that could not be imported; `rowErrors` says why. */
  failed: Scalars['Int']['output'];
  /** The file's name as uploaded (the `filename` parameter), or `upload` when none was given. */
  fileName: Scalars['String']['output'];
  /** When it ended; null until it does. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How the file is read: `csv`, `jsonl` or `shopify`; null until detected from the file when the upload did not say. */
  format?: Maybe<Scalars['String']['output']>;
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** What the file holds. */
  kind: ImportKind;
  /** How far the worker has read the file. */
  progress: ImportProgress;
  /** The rows that could not be imported, in row order, with the column, a code and a message. */
  rowErrors: ImportRowErrorConnection;
  /** Rows read so far, including failed ones. */
  rows: Scalars['Int']['output'];
  /** When a worker first started it; null while QUEUED. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the job stands. */
  status: ImportJobStatus;
  /**
   * Rows that changed nothing: identical to what is stored, or already imported (a re-run, or rows
   * the job had committed before a restart made it start again).
   */
  unchanged: Scalars['Int']['output'];
  /** Rows that changed something that existed. */
  updated: Scalars['Int']['output'];
};

/** A file being imported in the background: uploaded once, then read, validated and written by a worker. */
export type ImportJobrowErrorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of import jobs. */
export type ImportJobConnection = {
  __typename?: 'ImportJobConnection';
  /** The jobs on this page, each with its cursor. */
  edges: Array<ImportJobEdge>;
  /** The jobs on this page, without cursors. */
  nodes: Array<ImportJob>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many jobs match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An import job and its position in a list. */
export type ImportJobEdge = {
  __typename?: 'ImportJobEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The job. */
  node: ImportJob;
};

/** Why an import job failed as a whole. */
export type ImportJobError = {
  __typename?: 'ImportJobError';
  /**
   * Machine-readable reason, e.g. `MISSING_COLUMN`, `UNKNOWN_FORMAT`, `EMPTY_FILE` (see the README's
   * Import section), or `IMPORT_FAILED` when the worker met an unexpected failure.
   */
  code: Scalars['String']['output'];
  /** Human-readable explanation, in English. */
  message: Scalars['String']['output'];
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

/** How far an import job has read its file. */
export type ImportProgress = {
  __typename?: 'ImportProgress';
  /** Bytes of the file read so far. */
  bytesRead: Scalars['SafeInt']['output'];
  /** The file's size in bytes. */
  bytesTotal: Scalars['SafeInt']['output'];
  /** bytesRead / bytesTotal, from 0 to 1 (1 once the job ended, 0 for an empty file). */
  fraction: Scalars['Float']['output'];
};

/** One row an import could not import. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** Machine-readable reason: the import's own code or the matching mutation's `ErrorCode`. */
  code: Scalars['String']['output'];
  /** The column at fault (our column name, after mapping); null when the problem is the whole row. */
  column?: Maybe<Scalars['String']['output']>;
  /** Human-readable explanation, in English. */
  message: Scalars['String']['output'];
  /**
   * The row's number as a person finds it: in a CSV the header is row 1 and the first data row is
   * row 2 (as a spreadsheet shows it); in JSONL the first line is row 1.
   */
  row: Scalars['Int']['output'];
};

/** A page of an import job's row errors. */
export type ImportRowErrorConnection = {
  __typename?: 'ImportRowErrorConnection';
  /** The errors on this page, each with its cursor. */
  edges: Array<ImportRowErrorEdge>;
  /** The errors on this page, without cursors. */
  nodes: Array<ImportRowError>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many rows failed, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A row error and its position in the list. */
export type ImportRowErrorEdge = {
  __typename?: 'ImportRowErrorEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The row error. */
  node: ImportRowError;
};

/** Units expected on one date. */
export type IncomingQuantity = {
  __typename?: 'IncomingQuantity';
  /** The expected date (start of day, UTC); null when the document gives none. */
  expectedOn?: Maybe<Scalars['DateTime']['output']>;
  /** Units expected then. */
  quantity: Scalars['Int']['output'];
};

/** An inventory valuation: one page of rows, plus totals over all rows. A row with no stock is left out. */
export type InventoryValuationConnection = {
  __typename?: 'InventoryValuationConnection';
  /** The moment the stock was valued at. */
  at: Scalars['DateTime']['output'];
  /** The rows on this page, each with its cursor. */
  edges: Array<InventoryValuationEdge>;
  /** What each row stands for. */
  groupBy: ValuationGroupBy;
  /** The rows on this page, without cursors. */
  nodes: Array<InventoryValuationRow>;
  /** Where this page sits in the whole report. */
  pageInfo: PageInfo;
  /** How many rows the report has, across all pages. */
  totalCount: Scalars['Int']['output'];
  /** Units on hand over all rows. */
  totalQuantity: Scalars['SafeInt']['output'];
  /** Value over all rows, in the business's currency. */
  totalValue: Scalars['Decimal']['output'];
};

/** A valuation row and its position in the report. */
export type InventoryValuationEdge = {
  __typename?: 'InventoryValuationEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: InventoryValuationRow;
};

/** The stock value of one product, category or location. */
export type InventoryValuationRow = {
  __typename?: 'InventoryValuationRow';
  /** Value per unit: the product's moving average cost when grouped by product, otherwise value divided by quantity. */
  averageCost: Scalars['Decimal']['output'];
  /** The category name, when grouped by product or by category. */
  category?: Maybe<Scalars['String']['output']>;
  /** What the row stands for, as text: the SKU, the category name or the location code. */
  key: Scalars['String']['output'];
  /** The location, when grouped by location. */
  location?: Maybe<Location>;
  /** The product, when grouped by product. */
  product?: Maybe<Product>;
  /** Units on hand. */
  quantity: Scalars['SafeInt']['output'];
  /** Quantity times average cost, in the business's currency. */
  value: Scalars['Decimal']['output'];
};

/** A place that holds stock: a warehouse, a store, and so on. */
export type Location = Node & {
  __typename?: 'Location';
  /** False once the location is archived. */
  active: Scalars['Boolean']['output'];
  /** Postal address; empty when none was given. */
  address: Scalars['String']['output'];
  /** Where reservations without a location are held first: higher first; ties go to the most available. Default 0. */
  allocationPriority: Scalars['Int']['output'];
  /** When the location was archived; null while it is active. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Short unique code, e.g. `WH-EAST`. Compared ignoring case. */
  code: Scalars['String']['output'];
  /** When the location was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** What kind of place this is. */
  kind: LocationKind;
  /** Movements into or out of this location, newest first. */
  movements: MovementConnection;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Stock of every product at this location at a past moment, from the ledger by business time. */
  stockAsOf: StockAsOf;
  /** Current stock of every product this location has held. */
  stockLevels: StockLevelConnection;
  /** When any of the location's details last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A place that holds stock: a warehouse, a store, and so on. */
export type LocationmovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A place that holds stock: a warehouse, a store, and so on. */
export type LocationstockAsOfArgs = {
  at: Scalars['DateTime']['input'];
};

/** A place that holds stock: a warehouse, a store, and so on. */
export type LocationstockLevelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of locations. */
export type LocationConnection = {
  __typename?: 'LocationConnection';
  /** The locations on this page, each with its cursor. */
  edges: Array<LocationEdge>;
  /** The locations on this page, without cursors. */
  nodes: Array<Location>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many locations match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A location and its position in a list. */
export type LocationEdge = {
  __typename?: 'LocationEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The location. */
  node: Location;
};

/** LOCATION_CREATED, LOCATION_UPDATED, LOCATION_ARCHIVED and LOCATION_RESTORED. */
export type LocationEventPayload = {
  __typename?: 'LocationEventPayload';
  /** The location right after the change. */
  location: LocationSnapshot;
};

/** Narrows the location list. All given conditions must hold. */
export type LocationFilter = {
  /** True for active locations only (the default), false for archived ones only, null for both. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only locations of these kinds. */
  kinds?: InputMaybe<Array<LocationKind>>;
  /** Case-insensitive text that the code, name or address contains. */
  search?: InputMaybe<Scalars['String']['input']>;
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
  direction?: InputMaybe<SortDirection>;
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

/** A location at one moment (see Location). */
export type LocationSnapshot = {
  __typename?: 'LocationSnapshot';
  /** False once archived. */
  active: Scalars['Boolean']['output'];
  /** Its code. */
  code: Scalars['String']['output'];
  /** The location's global ID. */
  id: Scalars['ID']['output'];
  /** What kind of place it is. */
  kind: LocationKind;
  /** Its name. */
  name: Scalars['String']['output'];
};

/** A product that crossed its reorder point. */
export type LowStockAlert = {
  __typename?: 'LowStockAlert';
  /** Available units right after the change: company-wide, or at `location`. */
  available: Scalars['Int']['output'];
  /** Which side it crossed to. */
  direction: LowStockDirection;
  /** The location judged; null for a company-wide alert. */
  location?: Maybe<Location>;
  /** When the change was written (server time). */
  occurredAt: Scalars['DateTime']['output'];
  /** The product. */
  product: Product;
  /** The product's reorder point the units were judged against. */
  reorderPoint: Scalars['Int']['output'];
};

/** Products that need reordering, one page at a time. */
export type LowStockConnection = {
  __typename?: 'LowStockConnection';
  /** The items on this page, each with its cursor. */
  edges: Array<LowStockEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<LowStockItem>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many products need reordering, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Which side of its reorder point a product's available stock moved to. */
export type LowStockDirection =
  /** Available rose above the reorder point again (or the reorder point was lowered below it). */
  | 'ABOVE'
  /** Available fell to or below the reorder point: time to reorder. */
  | 'BELOW';

/** A low-stock item and its position in the list. */
export type LowStockEdge = {
  __typename?: 'LowStockEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: LowStockItem;
};

/** A product whose available stock is at or below its reorder point. */
export type LowStockItem = {
  __typename?: 'LowStockItem';
  /** Units available where checked, by the one definition of `StockLevel.available` (on hand less holds, unsellable states and safety stock). */
  available: Scalars['Int']['output'];
  /** Days the available stock lasts at the last 30 days' average daily outflow; null when nothing flowed out. */
  daysOfCover?: Maybe<Scalars['Float']['output']>;
  /** Units on their way where checked: open purchase-order remainders and transfers in transit (see `StockLevel.incoming`). */
  incoming: Scalars['Int']['output'];
  /** The location checked; null when the check was company-wide. */
  location?: Maybe<Location>;
  /** Units on hand where checked. */
  onHand: Scalars['Int']['output'];
  /** The product. */
  product: Product;
  /** The product's reorder point. */
  reorderPoint: Scalars['Int']['output'];
  /**
   * How many units to order: enough to bring the available quantity, plus what is `incoming`, above
   * the reorder point, rounded up to a whole multiple of the product's `reorderQuantity` when that is
   * set; 0 when the incoming units already do.
   */
  suggestedOrderQuantity: Scalars['SafeInt']['output'];
};

/**
 * One immutable entry in the stock ledger. Stock entering a location has no `fromLocation`; stock
 * leaving has no `toLocation`; a transfer has both.
 */
export type Movement = Node & {
  __typename?: 'Movement';
  /** The supplier or customer. */
  counterparty?: Maybe<Scalars['String']['output']>;
  /** Where the stock came from; null when it entered from outside (receipt, return, upward adjustment). */
  fromLocation?: Maybe<Location>;
  /** The state the units left at `fromLocation` (AVAILABLE unless a write-off or state change says otherwise); null without `fromLocation`. */
  fromState?: Maybe<StockState>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The idempotency key it was recorded under, if any. */
  idempotencyKey?: Maybe<Scalars['String']['output']>;
  /** What happened. */
  kind: MovementKind;
  /** Free text. */
  note?: Maybe<Scalars['String']['output']>;
  /** Business time: when it happened. May be earlier than `recordedAt` for back-dated entries. */
  occurredAt: Scalars['DateTime']['output'];
  /** The product that moved. */
  product: Product;
  /** How many units moved; always positive. Direction comes from the locations. */
  quantity: Scalars['Int']['output'];
  /** Why it happened. */
  reason: MovementReason;
  /** Server time: when Stockroom recorded it. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it: a user or an API key. Null only for movements loaded before sign-in existed. */
  recordedBy?: Maybe<Actor>;
  /** The business document it belongs to, e.g. a purchase- or sales-order number. */
  reference?: Maybe<Scalars['String']['output']>;
  /** The reservation whose held units this shipment took; null for unheld units. */
  reservation?: Maybe<Reservation>;
  /** The movement this one reverses; null for ordinary movements. */
  reversalOf?: Maybe<Movement>;
  /** The movement that reversed this one; null while it stands. */
  reversedBy?: Maybe<Movement>;
  /** Where the stock went; null when it left (shipment, write-off, downward adjustment). */
  toLocation?: Maybe<Location>;
  /** The state the units arrived in at `toLocation`; null without `toLocation`. */
  toState?: Maybe<StockState>;
  /** Cost per unit, for receipts and returns (and their reversals). MANAGER and above. */
  unitCost?: Maybe<Scalars['Decimal']['output']>;
  /** Selling price per unit, for shipments (and their reversals). */
  unitPrice?: Maybe<Scalars['Decimal']['output']>;
};

/** A page of movements. */
export type MovementConnection = {
  __typename?: 'MovementConnection';
  /** The movements on this page, each with its cursor. */
  edges: Array<MovementEdge>;
  /** The movements on this page, without cursors. */
  nodes: Array<Movement>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many movements match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A movement and its position in a list. */
export type MovementEdge = {
  __typename?: 'MovementEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The movement. */
  node: Movement;
};

/** What `recordMovements` does when some rows fail. */
export type MovementErrorPolicy =
  /** All or nothing: one failed row means no row is recorded. */
  | 'REJECT_ALL'
  /** Record the valid rows and report the failed ones. */
  | 'REJECT_FAILED_ROWS';

/** MOVEMENT_RECORDED and MOVEMENT_REVERSED: the movement and the levels it changed. */
export type MovementEventPayload = {
  __typename?: 'MovementEventPayload';
  /** The movement as recorded. */
  movement: MovementSnapshot;
  /** The stock levels the movement changed, as they stood right after it (after the whole batch, for movements recorded together by `recordMovements`). */
  stockLevels: Array<StockLevelSnapshot>;
};

/** Narrows the movement list. All given conditions must hold. */
export type MovementFilter = {
  /** Only movements with exactly this counterparty. */
  counterparty?: InputMaybe<Scalars['String']['input']>;
  /** Only movements of these kinds. */
  kinds?: InputMaybe<Array<MovementKind>>;
  /** Only movements into or out of this location. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only movements that occurred at or after this time. */
  occurredFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only movements that occurred before this time. */
  occurredTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only movements of this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Only movements with exactly this reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** One row of `recordMovements`: any kind of movement, with its direction given by the locations. */
export type MovementInput = {
  /** The supplier or customer. */
  counterparty?: InputMaybe<Scalars['String']['input']>;
  /** Where stock leaves from: required for SHIPMENT, TRANSFER and WRITE_OFF, and for an ADJUSTMENT that removes stock. */
  fromLocationId?: InputMaybe<Scalars['ID']['input']>;
  /** WRITE_OFF and STATE_CHANGE: the state the units leave; AVAILABLE when omitted. */
  fromState?: InputMaybe<StockState>;
  /** What happened. */
  kind: MovementKind;
  /** Free text, up to 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The product. */
  productId: Scalars['ID']['input'];
  /** How many units; 1 to 1,000,000,000. */
  quantity: Scalars['Int']['input'];
  /** Why; defaults by kind (RECEIVED, SOLD, TRANSFER, CORRECTION, RETURNED, DAMAGED). */
  reason?: InputMaybe<MovementReason>;
  /** The business document it belongs to. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** SHIPMENT only: ship units this reservation holds at `fromLocationId`. */
  reservationId?: InputMaybe<Scalars['ID']['input']>;
  /** Where stock arrives: required for RECEIPT, TRANSFER and RETURN, and for an ADJUSTMENT that adds stock. */
  toLocationId?: InputMaybe<Scalars['ID']['input']>;
  /** STATE_CHANGE only (with `toLocationId` equal to `fromLocationId`): the state the units arrive in. */
  toState?: InputMaybe<StockState>;
  /** Cost per unit: required for RECEIPT, optional for RETURN, not allowed otherwise. */
  unitCost?: InputMaybe<Scalars['Decimal']['input']>;
  /** Selling price per unit: SHIPMENT only; defaults to the product's current price. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
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

/** A movement as recorded (see Movement for what each field means). */
export type MovementSnapshot = {
  __typename?: 'MovementSnapshot';
  /** Where the units left from; null for receipts and found stock. */
  fromLocationId?: Maybe<Scalars['ID']['output']>;
  /** The state the units left. */
  fromState: StockState;
  /** The movement's global ID; `node(id:)` reads it in full. */
  id: Scalars['ID']['output'];
  /** What kind of movement. */
  kind: MovementKind;
  /** Business time: when it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The product's global ID. */
  productId: Scalars['ID']['output'];
  /** Units moved, always positive. */
  quantity: Scalars['Int']['output'];
  /** Why it happened. */
  reason: MovementReason;
  /** The business document it belongs to. */
  reference?: Maybe<Scalars['String']['output']>;
  /** The reservation whose held units it took. */
  reservationId?: Maybe<Scalars['ID']['output']>;
  /** For a reversal, the movement it reverses. */
  reversalOfId?: Maybe<Scalars['ID']['output']>;
  /** Where the units arrived; null for shipments and write-offs. */
  toLocationId?: Maybe<Scalars['ID']['output']>;
  /** The state the units arrived in. */
  toState: StockState;
};

/** Units moved per time bucket. */
export type MovementSummary = {
  __typename?: 'MovementSummary';
  /** One bucket per interval, oldest first; the first and last may be cut short by `from` and `to`. */
  buckets: Array<MovementSummaryBucket>;
  /** Start of the range, inclusive. */
  from: Scalars['DateTime']['output'];
  /** Bucket size. */
  interval: SummaryInterval;
  /** The time zone buckets are cut in. */
  timeZone: Scalars['String']['output'];
  /** End of the range, exclusive. */
  to: Scalars['DateTime']['output'];
  /** The whole range as one bucket. */
  totals: MovementSummaryBucket;
};

/**
 * Units moved in one time bucket, by kind. Every figure is in units and net of reversals; `net` is the
 * change in stock over the bucket (where a location is given, at that location).
 */
export type MovementSummaryBucket = {
  __typename?: 'MovementSummaryBucket';
  /** Net change from adjustments: positive when counts found more stock. */
  adjusted: Scalars['SafeInt']['output'];
  /** End of the bucket, exclusive. */
  end: Scalars['DateTime']['output'];
  /** Net change in stock: received + returned + transferredIn - shipped - transferredOut + adjusted - writtenOff. */
  net: Scalars['SafeInt']['output'];
  /** Units received from suppliers. */
  received: Scalars['SafeInt']['output'];
  /** Units customers returned. */
  returned: Scalars['SafeInt']['output'];
  /** Units shipped to customers. */
  shipped: Scalars['SafeInt']['output'];
  /** Start of the bucket, inclusive. */
  start: Scalars['DateTime']['output'];
  /** Units transferred into the location (with no location filter: all units transferred). */
  transferredIn: Scalars['SafeInt']['output'];
  /** Units transferred out of the location (with no location filter: all units transferred). */
  transferredOut: Scalars['SafeInt']['output'];
  /** Units written off. */
  writtenOff: Scalars['SafeInt']['output'];
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Corrects the quantity at a location (kind ADJUSTMENT) by a `delta`, or to a `countedQuantity`
   * from a stocktake. With `expectedOnHand`, the change is made only if the on-hand quantity is still
   * what the client last saw; otherwise the result is `STALE_QUANTITY` and nothing is written.
   */
  adjustStock: StockMovementPayload;
  /**
   * Archives a location: it leaves the default listings but keeps its history and can be
   * restored with `restoreLocation`. Archiving an archived location changes nothing.
   */
  archiveLocation: ArchiveLocationPayload;
  /**
   * Archives a product: it leaves the default listings but keeps its history and can be
   * restored with `restoreProduct`. Archiving an archived product changes nothing.
   */
  archiveProduct: ArchiveProductPayload;
  /**
   * Stops an import job. A QUEUED job ends CANCELLED at once; a RUNNING one stops at its next batch,
   * keeps the rows it already committed (an import run again later finishes the rest without
   * doubling them), and ends CANCELLED. A job that already ended gives INVALID_STATUS.
   */
  cancelImportJob: CancelImportJobPayload;
  /** Cancels a DRAFT or ORDERED order that has had no receipts; one with receipts is refused (close it instead). */
  cancelPurchaseOrder: PurchaseOrderPayload;
  /**
   * Cancels a transfer. A DRAFT is cancelled with no movement; a shipped one returns every unit still
   * in transit to the source through the ledger. A RECEIVED, CLOSED or CANCELLED one is refused.
   */
  cancelTransfer: TransferPayload;
  /** Changes the caller's own password, ends their other sessions, and returns a fresh token. */
  changePassword: SignInPayload;
  /**
   * Moves units at one location between AVAILABLE, DAMAGED and QUALITY_CONTROL (kind STATE_CHANGE).
   * On hand does not change; history, `stockAsOf` and the verification see every state. Units leaving
   * AVAILABLE must be unheld (`INSUFFICIENT_STOCK` otherwise).
   */
  changeStockState: StockMovementPayload;
  /** Closes an ORDERED or PARTIALLY_RECEIVED order: the rest will not come, and stops counting as incoming. */
  closePurchaseOrder: PurchaseOrderPayload;
  /**
   * Closes a shipped transfer: whatever is still in transit is declared lost, recorded in the
   * ledger as WRITE_OFF movements (reason SHRINKAGE) out of the in-transit location.
   */
  closeTransfer: TransferPayload;
  /**
   * The order was placed: an ACTIVE hold becomes COMMITTED. Its units move from `reserved` to
   * `committed` and stay held, with no expiry, until shipped (`shipStock` with `reservationId`) or released.
   */
  commitReservation: ReservationPayload;
  /** Creates an API key for an integrator. The secret is in this response only; store it safely. ADMIN only. */
  createApiKey: CreateApiKeyPayload;
  /** Adds a location. Fails with `DUPLICATE_LOCATION_CODE` when the code is taken, ignoring case. */
  createLocation: CreateLocationPayload;
  /** Adds a product to the catalogue. Fails with `DUPLICATE_SKU` when the SKU is taken, ignoring case. */
  createProduct: CreateProductPayload;
  /** Drafts a purchase order from a supplier. Nothing is incoming until it is placed. */
  createPurchaseOrder: PurchaseOrderPayload;
  /**
   * Drafts purchase orders from the current low-stock suggestions at one location (which already
   * subtract incoming): one DRAFT order per supplier, one line per suggested product, at the product's
   * current average cost. A product's supplier is taken from `supplierByProduct`, else from its
   * `preferredSupplier`; suggestions with neither are left out and listed in `unassigned`.
   */
  createPurchaseOrdersFromSuggestions: CreatePurchaseOrdersFromSuggestionsPayload;
  /**
   * Drafts a transfer of stock from one location to another. Nothing moves until `shipTransfer`.
   * For an instant move within one site, use `transferStock`.
   */
  createTransfer: TransferPayload;
  /** Creates a user who can sign in. ADMIN only. */
  createUser: UserPayload;
  /**
   * Subscribes an HTTPS endpoint to events committed from now on. Each event is POSTed as JSON and
   * signed the Standard Webhooks way with the secret returned here, which is shown only in this
   * response. The URL must be https and resolve to public addresses only (`URL_NOT_ALLOWED`
   * otherwise, unless the server allows http or private networks).
   */
  createWebhookSubscription: CreateWebhookSubscriptionPayload;
  /** Stops a user from signing in or using their session, from their next request on. ADMIN only. */
  deactivateUser: UserPayload;
  /** Deletes a subscription with its deliveries and their attempts. Nothing more is sent to it. */
  deleteWebhookSubscription: DeleteWebhookSubscriptionPayload;
  /** Moves an ACTIVE hold's expiry (later or earlier); a committed reservation no longer expires. */
  extendReservation: ReservationPayload;
  /** Places a DRAFT order with the supplier: it becomes ORDERED and its lines count as `incoming`. */
  placePurchaseOrder: PurchaseOrderPayload;
  /**
   * Records what arrived against an ORDERED or PARTIALLY_RECEIVED order (or a RECEIVED one, within
   * its lines' tolerance): a RECEIPT movement per
   * line, at the line's unit cost unless the receipt gives another, from the supplier as counterparty,
   * so the moving average cost follows the real costs. A line may receive up to its quantity plus its
   * tolerance, however many clerks receive it at once; beyond that is refused (EXCEEDS_OUTSTANDING).
   * All lines or none.
   */
  receivePurchaseOrder: PurchaseOrderPayload;
  /** Records stock arriving at a location from a supplier (kind RECEIPT). */
  receiveStock: StockMovementPayload;
  /**
   * Receives some or all of a transfer's units at its destination, into the state given per line.
   * May be called several times; a short receipt leaves the rest in transit. Receiving more than is
   * still in transit is refused (EXCEEDS_OUTSTANDING). All lines or none.
   */
  receiveTransfer: TransferPayload;
  /**
   * Records up to 500 movements of any kind in one request, in order. With `REJECT_ALL` either every
   * row is recorded or none is; with `REJECT_FAILED_ROWS` the valid rows are recorded and each failed
   * row is reported. Each error's `field` starts with `["movements", "<row index>"]`.
   */
  recordMovements: RecordMovementsPayload;
  /**
   * Sends a delivery again with the same `webhook-id`, so a receiver that already has it can drop
   * it. A SUCCEEDED or FAILED delivery goes back to PENDING with a fresh retry schedule; a PENDING one
   * is attempted now rather than at its `nextAttemptAt`. It is sent while its subscription is ACTIVE,
   * once no earlier delivery for the same product is pending.
   */
  redeliverWebhook: RedeliverWebhookPayload;
  /**
   * Adds the documents of a client's manifest to the safelist, so that clients can run them by
   * `documentId` (or the APQ hash), and so that they still run when `PERSISTED_QUERIES=only` or
   * the API key requires persisted queries. Every id must be the sha256 of its document; when any
   * entry is wrong nothing is registered. Registering a document again changes nothing. ADMIN only.
   */
  registerPersistedDocuments: RegisterPersistedDocumentsPayload;
  /**
   * Gives held units back to `available`: everything the reservation still holds, or some units of some
   * lines. A reservation that holds nothing more ends RELEASED (or FULFILLED when some units shipped).
   */
  releaseReservation: ReservationPayload;
  /**
   * Holds available units for a cart, quote or order, until `expiresAt` (default: 15 minutes from
   * now). Either every line is held or none is: a short line gives `INSUFFICIENT_STOCK` naming the
   * units available. A line without `locationId` is placed by the location strategy (higher
   * `Location.allocationPriority` first, then the most available); with `allowSplit` it may be held
   * across several locations. Held units are no longer `available` to anyone else.
   */
  reserveStock: ReservationPayload;
  /** Brings an archived location back. Restoring an active location changes nothing. */
  restoreLocation: RestoreLocationPayload;
  /** Brings an archived product back into the catalogue. Restoring an active product changes nothing. */
  restoreProduct: RestoreProductPayload;
  /** Records stock that a customer returned to a location (kind RETURN). */
  returnStock: StockMovementPayload;
  /**
   * Undoes a movement by recording its mirror image: same kind, product, quantity and amounts, with
   * the locations swapped. The original stays in the ledger; a movement can be reversed once, and a
   * reversal cannot itself be reversed.
   */
  reverseMovement: StockMovementPayload;
  /** Revokes an API key at once and for good. ADMIN only. */
  revokeApiKey: RevokeApiKeyPayload;
  /**
   * Replaces a subscription's signing secret and returns the new one, shown only in this response.
   * Every attempt from now on, retries included, is signed with the new secret only.
   */
  rotateWebhookSecret: RotateWebhookSecretPayload;
  /** Sets the units of a stock level that are never offered as available (safety stock). Audited. */
  setSafetyStock: SetSafetyStockPayload;
  /**
   * Records stock leaving a location to a customer (kind SHIPMENT). Without `reservationId` it takes
   * only units nobody holds, and fails with `INSUFFICIENT_STOCK` when the location has fewer units
   * available than asked. With `reservationId` it takes the units that reservation holds there, in the
   * same transaction (`EXCEEDS_RESERVATION`, `RESERVATION_EXPIRED` or `RESERVATION_CLOSED` otherwise).
   * On any error nothing is written.
   */
  shipStock: StockMovementPayload;
  /**
   * Ships a DRAFT transfer: every line's units leave the source through the ledger (TRANSFER
   * movements to the in-transit location) and count as `incoming` at the destination. They keep
   * their value and show in the valuation at the in-transit location. All lines ship or none.
   */
  shipTransfer: TransferPayload;
  /**
   * Exchanges an email and password for a session token, to send as `Authorization: Bearer <token>`.
   * Failures say only that the email or password is incorrect, never which. Repeated failures are
   * throttled per account and per client address (`TOO_MANY_ATTEMPTS`), with growing lockouts.
   */
  signIn: SignInPayload;
  /**
   * Moves stock from one location to another (kind TRANSFER). Fails with `INSUFFICIENT_STOCK`
   * when the source has fewer units available than asked.
   */
  transferStock: StockMovementPayload;
  /**
   * Renames an API key, or changes whether it may send only trusted (persisted) documents or manage
   * webhooks; takes effect from the key's next request. ADMIN only.
   */
  updateApiKey: UpdateApiKeyPayload;
  /** Changes a location's details. Only the fields given are changed. */
  updateLocation: UpdateLocationPayload;
  /** Changes a product's details. Only the fields given are changed. */
  updateProduct: UpdateProductPayload;
  /** Changes a DRAFT purchase order; the fields given replace the stored ones (`lines` replaces every line). */
  updatePurchaseOrder: PurchaseOrderPayload;
  /** Changes a user's name, role or active flag; takes effect on the user's next request. ADMIN only. */
  updateUser: UserPayload;
  /**
   * Changes a subscription; omitted fields keep their value. Setting `status: ACTIVE` on a PAUSED
   * subscription resumes it: its FAILED deliveries are attempted again from the start of the retry
   * schedule, before any later delivery for the same product. `status: PAUSED` stops sending until
   * resumed, and events committed while a subscription is paused are not queued for it (read them
   * from the event feed).
   */
  updateWebhookSubscription: UpdateWebhookSubscriptionPayload;
  /**
   * Removes damaged, expired or lost stock from a location (kind WRITE_OFF), from the units nobody
   * holds (`fromState` AVAILABLE, safety stock included) or from the DAMAGED or QUALITY_CONTROL units.
   */
  writeOffStock: StockMovementPayload;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationadjustStockArgs = {
  input: AdjustStockInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationarchiveLocationArgs = {
  input: ArchiveLocationInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationarchiveProductArgs = {
  input: ArchiveProductInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcancelImportJobArgs = {
  input: CancelImportJobInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcancelPurchaseOrderArgs = {
  input: CancelPurchaseOrderInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcancelTransferArgs = {
  input: CancelTransferInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationchangePasswordArgs = {
  input: ChangePasswordInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationchangeStockStateArgs = {
  input: ChangeStockStateInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationclosePurchaseOrderArgs = {
  input: ClosePurchaseOrderInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcloseTransferArgs = {
  input: CloseTransferInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcommitReservationArgs = {
  input: CommitReservationInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcreateApiKeyArgs = {
  input: CreateApiKeyInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcreateLocationArgs = {
  input: CreateLocationInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcreateProductArgs = {
  input: CreateProductInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcreatePurchaseOrderArgs = {
  input: CreatePurchaseOrderInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcreatePurchaseOrdersFromSuggestionsArgs = {
  input: CreatePurchaseOrdersFromSuggestionsInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcreateTransferArgs = {
  input: CreateTransferInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcreateUserArgs = {
  input: CreateUserInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationdeactivateUserArgs = {
  input: DeactivateUserInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationdeleteWebhookSubscriptionArgs = {
  input: DeleteWebhookSubscriptionInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationextendReservationArgs = {
  input: ExtendReservationInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationplacePurchaseOrderArgs = {
  input: PlacePurchaseOrderInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationreceivePurchaseOrderArgs = {
  input: ReceivePurchaseOrderInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationreceiveStockArgs = {
  input: ReceiveStockInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationreceiveTransferArgs = {
  input: ReceiveTransferInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationrecordMovementsArgs = {
  input: RecordMovementsInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationredeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationregisterPersistedDocumentsArgs = {
  input: RegisterPersistedDocumentsInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationreleaseReservationArgs = {
  input: ReleaseReservationInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationreserveStockArgs = {
  input: ReserveStockInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationrestoreLocationArgs = {
  input: RestoreLocationInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationrestoreProductArgs = {
  input: RestoreProductInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationreturnStockArgs = {
  input: ReturnStockInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationreverseMovementArgs = {
  input: ReverseMovementInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationrevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationrotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationsetSafetyStockArgs = {
  input: SetSafetyStockInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationshipStockArgs = {
  input: ShipStockInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationshipTransferArgs = {
  input: ShipTransferInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationsignInArgs = {
  input: SignInInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationtransferStockArgs = {
  input: TransferStockInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationupdateApiKeyArgs = {
  input: UpdateApiKeyInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationupdateLocationArgs = {
  input: UpdateLocationInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationupdateProductArgs = {
  input: UpdateProductInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationupdatePurchaseOrderArgs = {
  input: UpdatePurchaseOrderInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationupdateUserArgs = {
  input: UpdateUserInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationupdateWebhookSubscriptionArgs = {
  input: UpdateWebhookSubscriptionInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationwriteOffStockArgs = {
  input: WriteOffStockInput;
};

/** An object with a global ID that `Query.node` can fetch again. */
export type Node = {
  /** Opaque global ID. Store it as is; do not parse it. */
  id: Scalars['ID']['output'];
};

/** What a GraphQL operation does. */
export type OperationType =
  /** Writes. */
  | 'MUTATION'
  /** Reads. */
  | 'QUERY'
  /** A stream of events (a `subscription` operation): runs over a WebSocket at the GraphQL URL, never over HTTP. */
  | 'SUBSCRIPTION';

/** Where a page of a connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last item of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when more items come before the first item of this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A trusted GraphQL document, registered from a manifest and runnable by its id. */
export type PersistedDocument = {
  __typename?: 'PersistedDocument';
  /** The document's text, exactly as registered (its sha256 is the id). */
  body: Scalars['String']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * What clients send to run it: `sha256:<hex>` as the `documentId` request parameter (a bare
   * `<hex>` works too, as does the APQ extension's `sha256Hash`).
   */
  documentId: Scalars['String']['output'];
  /** The name of the document's operation; null when anonymous. */
  operationName?: Maybe<Scalars['String']['output']>;
  /** Whether it reads or writes. Queries may also be sent with GET. */
  operationType: OperationType;
};

/** A page of trusted documents. */
export type PersistedDocumentConnection = {
  __typename?: 'PersistedDocumentConnection';
  /** The documents on this page, each with its cursor. */
  edges: Array<PersistedDocumentEdge>;
  /** The documents on this page, without cursors. */
  nodes: Array<PersistedDocument>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many documents match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A trusted document and its position in a list. */
export type PersistedDocumentEdge = {
  __typename?: 'PersistedDocumentEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: PersistedDocument;
};

/** Which order `placePurchaseOrder` places. */
export type PlacePurchaseOrderInput = {
  /** Makes the request safe to retry (see `createPurchaseOrder`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The DRAFT order. */
  purchaseOrderId: Scalars['ID']['input'];
};

/** Something Stockroom keeps stock of, identified by its SKU. */
export type Product = Node & {
  __typename?: 'Product';
  /** False once the product is archived. */
  active: Scalars['Boolean']['output'];
  /** When the product was archived; null while it is active. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Units available across all locations: the sum of each level's `available`. */
  available: Scalars['Int']['output'];
  /**
   * Moving weighted average cost per unit across all locations: each receipt (and each return with a
   * cost) blends its unit cost into the average; shipments, write-offs and transfers leave it
   * unchanged; a reversal takes its units out (or back in) at the cost they were valued at. Null until
   * the product's first costed receipt. MANAGER and above.
   */
  averageCost?: Maybe<Scalars['Decimal']['output']>;
  /** Category name used for grouping and reports, e.g. `Tools`. */
  category: Scalars['String']['output'];
  /** Units held by committed reservations, across all locations. */
  committed: Scalars['Int']['output'];
  /** When the product was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Damaged units, across all locations. */
  damaged: Scalars['Int']['output'];
  /**
   * How many days the available stock lasts at the average daily outflow (shipments and write-offs,
   * net of their reversals) over the last `windowDays` days. Null when nothing flowed out in the
   * window. MANAGER and above.
   */
  daysOfCover?: Maybe<Scalars['Float']['output']>;
  /** Free-text description; empty when none was given. */
  description: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Units on their way to any location: open purchase-order remainders plus transfers in transit. */
  incoming: Scalars['Int']['output'];
  /** `incoming` over every location, by expected date, earliest first (undated last). */
  incomingSchedule: Array<IncomingQuantity>;
  /** Units on hand across all locations times `averageCost`; 0 when nothing is on hand. MANAGER and above. */
  inventoryValue?: Maybe<Scalars['Decimal']['output']>;
  /** Days from placing an order to receiving it, as usually seen: compare with `daysOfCover`. */
  leadTimeDays?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** This product's movements, newest first. */
  movements: MovementConnection;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Units on hand across all locations. */
  onHand: Scalars['Int']['output'];
  /** The supplier this product is usually bought from; `createPurchaseOrdersFromSuggestions` orders from it. */
  preferredSupplier?: Maybe<Scalars['String']['output']>;
  /** Selling price per unit, in the business's currency. */
  price: Scalars['Decimal']['output'];
  /** Units waiting for a quality check, across all locations. */
  qualityControl: Scalars['Int']['output'];
  /** When available stock falls to or below this quantity, the product needs reordering. */
  reorderPoint: Scalars['NonNegativeInt']['output'];
  /** How many units to order when reordering. */
  reorderQuantity: Scalars['NonNegativeInt']['output'];
  /** Units held by active, unexpired reservations, across all locations. */
  reserved: Scalars['Int']['output'];
  /** Safety stock, across all locations. */
  safetyStock: Scalars['Int']['output'];
  /**
   * Other active products like this one, best match first, scored in [0, 1] from price proximity, same
   * category, and trigram similarity of name and description. No external model. MANAGER and above.
   */
  similar?: Maybe<Array<SimilarProduct>>;
  /** Stock-keeping unit: the business's own code for the product. Unique, compared ignoring case. */
  sku: Scalars['String']['output'];
  /**
   * Stock of this product at a past moment, from the ledger by business time: back-dated movements
   * count from the moment they occurred.
   */
  stockAsOf: StockAsOf;
  /**
   * Current stock at each location that has held this product; one location only when `locationId` is given.
   * Every product's levels download as `/exports/stock-levels.csv` or `.xlsx`, for MANAGER and above.
   */
  stockLevels: Array<StockLevel>;
  /** Unit of measure that quantities are counted in, e.g. `pcs`, `kg` or `box`. */
  unit: Scalars['String']['output'];
  /** When any of the product's details last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Something Stockroom keeps stock of, identified by its SKU. */
export type ProductdaysOfCoverArgs = {
  locationId?: InputMaybe<Scalars['ID']['input']>;
  windowDays: Scalars['Int']['input'];
};

/** Something Stockroom keeps stock of, identified by its SKU. */
export type ProductmovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Something Stockroom keeps stock of, identified by its SKU. */
export type ProductsimilarArgs = {
  first: Scalars['Int']['input'];
  weights: SimilarityWeights;
};

/** Something Stockroom keeps stock of, identified by its SKU. */
export type ProductstockAsOfArgs = {
  at: Scalars['DateTime']['input'];
  locationId?: InputMaybe<Scalars['ID']['input']>;
};

/** Something Stockroom keeps stock of, identified by its SKU. */
export type ProductstockLevelsArgs = {
  locationId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The products on this page, each with its cursor. */
  edges: Array<ProductEdge>;
  /** The products on this page, without cursors (a shortcut for `edges { node }`). */
  nodes: Array<Product>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many products match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A product and its position in a list. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** PRODUCT_CREATED, PRODUCT_UPDATED, PRODUCT_ARCHIVED and PRODUCT_RESTORED. */
export type ProductEventPayload = {
  __typename?: 'ProductEventPayload';
  /** The product right after the change. */
  product: ProductSnapshot;
};

/** Narrows the product list. All given conditions must hold. */
export type ProductFilter = {
  /** True for active products only (the default), false for archived ones only, null for both. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Exact category name (case-insensitive). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Highest price to include. */
  maxPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** Lowest price to include. */
  minPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** Case-insensitive text that the SKU, name or description contains. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort the product list. */
export type ProductOrder = {
  /** Ascending by default. */
  direction?: InputMaybe<SortDirection>;
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

/** A product at one moment (see Product). */
export type ProductSnapshot = {
  __typename?: 'ProductSnapshot';
  /** False once archived. */
  active: Scalars['Boolean']['output'];
  /** Its category. */
  category: Scalars['String']['output'];
  /** The product's global ID. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Its reorder point; 0 means none. */
  reorderPoint: Scalars['Int']['output'];
  /** Its SKU. */
  sku: Scalars['String']['output'];
};

/** Stock ordered from a supplier, received into its lines' locations in one or more deliveries. */
export type PurchaseOrder = Node & {
  __typename?: 'PurchaseOrder';
  /** Why it was closed or cancelled, as given. */
  closeReason?: Maybe<Scalars['String']['output']>;
  /** When it was drafted. */
  createdAt: Scalars['DateTime']['output'];
  /** When delivery is expected; `incomingSchedule` groups by it. */
  expectedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every status change, oldest first: when, to what, by whom. */
  history: Array<PurchaseOrderStatusChange>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** What is ordered, in the order given. */
  lines: Array<PurchaseOrderLine>;
  /** The client's document, e.g. the supplier's order number. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Where it stands now. */
  status: PurchaseOrderStatus;
  /** Who the units are bought from; receipts record it as their counterparty. */
  supplier: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of purchase orders. */
export type PurchaseOrderConnection = {
  __typename?: 'PurchaseOrderConnection';
  /** The orders on this page, each with its cursor. */
  edges: Array<PurchaseOrderEdge>;
  /** The orders on this page, without cursors. */
  nodes: Array<PurchaseOrder>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many orders match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A purchase order and its position in a list. */
export type PurchaseOrderEdge = {
  __typename?: 'PurchaseOrderEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The purchase order. */
  node: PurchaseOrder;
};

/** PURCHASE_ORDER_* events: the order right after the change. */
export type PurchaseOrderEventPayload = {
  __typename?: 'PurchaseOrderEventPayload';
  /** The purchase order. */
  purchaseOrder: PurchaseOrderSnapshot;
};

/** Narrows the purchase-order list. All given conditions must hold. */
export type PurchaseOrderFilter = {
  /** Only orders with a line delivered to this location. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders with a line of this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders with exactly this reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Only orders with this status. */
  status?: InputMaybe<PurchaseOrderStatus>;
  /** Only orders from exactly this supplier. */
  supplier?: InputMaybe<Scalars['String']['input']>;
};

/** One product ordered for one location. */
export type PurchaseOrderLine = {
  __typename?: 'PurchaseOrderLine';
  /** Opaque global ID; `receivePurchaseOrder` names lines by it. */
  id: Scalars['ID']['output'];
  /** Where it is delivered. */
  location: Location;
  /** Units still expected: `quantity - received`, never below 0; 0 once the order is closed or cancelled. */
  outstanding: Scalars['Int']['output'];
  /** The product. */
  product: Product;
  /** Units ordered. */
  quantity: Scalars['Int']['output'];
  /** Units received so far. */
  received: Scalars['Int']['output'];
  /** Units that may arrive beyond `quantity` and still be received. */
  tolerance: Scalars['Int']['output'];
  /** The agreed cost per unit (currency-free); receipts use it unless they state another. */
  unitCost: Scalars['Decimal']['output'];
};

/** One line of `createPurchaseOrder` or `updatePurchaseOrder`. */
export type PurchaseOrderLineInput = {
  /** Where it is delivered; omitted: the order's `locationId`. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** The product ordered. */
  productId: Scalars['ID']['input'];
  /** Units ordered; 1 to 1,000,000,000. */
  quantity: Scalars['Int']['input'];
  /** Units that may arrive beyond `quantity` and still be received; 0 or more. */
  tolerance?: InputMaybe<Scalars['Int']['input']>;
  /** The agreed cost per unit, 0 or more (currency-free). */
  unitCost: Scalars['Decimal']['input'];
};

/** A purchase-order line as it stood when an event was written. */
export type PurchaseOrderLineSnapshot = {
  __typename?: 'PurchaseOrderLineSnapshot';
  /** The line's global ID. */
  id: Scalars['ID']['output'];
  /** The location's global ID. */
  locationId: Scalars['ID']['output'];
  /** The product's global ID. */
  productId: Scalars['ID']['output'];
  /** Units ordered. */
  quantity: Scalars['Int']['output'];
  /** Units received so far. */
  received: Scalars['Int']['output'];
  /** The agreed cost per unit. */
  unitCost: Scalars['Decimal']['output'];
};

/** The result of a purchase-order mutation. */
export type PurchaseOrderPayload = {
  __typename?: 'PurchaseOrderPayload';
  /** The receipts the change recorded (receivePurchaseOrder only). */
  movements: Array<Movement>;
  /** The order as the change left it; null when nothing was written. */
  purchaseOrder?: Maybe<PurchaseOrder>;
  /** The stock levels the receipts changed, right after them. */
  stockLevels: Array<StockLevel>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A purchase order as it stood when an event was written. */
export type PurchaseOrderSnapshot = {
  __typename?: 'PurchaseOrderSnapshot';
  /** The order's global ID. */
  id: Scalars['ID']['output'];
  /** Its lines after the change. */
  lines: Array<PurchaseOrderLineSnapshot>;
  /** The client's document. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Its status after the change. */
  status: PurchaseOrderStatus;
  /** The supplier. */
  supplier: Scalars['String']['output'];
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

/** A change of a purchase order's status. */
export type PurchaseOrderStatusChange = {
  __typename?: 'PurchaseOrderStatusChange';
  /** Who made the change; null for the demo data. */
  actor?: Maybe<Actor>;
  /** When (server time). */
  at: Scalars['DateTime']['output'];
  /** The status it changed to (DRAFT also records an update of a draft). */
  status: PurchaseOrderStatus;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type Query = {
  __typename?: 'Query';
  /** API keys, newest first; secrets are never shown again after creation. ADMIN only. */
  apiKeys: ApiKeyConnection;
  /** Every category in use, with how many products it holds, in alphabetical order. */
  categories: Array<Category>;
  /**
   * The change feed: every event Stockroom has recorded, oldest first, for an integrator to replay
   * and follow. Keep `pageInfo.endCursor` and pass it back as `after`: paging this way sees every
   * committed event exactly once, and each stock level's events in the order the ledger applied
   * them, even when transactions commit out of order (the feed shows an event only once no
   * transaction that began before it is still running, so an event can appear up to the length of
   * the longest write transaction late, never out of place). `pageInfo.endCursor` is the cursor you
   * passed when the page is empty, so a poller can always keep the last one. Events are kept for
   * EVENT_RETENTION_DAYS (30 by default); older ones are pruned.
   */
  events: EventConnection;
  /**
   * One import job by its ID: where it stands, how far it has read, its counts and its row errors.
   * Jobs are created by uploading a file to `POST /imports/{products|stock|movements}` (see the
   * README's Import section). Null when no job has this ID. MANAGER and above.
   */
  importJob?: Maybe<ImportJob>;
  /** Import jobs, newest first. MANAGER and above. */
  importJobs: ImportJobConnection;
  /**
   * What the stock is worth: quantity times moving average cost, grouped by product, category or
   * location. Without `at` it values the stock now; with `at` it values the stock as it stood at that
   * moment, using the quantities and average costs of that moment (back-dated movements count from
   * when they occurred). Rows are sorted by value, highest first. MANAGER and above. Every row
   * downloads as `/exports/valuation.csv` or `.xlsx`.
   */
  inventoryValuation: InventoryValuationConnection;
  /**
   * One location, by global ID or by code (case-insensitive). Give exactly one of the two.
   * Returns null when none matches; archived locations are returned too.
   */
  location?: Maybe<Location>;
  /** Warehouses, stores and other places that hold stock, as a cursor connection. */
  locations: LocationConnection;
  /**
   * Products that need reordering: active products with a `reorderPoint` above 0 whose available
   * quantity is at or below it. Company-wide by default (available summed over all locations), or at
   * one location. Sorted by shortfall (reorder point minus available), largest first. MANAGER and above.
   */
  lowStock: LowStockConnection;
  /** Who is calling: the signed-in user, or the API key in use. */
  me: Actor;
  /** One movement by its global ID; null when none has it. */
  movement?: Maybe<Movement>;
  /**
   * Units moved per time bucket between `from` (inclusive) and `to` (exclusive), by kind of movement,
   * with a bucket for every interval in the range, including empty ones. Reversals count against the
   * kind they reverse. Fails with `INVALID_DATE_RANGE` when `from` is later than `to`, and with
   * `RANGE_TOO_LARGE` when the range holds more than 1,000 buckets. MANAGER and above.
   */
  movementSummary: MovementSummary;
  /**
   * The stock ledger: every movement, newest first (by business time, then by recording order).
   * Downloads whole, oldest first, as `/exports/movements.csv` or `.xlsx`: the download carries unit
   * costs, so it needs MANAGER.
   */
  movements: MovementConnection;
  /**
   * Fetches any object by its global ID, as the Relay spec describes. Returns null when no
   * object has that ID; fails with `INVALID_ID` when the ID is not one Stockroom issued.
   */
  node?: Maybe<Node>;
  /** Fetches several objects by global ID, in the order asked; unknown IDs give null entries. */
  nodes: Array<Maybe<Node>>;
  /**
   * Trusted documents (the safelist), newest first. Each can be run by its `documentId` instead of
   * its text. Stockroom's built-in documents (SignIn, RegisterPersistedDocuments, Me) are trusted
   * too but are not listed: they are part of the server, not of the safelist. ADMIN only.
   */
  persistedDocuments: PersistedDocumentConnection;
  /**
   * One product, by global ID or by SKU (case-insensitive). Give exactly one of the two.
   * Returns null when no product matches; archived products are returned too.
   */
  product?: Maybe<Product>;
  /**
   * The product catalogue, as a cursor connection. Archived products are hidden unless the
   * filter asks for them.
   */
  products: ProductConnection;
  /** A purchase order by its global ID; null when none has it. */
  purchaseOrder?: Maybe<PurchaseOrder>;
  /** Purchase orders, newest first. */
  purchaseOrders: PurchaseOrderConnection;
  /**
   * Reservations, newest first. A hold whose `expiresAt` has passed reads as EXPIRED from that
   * instant, whether or not anything has tidied it.
   */
  reservations: ReservationConnection;
  /**
   * Sales between `from` (inclusive) and `to` (exclusive): shipments net of their reversals, with
   * revenue at the recorded unit price and cost of goods sold at the product's moving average cost at
   * the moment of each sale. Fails with `INVALID_DATE_RANGE` when `from` is later than `to`.
   * MANAGER and above. Downloads as `/exports/sales.csv` or `.xlsx`, every row unless `first` is given.
   */
  salesReport: SalesReport;
  /** A transfer by its global ID; null when none has it. */
  transfer?: Maybe<Transfer>;
  /** Transfers, newest first. */
  transfers: TransferConnection;
  /** Everyone who can sign in. ADMIN only. */
  users: UserConnection;
  /**
   * What the stock was worth at the end of each day, week or month between `from` and `to`: one point
   * per interval of local time, each valued as `inventoryValuation(at:)` values that moment, so the two
   * always agree. The last point is at `to`; no point lies after now (an interval still under way is
   * valued now). Fails with `INVALID_DATE_RANGE` when `from` is later than `to`, with
   * `RANGE_TOO_LARGE` when the range holds more than 60 intervals, and with `INVALID_TIME_ZONE`.
   * MANAGER and above.
   */
  valuationHistory: Array<ValuationPoint>;
  /**
   * Recomputes every stock level from the ledger and the open reservations and compares it with the
   * stored levels. A healthy ledger reports no differences. Reads the whole ledger: for operators, not for pages.
   */
  verifyStockLevels: StockVerification;
  /**
   * Deliveries of events to webhook subscriptions, newest first, each with every attempt made. A
   * delivery is one event for one subscription; it is attempted until the receiver answers 2xx or
   * the retry schedule runs out.
   */
  webhookDeliveries: WebhookDeliveryConnection;
  /** One webhook subscription by its ID; null when none has it. */
  webhookSubscription?: Maybe<WebhookSubscription>;
  /**
   * Webhook subscriptions, newest first. ADMIN, or an API key allowed to manage webhooks
   * (`ApiKey.manageWebhooks`). Secrets are never shown here.
   */
  webhookSubscriptions: WebhookSubscriptionConnection;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QueryapiKeysArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerycategoriesArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QueryeventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  reservationId?: InputMaybe<Scalars['ID']['input']>;
  types?: InputMaybe<Array<EventType>>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QueryimportJobArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QueryimportJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ImportJobStatus>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QueryinventoryValuationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['DateTime']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupBy: ValuationGroupBy;
  locationId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerylocationArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerylocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LocationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LocationOrder>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerylowStockArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerymovementArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerymovementSummaryArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['DateTime']['input'];
  interval: SummaryInterval;
  kinds?: InputMaybe<Array<MovementKind>>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  timeZone: Scalars['String']['input'];
  to: Scalars['DateTime']['input'];
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerymovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MovementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerynodeArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerynodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerypersistedDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  operationName?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QueryproductArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  sku?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QueryproductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProductOrder>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerypurchaseOrderArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerypurchaseOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PurchaseOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QueryreservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReservationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerysalesReportArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
  counterparty?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  groupBy: SalesGroupBy;
  locationId?: InputMaybe<Scalars['ID']['input']>;
  orderBy: SalesOrderBy;
  productId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerytransferArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerytransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QueryusersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QueryvaluationHistoryArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['DateTime']['input'];
  interval: SummaryInterval;
  locationId?: InputMaybe<Scalars['ID']['input']>;
  timeZone: Scalars['String']['input'];
  to: Scalars['DateTime']['input'];
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerywebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  subscriptionId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerywebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerywebhookSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** What `receivePurchaseOrder` records. */
export type ReceivePurchaseOrderInput = {
  /** Makes the request safe to retry (see `createPurchaseOrder`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 lines. */
  lines: Array<ReceivePurchaseOrderLineInput>;
  /** The ORDERED, PARTIALLY_RECEIVED or RECEIVED order. */
  purchaseOrderId: Scalars['ID']['input'];
};

/** One line of `receivePurchaseOrder`. */
export type ReceivePurchaseOrderLineInput = {
  /** The order line the units arrived against. */
  lineId: Scalars['ID']['input'];
  /** Units that arrived; 1 up to the line's outstanding units plus its tolerance. */
  quantity: Scalars['Int']['input'];
  /** The state they arrive in: AVAILABLE (default), DAMAGED or QUALITY_CONTROL. */
  state?: InputMaybe<StockState>;
  /** The real cost per unit, when it differs from the line's. */
  unitCost?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Stock arriving from a supplier. */
export type ReceiveStockInput = {
  /** The supplier. */
  counterparty?: InputMaybe<Scalars['String']['input']>;
  /** A key unique to this request (up to 255 characters). Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Where it arrived. */
  locationId: Scalars['ID']['input'];
  /** Free text, up to 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The product received. */
  productId: Scalars['ID']['input'];
  /** How many units; 1 to 1,000,000,000. */
  quantity: Scalars['Int']['input'];
  /** Why; defaults to RECEIVED. */
  reason?: InputMaybe<MovementReason>;
  /** E.g. the purchase-order number. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Cost per unit: zero or more, at most 4 decimal places. Feeds the average cost. */
  unitCost: Scalars['Decimal']['input'];
};

/** What `receiveTransfer` records. */
export type ReceiveTransferInput = {
  /** Makes the request safe to retry (see `createTransfer`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 lines, each product and state at most once. */
  lines: Array<ReceiveTransferLineInput>;
  /** The transfer, IN_TRANSIT or PARTIALLY_RECEIVED. */
  transferId: Scalars['ID']['input'];
};

/** One line of `receiveTransfer`. */
export type ReceiveTransferLineInput = {
  /** The product that arrived; a product of the transfer. */
  productId: Scalars['ID']['input'];
  /** How many units arrived; 1 up to what is still in transit. */
  quantity: Scalars['Int']['input'];
  /** The state they arrive in: AVAILABLE (default), DAMAGED or QUALITY_CONTROL. */
  state?: InputMaybe<StockState>;
};

/** A batch of movements. */
export type RecordMovementsInput = {
  /** What to do when some rows fail; defaults to REJECT_ALL. */
  errorPolicy?: InputMaybe<MovementErrorPolicy>;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 500 rows, applied in order: a later row sees the stock an earlier row changed. */
  movements: Array<MovementInput>;
};

/** Result of `recordMovements`. */
export type RecordMovementsPayload = {
  __typename?: 'RecordMovementsPayload';
  /** The movements recorded, in row order (failed rows are left out). */
  movements: Array<Movement>;
  /** The stock levels the batch changed, as they were right after it. */
  stockLevels: Array<StockLevel>;
  /** One entry per problem, each with a field path starting `["movements", "<row index>"]`. */
  userErrors: Array<UserError>;
};

/** Which delivery to send again. */
export type RedeliverWebhookInput = {
  /** The delivery's ID (`WebhookDelivery.id`). */
  deliveryId: Scalars['ID']['input'];
};

/** Result of `redeliverWebhook`. */
export type RedeliverWebhookPayload = {
  __typename?: 'RedeliverWebhookPayload';
  /** The delivery, PENDING again; null when there are user errors. */
  delivery?: Maybe<WebhookDelivery>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A manifest of documents to trust. */
export type RegisterPersistedDocumentsInput = {
  /**
   * Either an Apollo persisted-query manifest
   * (`{"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id", "name", "type", "body"}]}`)
   * or the `persisted-documents.json` of graphql-codegen's client preset (`{"<sha256>": "<document>"}`,
   * generated with `hashAlgorithm: 'sha256'`).
   */
  manifest: Scalars['JSON']['input'];
};

/** Result of `registerPersistedDocuments`. */
export type RegisterPersistedDocumentsPayload = {
  __typename?: 'RegisterPersistedDocumentsPayload';
  /** How many documents of the manifest were already registered. */
  alreadyRegistered: Scalars['Int']['output'];
  /** Every document of the manifest as stored, new or not; empty when there are user errors. */
  documents: Array<PersistedDocument>;
  /** How many documents were new to the safelist. */
  registered: Scalars['Int']['output'];
  /** What was wrong with the manifest; when non-empty, nothing was registered. */
  userErrors: Array<UserError>;
};

/** Some units of one reservation line to give back. */
export type ReleaseLineInput = {
  /** The line's location. */
  locationId: Scalars['ID']['input'];
  /** The line's product. */
  productId: Scalars['ID']['input'];
  /** How many units; omitted: everything the line still holds. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
};

/** What to release. */
export type ReleaseReservationInput = {
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Only these lines (and units); omitted: everything it still holds. */
  lines?: InputMaybe<Array<ReleaseLineInput>>;
  /** The reservation; it must be ACTIVE or COMMITTED. */
  reservationId: Scalars['ID']['input'];
};

/** PRODUCT_BELOW_REORDER_POINT and PRODUCT_ABOVE_REORDER_POINT. */
export type ReorderPointEventPayload = {
  __typename?: 'ReorderPointEventPayload';
  /** Its available units across every location right after the change that made it cross. */
  available: Scalars['Int']['output'];
  /** The product. */
  product: ProductSnapshot;
};

/**
 * A hold on available units. While ACTIVE or COMMITTED its outstanding units count in `reserved` or
 * `committed` at their levels and are not `available` to anyone else.
 */
export type Reservation = Node & {
  __typename?: 'Reservation';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When an ACTIVE hold lapses; null once committed, fulfilled or released. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who the units are held for, e.g. a customer or channel. */
  holder?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** What it holds, one line per product and location. */
  lines: Array<ReservationLine>;
  /** The client's document, e.g. a cart or order number. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Where it stands now; an ACTIVE hold reads EXPIRED the instant `expiresAt` passes. */
  status: ReservationStatus;
  /** When it last changed (extended, committed, fulfilled or released). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A change to a reservation. */
export type ReservationChange = {
  __typename?: 'ReservationChange';
  /** When the change was written (server time). */
  occurredAt: Scalars['DateTime']['output'];
  /** The reservation, read as it is when the message is sent (a later change may already show). */
  reservation: Reservation;
  /** What happened to it (RESERVATION_CREATED, RESERVATION_COMMITTED, …). */
  type: EventType;
};

/** A page of reservations. */
export type ReservationConnection = {
  __typename?: 'ReservationConnection';
  /** The reservations on this page, each with its cursor. */
  edges: Array<ReservationEdge>;
  /** The reservations on this page, without cursors. */
  nodes: Array<Reservation>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many reservations match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A reservation and its position in a list. */
export type ReservationEdge = {
  __typename?: 'ReservationEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The reservation. */
  node: Reservation;
};

/** The RESERVATION_* events: the reservation and its levels. */
export type ReservationEventPayload = {
  __typename?: 'ReservationEventPayload';
  /** The reservation right after the change. */
  reservation: ReservationSnapshot;
  /** The stock levels of the reservation's lines that the change locked, right after it (a shipment that fulfils a multi-line reservation carries only the levels it shipped from). */
  stockLevels: Array<StockLevelSnapshot>;
};

/** Narrows the reservation list. All given conditions must hold. */
export type ReservationFilter = {
  /** Only reservations with exactly this holder. */
  holder?: InputMaybe<Scalars['String']['input']>;
  /** Only reservations with a line at this location. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reservations with a line of this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reservations with exactly this reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Only reservations with this status now (ACTIVE excludes holds past their expiry; EXPIRED includes them). */
  status?: InputMaybe<ReservationStatus>;
};

/** Units of one product held at one location by a reservation. */
export type ReservationLine = {
  __typename?: 'ReservationLine';
  /** Units shipped against it. */
  fulfilled: Scalars['Int']['output'];
  /** Where the units are held. */
  location: Location;
  /** Units it still holds: `quantity - fulfilled - released` (0 once the reservation has expired). */
  outstanding: Scalars['Int']['output'];
  /** The product. */
  product: Product;
  /** Units the line held when made. */
  quantity: Scalars['Int']['output'];
  /** Units given back. */
  released: Scalars['Int']['output'];
};

/** One line of `reserveStock`. */
export type ReservationLineInput = {
  /** Where to hold it; omitted: placed by the location strategy (see `reserveStock`). */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** The product to hold. */
  productId: Scalars['ID']['input'];
  /** How many units; 1 to 1,000,000,000. */
  quantity: Scalars['Int']['input'];
};

/** One line of a reservation at one moment. */
export type ReservationLineSnapshot = {
  __typename?: 'ReservationLineSnapshot';
  /** Units shipped against it. */
  fulfilled: Scalars['Int']['output'];
  /** The location's global ID. */
  locationId: Scalars['ID']['output'];
  /** Units it still holds: quantity - fulfilled - released. */
  outstanding: Scalars['Int']['output'];
  /** The product's global ID. */
  productId: Scalars['ID']['output'];
  /** Units the line asked for. */
  quantity: Scalars['Int']['output'];
  /** Units given back. */
  released: Scalars['Int']['output'];
};

/** Result of a reservation mutation. */
export type ReservationPayload = {
  __typename?: 'ReservationPayload';
  /** The reservation as it is after the change; null when there are user errors. */
  reservation?: Maybe<Reservation>;
  /** The stock levels the change moved, as they were right after it. */
  stockLevels: Array<StockLevel>;
  /** What was wrong; empty on success. When non-empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** A reservation at one moment (see Reservation). */
export type ReservationSnapshot = {
  __typename?: 'ReservationSnapshot';
  /** When an active hold lapses; null once committed or closed. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who the units are held for, e.g. a customer or channel. */
  holder?: Maybe<Scalars['String']['output']>;
  /** The reservation's global ID; `node(id:)` reads it as it is now. */
  id: Scalars['ID']['output'];
  /** Its lines. */
  lines: Array<ReservationLineSnapshot>;
  /** The caller's reference, e.g. a cart or order number. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Its status right after the change. */
  status: ReservationStatus;
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
  allowSplit?: InputMaybe<Scalars['Boolean']['input']>;
  /** When the hold lapses: in the future, at most 30 days ahead. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who the units are held for (up to 200 characters). */
  holder?: InputMaybe<Scalars['String']['input']>;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 lines. Lines naming the same product and location are held as one. */
  lines: Array<ReservationLineInput>;
  /** The client's document, e.g. a cart or order number (up to 100 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Or: how long the hold lives, in seconds (1 to 2,592,000), counted from when it is made. */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** Which location to restore. */
export type RestoreLocationInput = {
  /** The location's global ID. */
  id: Scalars['ID']['input'];
};

/** Result of `restoreLocation`. */
export type RestoreLocationPayload = {
  __typename?: 'RestoreLocationPayload';
  /** The restored location; null when there are user errors. */
  location?: Maybe<Location>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Which product to restore. */
export type RestoreProductInput = {
  /** The product's global ID. */
  id: Scalars['ID']['input'];
};

/** Result of `restoreProduct`. */
export type RestoreProductPayload = {
  __typename?: 'RestoreProductPayload';
  /** The restored product; null when there are user errors. */
  product?: Maybe<Product>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Stock returned by a customer. */
export type ReturnStockInput = {
  /** The customer. */
  counterparty?: InputMaybe<Scalars['String']['input']>;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Where it came back to. */
  locationId: Scalars['ID']['input'];
  /** Free text, up to 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The product returned. */
  productId: Scalars['ID']['input'];
  /** How many units; 1 to 1,000,000,000. */
  quantity: Scalars['Int']['input'];
  /** Why; defaults to RETURNED. */
  reason?: InputMaybe<MovementReason>;
  /** E.g. the return-authorisation number. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Cost per unit to value the returned stock at, if known. */
  unitCost?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Which movement to undo. */
export type ReverseMovementInput = {
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The movement to reverse. */
  movementId: Scalars['ID']['input'];
  /** Free text, up to 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When the reversal takes effect; defaults to now. May be in the past (not before the original), not in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why; defaults to CORRECTION. */
  reason?: InputMaybe<MovementReason>;
};

/** Which API key to revoke. */
export type RevokeApiKeyInput = {
  /** The key's global ID. */
  id: Scalars['ID']['input'];
};

/** Result of `revokeApiKey`. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The revoked key. */
  apiKey?: Maybe<ApiKey>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
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

/** Which webhook subscription gets a new secret. */
export type RotateWebhookSecretInput = {
  /** The subscription's ID. */
  id: Scalars['ID']['input'];
};

/** Result of `rotateWebhookSecret`. */
export type RotateWebhookSecretPayload = {
  __typename?: 'RotateWebhookSecretPayload';
  /** The new signing secret. Shown only here, only once. */
  secret?: Maybe<Scalars['String']['output']>;
  /** The subscription; null when there are user errors. */
  subscription?: Maybe<WebhookSubscription>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** SAFETY_STOCK_CHANGED: the levels whose safety stock changed. */
export type SafetyStockEventPayload = {
  __typename?: 'SafetyStockEventPayload';
  /** The stock levels right after the change. */
  stockLevels: Array<StockLevelSnapshot>;
};

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

/** Sales over a range of time. */
export type SalesReport = {
  __typename?: 'SalesReport';
  /** Start of the range, inclusive. */
  from: Scalars['DateTime']['output'];
  /** What each row stands for. */
  groupBy: SalesGroupBy;
  /** Which figure ranks the rows. */
  orderBy: SalesOrderBy;
  /** How many rows the whole report has (the top `first` are returned). */
  rowCount: Scalars['Int']['output'];
  /** The top rows, highest first by `orderBy`. */
  rows: Array<SalesReportRow>;
  /** End of the range, exclusive. */
  to: Scalars['DateTime']['output'];
  /** Every sale in the range and filters, as one row; its `key` is empty. */
  totals: SalesReportRow;
};

/** Sales of one product, category, location or customer. */
export type SalesReportRow = {
  __typename?: 'SalesReportRow';
  /** The category name, when grouped by product or by category. */
  category?: Maybe<Scalars['String']['output']>;
  /** Units times the product's moving average cost at the moment of each sale. */
  costOfGoodsSold: Scalars['Decimal']['output'];
  /** The customer, when grouped by counterparty. */
  counterparty?: Maybe<Scalars['String']['output']>;
  /** What the row stands for, as text: the SKU, the category, the location code or the counterparty. */
  key: Scalars['String']['output'];
  /** The location, when grouped by location. */
  location?: Maybe<Location>;
  /** Revenue minus cost of goods sold. */
  margin: Scalars['Decimal']['output'];
  /** Margin as a percentage of revenue; null when revenue is 0. */
  marginPercent?: Maybe<Scalars['Float']['output']>;
  /** The product, when grouped by product. */
  product?: Maybe<Product>;
  /** Units times their recorded selling price. */
  revenue: Scalars['Decimal']['output'];
  /** Units sold, net of reversed shipments. */
  units: Scalars['SafeInt']['output'];
};

/** A level's safety stock. */
export type SetSafetyStockInput = {
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The location. */
  locationId: Scalars['ID']['input'];
  /** The product. */
  productId: Scalars['ID']['input'];
  /** Units never offered as available: 0 to 1,000,000,000. */
  quantity: Scalars['Int']['input'];
};

/** Result of `setSafetyStock`. */
export type SetSafetyStockPayload = {
  __typename?: 'SetSafetyStockPayload';
  /** The level after the change; null when there are user errors. */
  stockLevel?: Maybe<StockLevel>;
  /** What was wrong; empty on success. When non-empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** Stock leaving to a customer. */
export type ShipStockInput = {
  /** The customer. */
  counterparty?: InputMaybe<Scalars['String']['input']>;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Where it left from. */
  locationId: Scalars['ID']['input'];
  /** Free text, up to 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The product shipped. */
  productId: Scalars['ID']['input'];
  /** How many units; 1 to 1,000,000,000. */
  quantity: Scalars['Int']['input'];
  /** Why; defaults to SOLD. */
  reason?: InputMaybe<MovementReason>;
  /** E.g. the sales-order number. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Ship units this reservation holds at the location (wholly or partly) instead of unheld units. */
  reservationId?: InputMaybe<Scalars['ID']['input']>;
  /** Selling price per unit; defaults to the product's current price. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Which transfer `shipTransfer` ships. */
export type ShipTransferInput = {
  /** Makes the request safe to retry (see `createTransfer`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The DRAFT transfer. */
  transferId: Scalars['ID']['input'];
};

/** Credentials to sign in with. */
export type SignInInput = {
  /** The account's email. */
  email: Scalars['String']['input'];
  /** The account's password. */
  password: Scalars['String']['input'];
};

/** Result of `signIn` and `changePassword`. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** When the token stops working. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Send as `Authorization: Bearer <token>`; null when there are user errors. */
  token?: Maybe<Scalars['String']['output']>;
  /** Who signed in. */
  user?: Maybe<User>;
  /** What was wrong; empty on success. */
  userErrors: Array<UserError>;
};

/** A product recommended as similar, with how it scored. */
export type SimilarProduct = {
  __typename?: 'SimilarProduct';
  /** 1 when in the same category, otherwise 0. */
  categoryScore: Scalars['Float']['output'];
  /** Price proximity, in [0, 1]. */
  priceScore: Scalars['Float']['output'];
  /** The recommended product. */
  product: Product;
  /** Weighted blend of the three signals, in [0, 1]. */
  score: Scalars['Float']['output'];
  /** Trigram similarity of name and description, in [0, 1]. */
  textScore: Scalars['Float']['output'];
};

/** How much each signal counts in `Product.similar`. Omitted weights count 1. */
export type SimilarityWeights = {
  /** Weight of being in the same category: 1 or 0. */
  category: Scalars['Float']['input'];
  /** Weight of price proximity: 1 - |difference| / the higher price. */
  price: Scalars['Float']['input'];
  /** Weight of trigram similarity of name and description. */
  text: Scalars['Float']['input'];
};

/** Sort direction for list orderings. */
export type SortDirection =
  /** Smallest, oldest or A first. */
  | 'ASC'
  /** Largest, newest or Z first. */
  | 'DESC';

/** Stock at a past moment. */
export type StockAsOf = {
  __typename?: 'StockAsOf';
  /** The moment asked about. */
  at: Scalars['DateTime']['output'];
  /** The non-zero levels at that moment, one per (product, location). */
  levels: Array<HistoricalStockLevel>;
  /** Total units on hand at that moment, across the levels listed. */
  onHand: Scalars['SafeInt']['output'];
};

/** A stock level that does not match the ledger. */
export type StockDifference = {
  __typename?: 'StockDifference';
  /** Committed units the open COMMITTED reservations add up to. */
  heldCommitted: Scalars['Int']['output'];
  /** Reserved units the open ACTIVE reservations add up to. */
  heldReserved: Scalars['Int']['output'];
  /** Damaged units the ledger adds up to. */
  ledgerDamaged: Scalars['Int']['output'];
  /** On-hand quantity the ledger adds up to. */
  ledgerOnHand: Scalars['Int']['output'];
  /** Quality-control units the ledger adds up to. */
  ledgerQualityControl: Scalars['Int']['output'];
  /** The location. */
  location: Location;
  /** The product. */
  product: Product;
  /** Committed units stored in the projection. */
  storedCommitted: Scalars['Int']['output'];
  /** Damaged units stored in the projection. */
  storedDamaged: Scalars['Int']['output'];
  /** On-hand quantity stored in the projection. */
  storedOnHand: Scalars['Int']['output'];
  /** Quality-control units stored in the projection. */
  storedQualityControl: Scalars['Int']['output'];
  /** Reserved units the projection gives (active, unexpired holds). */
  storedReserved: Scalars['Int']['output'];
};

/**
 * The stock of one product at one location, now. `available` = `onHand` - `reserved` - `committed` -
 * `damaged` - `qualityControl` - `safetyStock`, never below 0.
 */
export type StockLevel = {
  __typename?: 'StockLevel';
  /** Units that can be sold, reserved or transferred now: on hand less every hold, unsellable state and safety stock; never below 0. */
  available: Scalars['Int']['output'];
  /** Units held by COMMITTED reservations (placed orders), until shipped or released. */
  committed: Scalars['Int']['output'];
  /** Units on hand that are damaged. */
  damaged: Scalars['Int']['output'];
  /**
   * Units on their way here: open purchase-order remainders to this location plus units of transfers
   * in transit to it. Not on hand, not available. Loaded only when selected (one statement per page).
   */
  incoming: Scalars['Int']['output'];
  /** `incoming` by expected date, earliest first (undated last). */
  incomingSchedule: Array<IncomingQuantity>;
  /** The location. */
  location: Location;
  /** Units physically at the location, in every state. */
  onHand: Scalars['Int']['output'];
  /** The product. */
  product: Product;
  /** Units on hand waiting for a quality check. */
  qualityControl: Scalars['Int']['output'];
  /** The reservations holding units here now: ACTIVE ones that have not expired, and COMMITTED ones. */
  reservations: Array<Reservation>;
  /** Units held by ACTIVE reservations (carts, quotes) that have not expired. A hold stops counting the instant it expires. */
  reserved: Scalars['Int']['output'];
  /** Units never offered as available (set by `setSafetyStock`). */
  safetyStock: Scalars['Int']['output'];
  /** When a movement or a hold last changed this level. */
  updatedAt: Scalars['DateTime']['output'];
};

/** The stock levels one committed change left behind. */
export type StockLevelChange = {
  __typename?: 'StockLevelChange';
  /**
   * The levels the change touched that the subscription's filters let through, each with its
   * figures right after the change; `updatedAt` is the change's `occurredAt`.
   */
  levels: Array<StockLevel>;
  /** When the change was written (server time). */
  occurredAt: Scalars['DateTime']['output'];
  /** What changed them: a movement, a reservation change or a safety stock change. */
  type: EventType;
};

/** A page of stock levels. */
export type StockLevelConnection = {
  __typename?: 'StockLevelConnection';
  /** The levels on this page, each with its cursor. */
  edges: Array<StockLevelEdge>;
  /** The levels on this page, without cursors. */
  nodes: Array<StockLevel>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many levels there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A stock level and its position in a list. */
export type StockLevelEdge = {
  __typename?: 'StockLevelEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The stock level. */
  node: StockLevel;
};

/** A stock level's figures at one moment (see StockLevel for what each means). */
export type StockLevelSnapshot = {
  __typename?: 'StockLevelSnapshot';
  /** Units that can be sold, reserved or transferred. */
  available: Scalars['Int']['output'];
  /** Units held by committed reservations. */
  committed: Scalars['Int']['output'];
  /** Units in the DAMAGED state. */
  damaged: Scalars['Int']['output'];
  /** The location's global ID. */
  locationId: Scalars['ID']['output'];
  /** Units physically there, in every state. */
  onHand: Scalars['Int']['output'];
  /** The product's global ID. */
  productId: Scalars['ID']['output'];
  /** Units in the QUALITY_CONTROL state. */
  qualityControl: Scalars['Int']['output'];
  /** Units held by active reservations. */
  reserved: Scalars['Int']['output'];
  /** Units never offered as available. */
  safetyStock: Scalars['Int']['output'];
};

/** Result of a stock mutation. */
export type StockMovementPayload = {
  __typename?: 'StockMovementPayload';
  /** The movement recorded; null when there are user errors, or when an adjustment found nothing to change. */
  movement?: Maybe<Movement>;
  /** The stock levels the movement changed, as they were right after it. */
  stockLevels: Array<StockLevel>;
  /** What was wrong; empty on success. When non-empty, nothing was written. */
  userErrors: Array<UserError>;
};

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

/** The result of recomputing stock levels from the ledger. */
export type StockVerification = {
  __typename?: 'StockVerification';
  /** How many (product, location) pairs were compared. */
  checkedLevels: Scalars['Int']['output'];
  /** Every pair where the stored level and the ledger disagree; empty when `ok`. */
  differences: Array<StockDifference>;
  /** True when every stored level equals the ledger's sum (on hand, damaged, quality control) and the open reservations' (reserved, committed). */
  ok: Scalars['Boolean']['output'];
};

/**
 * Live updates over WebSocket (the graphql-transport-ws protocol of the `graphql-ws` library), at the
 * same URL as queries (`ws://…/graphql` for `http://…/graphql`). Send credentials in
 * connection_init's payload the way HTTP headers carry them: `{ "authorization": "Bearer <token or
 * API key>" }` or `{ "x-api-key": "<key>" }`; a socket without valid ones is closed with code 4401.
 * Only subscriptions run over the socket; queries and mutations go over HTTP.
 *
 * Every instance sends every change committed through any instance of the same database. A caller
 * may keep SUBSCRIPTIONS_PER_CALLER (100 by default) subscriptions open on one instance; one more is
 * refused with TOO_MANY_SUBSCRIPTIONS. When the server shuts down, sockets close with 1001 (Going
 * Away): reconnect, and use `events(after:)` with the last cursor you kept to miss nothing.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The change feed as it grows: each event once, in the feed's order (as `Query.events` pages it).
   * With `after` (an edge's `cursor` from this subscription or from `Query.events`), the events
   * already in the feed after it come first, then new ones as they commit, with no gap and no
   * duplicate between the two: keep the last cursor you received and pass it when you reconnect.
   * VIEWER and above, like `Query.events`, which reads the same events.
   */
  events: EventEdge;
  /**
   * An import job as it progresses: the job now, then again whenever its progress, counts or status
   * change (at most a few times a second), ending after the message that shows it ended. Errors with
   * NOT_FOUND when no job has this ID. MANAGER and above.
   */
  importJobProgress: ImportJob;
  /**
   * Products crossing their reorder point, in either direction. Without `locationId`: company-wide,
   * each time a product's available units summed over every location fall to or below its reorder
   * point (BELOW) or rise above it again (ABOVE), as the PRODUCT_BELOW_REORDER_POINT and
   * PRODUCT_ABOVE_REORDER_POINT events record it. With `locationId`: the available units at that
   * location alone, judged against the product's reorder point after each change there; the first
   * change after you subscribe that finds a product at or below it there sends BELOW, and a later
   * one that lifts it above sends ABOVE. Products whose reorder point is 0 never alert.
   */
  lowStockAlert: LowStockAlert;
  /**
   * Every change to reservations with this reference (created, extended, committed, fulfilled,
   * released, expired), with the reservation read as it is when the message is sent.
   */
  reservationChanged: ReservationChange;
  /**
   * Stock levels as each committed change leaves them: one message per change (a movement, a
   * reservation change, a safety stock change), carrying every level that change touched and the
   * filters let through, together, as they stood right after it (a transfer sends its source and its
   * destination in one message). A change that touched none of the levels asked about sends nothing.
   */
  stockLevelChanged: StockLevelChange;
};

/**
 * Live updates over WebSocket (the graphql-transport-ws protocol of the `graphql-ws` library), at the
 * same URL as queries (`ws://…/graphql` for `http://…/graphql`). Send credentials in
 * connection_init's payload the way HTTP headers carry them: `{ "authorization": "Bearer <token or
 * API key>" }` or `{ "x-api-key": "<key>" }`; a socket without valid ones is closed with code 4401.
 * Only subscriptions run over the socket; queries and mutations go over HTTP.
 *
 * Every instance sends every change committed through any instance of the same database. A caller
 * may keep SUBSCRIPTIONS_PER_CALLER (100 by default) subscriptions open on one instance; one more is
 * refused with TOO_MANY_SUBSCRIPTIONS. When the server shuts down, sockets close with 1001 (Going
 * Away): reconnect, and use `events(after:)` with the last cursor you kept to miss nothing.
 */
export type SubscriptioneventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<EventType>>;
};

/**
 * Live updates over WebSocket (the graphql-transport-ws protocol of the `graphql-ws` library), at the
 * same URL as queries (`ws://…/graphql` for `http://…/graphql`). Send credentials in
 * connection_init's payload the way HTTP headers carry them: `{ "authorization": "Bearer <token or
 * API key>" }` or `{ "x-api-key": "<key>" }`; a socket without valid ones is closed with code 4401.
 * Only subscriptions run over the socket; queries and mutations go over HTTP.
 *
 * Every instance sends every change committed through any instance of the same database. A caller
 * may keep SUBSCRIPTIONS_PER_CALLER (100 by default) subscriptions open on one instance; one more is
 * refused with TOO_MANY_SUBSCRIPTIONS. When the server shuts down, sockets close with 1001 (Going
 * Away): reconnect, and use `events(after:)` with the last cursor you kept to miss nothing.
 */
export type SubscriptionimportJobProgressArgs = {
  id: Scalars['ID']['input'];
};

/**
 * Live updates over WebSocket (the graphql-transport-ws protocol of the `graphql-ws` library), at the
 * same URL as queries (`ws://…/graphql` for `http://…/graphql`). Send credentials in
 * connection_init's payload the way HTTP headers carry them: `{ "authorization": "Bearer <token or
 * API key>" }` or `{ "x-api-key": "<key>" }`; a socket without valid ones is closed with code 4401.
 * Only subscriptions run over the socket; queries and mutations go over HTTP.
 *
 * Every instance sends every change committed through any instance of the same database. A caller
 * may keep SUBSCRIPTIONS_PER_CALLER (100 by default) subscriptions open on one instance; one more is
 * refused with TOO_MANY_SUBSCRIPTIONS. When the server shuts down, sockets close with 1001 (Going
 * Away): reconnect, and use `events(after:)` with the last cursor you kept to miss nothing.
 */
export type SubscriptionlowStockAlertArgs = {
  locationId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Live updates over WebSocket (the graphql-transport-ws protocol of the `graphql-ws` library), at the
 * same URL as queries (`ws://…/graphql` for `http://…/graphql`). Send credentials in
 * connection_init's payload the way HTTP headers carry them: `{ "authorization": "Bearer <token or
 * API key>" }` or `{ "x-api-key": "<key>" }`; a socket without valid ones is closed with code 4401.
 * Only subscriptions run over the socket; queries and mutations go over HTTP.
 *
 * Every instance sends every change committed through any instance of the same database. A caller
 * may keep SUBSCRIPTIONS_PER_CALLER (100 by default) subscriptions open on one instance; one more is
 * refused with TOO_MANY_SUBSCRIPTIONS. When the server shuts down, sockets close with 1001 (Going
 * Away): reconnect, and use `events(after:)` with the last cursor you kept to miss nothing.
 */
export type SubscriptionreservationChangedArgs = {
  reference: Scalars['String']['input'];
};

/**
 * Live updates over WebSocket (the graphql-transport-ws protocol of the `graphql-ws` library), at the
 * same URL as queries (`ws://…/graphql` for `http://…/graphql`). Send credentials in
 * connection_init's payload the way HTTP headers carry them: `{ "authorization": "Bearer <token or
 * API key>" }` or `{ "x-api-key": "<key>" }`; a socket without valid ones is closed with code 4401.
 * Only subscriptions run over the socket; queries and mutations go over HTTP.
 *
 * Every instance sends every change committed through any instance of the same database. A caller
 * may keep SUBSCRIPTIONS_PER_CALLER (100 by default) subscriptions open on one instance; one more is
 * refused with TOO_MANY_SUBSCRIPTIONS. When the server shuts down, sockets close with 1001 (Going
 * Away): reconnect, and use `events(after:)` with the last cursor you kept to miss nothing.
 */
export type SubscriptionstockLevelChangedArgs = {
  locationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

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
  productId: Scalars['ID']['input'];
  /** Its supplier for these orders (1 to 200 characters). */
  supplier: Scalars['String']['input'];
};

/**
 * Stock sent from one location to another, over days. While IN_TRANSIT or PARTIALLY_RECEIVED its
 * outstanding units are on hand at neither end: the ledger keeps them at the in-transit location,
 * and they count as `incoming` at the destination.
 */
export type Transfer = Node & {
  __typename?: 'Transfer';
  /** Why it was closed or cancelled, as given. */
  closeReason?: Maybe<Scalars['String']['output']>;
  /** When it was drafted. */
  createdAt: Scalars['DateTime']['output'];
  /** When the units are expected at the destination; `incomingSchedule` groups by it. */
  expectedArrival?: Maybe<Scalars['DateTime']['output']>;
  /** Where the units leave from. */
  fromLocation: Location;
  /** Every status change, oldest first: when, to what, by whom. */
  history: Array<TransferStatusChange>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** What it sends, one line per product. */
  lines: Array<TransferLine>;
  /** The client's document, e.g. a delivery note number. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Where it stands now. */
  status: TransferStatus;
  /** Where the units go. */
  toLocation: Location;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of transfers. */
export type TransferConnection = {
  __typename?: 'TransferConnection';
  /** The transfers on this page, each with its cursor. */
  edges: Array<TransferEdge>;
  /** The transfers on this page, without cursors. */
  nodes: Array<Transfer>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many transfers match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A transfer and its position in a list. */
export type TransferEdge = {
  __typename?: 'TransferEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The transfer. */
  node: Transfer;
};

/** TRANSFER_* events: the transfer right after the change. */
export type TransferEventPayload = {
  __typename?: 'TransferEventPayload';
  /** The transfer. */
  transfer: TransferSnapshot;
};

/** Narrows the transfer list. All given conditions must hold. */
export type TransferFilter = {
  /** Only transfers from or to this location. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only transfers with a line of this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Only transfers with exactly this reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Only transfers with this status. */
  status?: InputMaybe<TransferStatus>;
};

/** One product of a transfer. */
export type TransferLine = {
  __typename?: 'TransferLine';
  /** Units still in transit: `shipped - received - lost - returned`. */
  inTransit: Scalars['Int']['output'];
  /** Units declared lost when the transfer was closed. */
  lost: Scalars['Int']['output'];
  /** The product. */
  product: Product;
  /** Units to send. */
  quantity: Scalars['Int']['output'];
  /** Units received at the destination, in any state. */
  received: Scalars['Int']['output'];
  /** Units returned to the source when the shipped transfer was cancelled. */
  returned: Scalars['Int']['output'];
  /** Units that left the source (the whole quantity once shipped). */
  shipped: Scalars['Int']['output'];
};

/** One line of `createTransfer`. */
export type TransferLineInput = {
  /** The product to send; each product at most once per transfer. */
  productId: Scalars['ID']['input'];
  /** How many units; 1 to 1,000,000,000. */
  quantity: Scalars['Int']['input'];
};

/** A transfer line as it stood when an event was written. */
export type TransferLineSnapshot = {
  __typename?: 'TransferLineSnapshot';
  /** Units declared lost. */
  lost: Scalars['Int']['output'];
  /** The product's global ID. */
  productId: Scalars['ID']['output'];
  /** Units to send. */
  quantity: Scalars['Int']['output'];
  /** Units received. */
  received: Scalars['Int']['output'];
  /** Units returned to the source. */
  returned: Scalars['Int']['output'];
  /** Units shipped. */
  shipped: Scalars['Int']['output'];
};

/** The result of a transfer mutation. */
export type TransferPayload = {
  __typename?: 'TransferPayload';
  /** The movements the change recorded (none for create and for cancelling a draft). */
  movements: Array<Movement>;
  /** The stock levels the movements changed, right after them. */
  stockLevels: Array<StockLevel>;
  /** The transfer as the change left it; null when nothing was written. */
  transfer?: Maybe<Transfer>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A transfer as it stood when an event was written. */
export type TransferSnapshot = {
  __typename?: 'TransferSnapshot';
  /** The source location's global ID. */
  fromLocationId: Scalars['ID']['output'];
  /** The transfer's global ID. */
  id: Scalars['ID']['output'];
  /** Its lines after the change. */
  lines: Array<TransferLineSnapshot>;
  /** The client's document. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Its status after the change. */
  status: TransferStatus;
  /** The destination's global ID. */
  toLocationId: Scalars['ID']['output'];
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

/** A change of a transfer's status. */
export type TransferStatusChange = {
  __typename?: 'TransferStatusChange';
  /** Who made the change; null for the demo data. */
  actor?: Maybe<Actor>;
  /** When (server time). */
  at: Scalars['DateTime']['output'];
  /** The status it changed to. */
  status: TransferStatus;
};

/** Stock moving between two locations. */
export type TransferStockInput = {
  /** Where it leaves. */
  fromLocationId: Scalars['ID']['input'];
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Free text, up to 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The product moved. */
  productId: Scalars['ID']['input'];
  /** How many units; 1 to 1,000,000,000. */
  quantity: Scalars['Int']['input'];
  /** Why; defaults to TRANSFER. */
  reason?: InputMaybe<MovementReason>;
  /** E.g. the transfer-order number. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Where it arrives; must differ from `fromLocationId`. */
  toLocationId: Scalars['ID']['input'];
};

/** Changes to an API key; omitted fields keep their value. */
export type UpdateApiKeyInput = {
  /** The key's global ID. */
  id: Scalars['ID']['input'];
  /** True: the key may manage webhook subscriptions from its next request on; false takes that away. */
  manageWebhooks?: InputMaybe<Scalars['Boolean']['input']>;
  /** New name, 1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** True: the key may only run trusted (persisted) documents from its next request on. */
  requirePersistedQueries?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of `updateApiKey`. */
export type UpdateApiKeyPayload = {
  __typename?: 'UpdateApiKeyPayload';
  /** The key after the change; null when there are user errors. */
  apiKey?: Maybe<ApiKey>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to a location; omitted fields keep their value. */
export type UpdateLocationInput = {
  /** New address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** New allocation priority (-1,000 to 1,000). */
  allocationPriority?: InputMaybe<Scalars['Int']['input']>;
  /** New code, with the same rules as on creation. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The location to change. */
  id: Scalars['ID']['input'];
  /** New kind. */
  kind?: InputMaybe<LocationKind>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `updateLocation`. */
export type UpdateLocationPayload = {
  __typename?: 'UpdateLocationPayload';
  /** The location after the change; null when there are user errors. */
  location?: Maybe<Location>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to a product; omitted fields keep their value. */
export type UpdateProductInput = {
  /** New category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The product to change. */
  id: Scalars['ID']['input'];
  /** New lead time in days. */
  leadTimeDays?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New preferred supplier; an empty string removes it. */
  preferredSupplier?: InputMaybe<Scalars['String']['input']>;
  /** New price. */
  price?: InputMaybe<Scalars['Decimal']['input']>;
  /** New reorder point. */
  reorderPoint?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** New reorder quantity. */
  reorderQuantity?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** New SKU, with the same rules as on creation. */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** New unit of measure. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `updateProduct`. */
export type UpdateProductPayload = {
  __typename?: 'UpdateProductPayload';
  /** The product after the change; null when there are user errors. */
  product?: Maybe<Product>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** What `updatePurchaseOrder` changes; omitted fields stay as they are. */
export type UpdatePurchaseOrderInput = {
  /** A new expected date. */
  expectedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Makes the request safe to retry (see `createPurchaseOrder`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** New lines, replacing every line. */
  lines?: InputMaybe<Array<PurchaseOrderLineInput>>;
  /** Where new lines without their own `locationId` are delivered. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** The DRAFT order. */
  purchaseOrderId: Scalars['ID']['input'];
  /** A new reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** A new supplier. */
  supplier?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a user; omitted fields keep their value. */
export type UpdateUserInput = {
  /** False deactivates, true reactivates. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The user to change. */
  id: Scalars['ID']['input'];
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New role; applies from the user's next request. */
  role?: InputMaybe<Role>;
};

/** Changes to a webhook subscription; omitted fields keep their value. */
export type UpdateWebhookSubscriptionInput = {
  /** A new description; null or empty removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The event types to send from now on; empty means every type. */
  eventTypes?: InputMaybe<Array<EventType>>;
  /** The subscription's ID. */
  id: Scalars['ID']['input'];
  /** ACTIVE resumes a paused subscription (and retries its FAILED deliveries); PAUSED pauses it. */
  status?: InputMaybe<WebhookSubscriptionStatus>;
  /** A new endpoint, with the same rules as on creation. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `updateWebhookSubscription`. */
export type UpdateWebhookSubscriptionPayload = {
  __typename?: 'UpdateWebhookSubscriptionPayload';
  /** The subscription after the change; null when there are user errors. */
  subscription?: Maybe<WebhookSubscription>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A person who signs in to Stockroom. */
export type User = Node & {
  __typename?: 'User';
  /** False once deactivated: the user can neither sign in nor use an existing session. */
  active: Scalars['Boolean']['output'];
  /** When the user was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Sign-in email; unique, compared ignoring case. */
  email: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** What the user may do. */
  role: Role;
  /** When the user last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users on this page, each with its cursor. */
  edges: Array<UserEdge>;
  /** The users on this page, without cursors. */
  nodes: Array<User>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many users match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A user and its position in a list. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/**
 * One problem with a mutation's input. Expected failures are reported here rather than as
 * GraphQL errors, so that a client can show them next to the offending field.
 */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /**
   * Path to the input field at fault, relative to the mutation's `input` argument,
   * e.g. `["price"]`; null when the error concerns the input as a whole.
   */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation, in English. */
  message: Scalars['String']['output'];
};

/** Narrows the user list. */
export type UserFilter = {
  /** Only active (true) or deactivated (false) users. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only users with this role. */
  role?: InputMaybe<Role>;
  /** Text the email or name contains, ignoring case. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a user mutation. */
export type UserPayload = {
  __typename?: 'UserPayload';
  /** The user after the change; null when there are user errors. */
  user?: Maybe<User>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** What an inventory valuation row stands for. */
export type ValuationGroupBy =
  /** One row per product category. */
  | 'CATEGORY'
  /** One row per location. */
  | 'LOCATION'
  /** One row per product. */
  | 'PRODUCT';

/** The stock's value at one moment: a point of `valuationHistory`. */
export type ValuationPoint = {
  __typename?: 'ValuationPoint';
  /** The moment valued: the end of the interval, or now for an interval still under way. */
  at: Scalars['DateTime']['output'];
  /** Units on hand at that moment (`inventoryValuation(at:).totalQuantity`). */
  totalQuantity: Scalars['SafeInt']['output'];
  /** What they were worth, in the business's currency (`inventoryValuation(at:).totalValue`). */
  totalValue: Scalars['Decimal']['output'];
};

/** One HTTP attempt of a delivery. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** When the attempt started. */
  attemptedAt: Scalars['DateTime']['output'];
  /** How long it took, in milliseconds, until the answer, the error or the timeout. */
  durationMs: Scalars['Int']['output'];
  /**
   * Why it failed: the status with the start of the receiver's answer, a redirect (never followed),
   * a timeout, a connection error, or a URL the SSRF guard refused. Null when it succeeded.
   */
  error?: Maybe<Scalars['String']['output']>;
  /** The receiver's HTTP status; null when no answer came (timeout, refused connection, refused URL). */
  statusCode?: Maybe<Scalars['Int']['output']>;
  /** True when the receiver answered 2xx. */
  succeeded: Scalars['Boolean']['output'];
};

/** One event sent (or to be sent) to one subscription. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** How many attempts have been made since it was queued (or redelivered). */
  attemptCount: Scalars['Int']['output'];
  /** Every attempt, oldest first, redeliveries included. */
  attempts: Array<WebhookAttempt>;
  /**
   * The JSON body POSTed, exactly as signed: `{ id, type, sequence, occurredAt, actor, data }`.
   * The timestamp and signature headers are made afresh for each attempt.
   */
  body: Scalars['String']['output'];
  /** When it SUCCEEDED or FAILED; null while PENDING. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** The event's sequence number, as in the body's `sequence`. */
  eventSequence: Scalars['String']['output'];
  /** The type of the event sent. */
  eventType: EventType;
  /** Opaque ID, to pass to `redeliverWebhook`. */
  id: Scalars['ID']['output'];
  /** The last attempt's error (`HTTP 500: …`, `timed out after 10000 ms`, …); null when none failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due, while PENDING; null once it is SUCCEEDED or FAILED. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Deliveries of one subscription with the same ordering key (the event's first product, else its
   * reservation, else its first location, else `global`) are sent one at a time, in event order.
   */
  orderingKey: Scalars['String']['output'];
  /** PENDING until the receiver answers 2xx (SUCCEEDED) or the retry schedule runs out (FAILED). */
  status: WebhookDeliveryStatus;
  /** The subscription it is sent to. */
  subscription: WebhookSubscription;
  /**
   * The `webhook-id` header of every attempt (`msg_` followed by a UUID): the same on each retry and
   * redelivery, so a receiver can drop duplicates.
   */
  webhookId: Scalars['String']['output'];
};

/** A page of webhook deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries on this page, each with its cursor. */
  edges: Array<WebhookDeliveryEdge>;
  /** The deliveries on this page, without cursors. */
  nodes: Array<WebhookDelivery>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many deliveries match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A webhook delivery and its position in a list. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt of the retry schedule failed; its subscription was paused. */
  | 'FAILED'
  /** Waiting for its first attempt or a retry. */
  | 'PENDING'
  /** The receiver answered 2xx. */
  | 'SUCCEEDED';

/**
 * An endpoint that receives events as signed HTTP POSTs, following the Standard Webhooks
 * convention (`webhook-id`, `webhook-timestamp` and `webhook-signature` headers).
 */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** When it was created. Only events committed after this are sent to it. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it: a user or an API key. Null if that user or key no longer exists. */
  createdBy?: Maybe<Actor>;
  /** What the subscription is for; null when none was given. */
  description?: Maybe<Scalars['String']['output']>;
  /** The event types sent; empty means every type. */
  eventTypes: Array<EventType>;
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** When it was paused; null while active. */
  pausedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Why the subscription was paused: which delivery failed every attempt, with its last status or
   * error, or who paused it. Null while active.
   */
  pausedReason?: Maybe<Scalars['String']['output']>;
  /** ACTIVE: events are queued and sent. PAUSED: nothing is sent; see `pausedReason`. */
  status: WebhookSubscriptionStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where events are POSTed. */
  url: Scalars['String']['output'];
};

/** A page of webhook subscriptions. */
export type WebhookSubscriptionConnection = {
  __typename?: 'WebhookSubscriptionConnection';
  /** The subscriptions on this page, each with its cursor. */
  edges: Array<WebhookSubscriptionEdge>;
  /** The subscriptions on this page, without cursors. */
  nodes: Array<WebhookSubscription>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many subscriptions there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A webhook subscription and its position in a list. */
export type WebhookSubscriptionEdge = {
  __typename?: 'WebhookSubscriptionEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The subscription. */
  node: WebhookSubscription;
};

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
  fromState?: InputMaybe<StockState>;
  /** A key unique to this request. Retrying with the same key and input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Where it was written off. */
  locationId: Scalars['ID']['input'];
  /** Free text, up to 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; defaults to now. May be in the past, not in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The product. */
  productId: Scalars['ID']['input'];
  /** How many units; 1 to 1,000,000,000. */
  quantity: Scalars['Int']['input'];
  /** Why; defaults to DAMAGED. */
  reason?: InputMaybe<MovementReason>;
  /** E.g. an incident number. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  Actor: (ApiKeyMapper & { __typename: 'ApiKey' }) | (UserMapper & { __typename: 'User' });
  EventPayload:
    | (Omit<LocationEventPayload, 'location'> & { location: _RefType['LocationSnapshot'] } & {
        __typename: 'LocationEventPayload';
      })
    | (Omit<MovementEventPayload, 'movement'> & { movement: _RefType['MovementSnapshot'] } & {
        __typename: 'MovementEventPayload';
      })
    | (ProductEventPayload & { __typename: 'ProductEventPayload' })
    | (Omit<PurchaseOrderEventPayload, 'purchaseOrder'> & { purchaseOrder: _RefType['PurchaseOrderSnapshot'] } & {
        __typename: 'PurchaseOrderEventPayload';
      })
    | (ReorderPointEventPayload & { __typename: 'ReorderPointEventPayload' })
    | (Omit<ReservationEventPayload, 'reservation'> & { reservation: _RefType['ReservationSnapshot'] } & {
        __typename: 'ReservationEventPayload';
      })
    | (SafetyStockEventPayload & { __typename: 'SafetyStockEventPayload' })
    | (Omit<TransferEventPayload, 'transfer'> & { transfer: _RefType['TransferSnapshot'] } & {
        __typename: 'TransferEventPayload';
      });
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | (ApiKeyMapper & { __typename: 'ApiKey' })
    | (EventMapper & { __typename: 'Event' })
    | (LocationMapper & { __typename: 'Location' })
    | (MovementMapper & { __typename: 'Movement' })
    | (ProductMapper & { __typename: 'Product' })
    | (PurchaseOrderMapper & { __typename: 'PurchaseOrder' })
    | (ReservationMapper & { __typename: 'Reservation' })
    | (TransferMapper & { __typename: 'Transfer' })
    | (UserMapper & { __typename: 'User' });
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Actor']>;
  AdjustStockInput: AdjustStockInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApiKey: ResolverTypeWrapper<ApiKeyMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ApiKeyConnection: ResolverTypeWrapper<ApiKeyConnectionMapper>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyGrant: ResolverTypeWrapper<'MANAGE_WEBHOOKS'>;
  ArchiveLocationInput: ArchiveLocationInput;
  ArchiveLocationPayload: ResolverTypeWrapper<
    Omit<ArchiveLocationPayload, 'location' | 'userErrors'> & {
      location?: Maybe<ResolversTypes['Location']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  ArchiveProductInput: ArchiveProductInput;
  ArchiveProductPayload: ResolverTypeWrapper<
    Omit<ArchiveProductPayload, 'product' | 'userErrors'> & {
      product?: Maybe<ResolversTypes['Product']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  CancelImportJobInput: CancelImportJobInput;
  CancelImportJobPayload: ResolverTypeWrapper<CancelImportJobPayloadMapper>;
  CancelPurchaseOrderInput: CancelPurchaseOrderInput;
  CancelTransferInput: CancelTransferInput;
  Category: ResolverTypeWrapper<Category>;
  ChangePasswordInput: ChangePasswordInput;
  ChangeStockStateInput: ChangeStockStateInput;
  ClosePurchaseOrderInput: ClosePurchaseOrderInput;
  CloseTransferInput: CloseTransferInput;
  CommitReservationInput: CommitReservationInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<
    Omit<CreateApiKeyPayload, 'apiKey' | 'userErrors'> & {
      apiKey?: Maybe<ResolversTypes['ApiKey']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  CreateLocationInput: CreateLocationInput;
  CreateLocationPayload: ResolverTypeWrapper<
    Omit<CreateLocationPayload, 'location' | 'userErrors'> & {
      location?: Maybe<ResolversTypes['Location']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  CreateProductInput: CreateProductInput;
  CreateProductPayload: ResolverTypeWrapper<
    Omit<CreateProductPayload, 'product' | 'userErrors'> & {
      product?: Maybe<ResolversTypes['Product']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreatePurchaseOrdersFromSuggestionsInput: CreatePurchaseOrdersFromSuggestionsInput;
  CreatePurchaseOrdersFromSuggestionsPayload: ResolverTypeWrapper<CreatePurchaseOrdersFromSuggestionsPayloadMapper>;
  CreateTransferInput: CreateTransferInput;
  CreateUserInput: CreateUserInput;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  CreateWebhookSubscriptionPayload: ResolverTypeWrapper<
    Omit<CreateWebhookSubscriptionPayload, 'subscription' | 'userErrors'> & {
      subscription?: Maybe<ResolversTypes['WebhookSubscription']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeactivateUserInput: DeactivateUserInput;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeleteWebhookSubscriptionInput: DeleteWebhookSubscriptionInput;
  DeleteWebhookSubscriptionPayload: ResolverTypeWrapper<DeleteWebhookSubscriptionPayloadMapper>;
  ErrorCode: ResolverTypeWrapper<
    | 'INVALID_ID'
    | 'NOT_FOUND'
    | 'BLANK'
    | 'TOO_LONG'
    | 'INVALID_FORMAT'
    | 'OUT_OF_RANGE'
    | 'DUPLICATE_SKU'
    | 'DUPLICATE_LOCATION_CODE'
    | 'ARCHIVED'
    | 'NOT_APPLICABLE'
    | 'INSUFFICIENT_STOCK'
    | 'STALE_QUANTITY'
    | 'IDEMPOTENCY_KEY_REUSED'
    | 'IDEMPOTENCY_KEY_IN_PROGRESS'
    | 'INVALID_CREDENTIALS'
    | 'TOO_MANY_ATTEMPTS'
    | 'DUPLICATE_EMAIL'
    | 'LAST_ADMIN'
    | 'TOO_SHORT'
    | 'ALREADY_REVERSED'
    | 'CANNOT_REVERSE_REVERSAL'
    | 'HASH_MISMATCH'
    | 'RESERVATION_EXPIRED'
    | 'RESERVATION_CLOSED'
    | 'ALREADY_COMMITTED'
    | 'NOT_IN_RESERVATION'
    | 'EXCEEDS_RESERVATION'
    | 'EXCEEDS_OUTSTANDING'
    | 'INVALID_STATUS'
    | 'URL_NOT_ALLOWED'
  >;
  Event: ResolverTypeWrapper<EventMapper>;
  EventConnection: ResolverTypeWrapper<EventConnectionMapper>;
  EventEdge: ResolverTypeWrapper<EventEdgeMapper>;
  EventPayload: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['EventPayload']>;
  EventType: ResolverTypeWrapper<
    | 'MOVEMENT_RECORDED'
    | 'MOVEMENT_REVERSED'
    | 'RESERVATION_CREATED'
    | 'RESERVATION_EXTENDED'
    | 'RESERVATION_COMMITTED'
    | 'RESERVATION_FULFILLED'
    | 'RESERVATION_RELEASED'
    | 'RESERVATION_EXPIRED'
    | 'SAFETY_STOCK_CHANGED'
    | 'PRODUCT_CREATED'
    | 'PRODUCT_UPDATED'
    | 'PRODUCT_ARCHIVED'
    | 'PRODUCT_RESTORED'
    | 'LOCATION_CREATED'
    | 'LOCATION_UPDATED'
    | 'LOCATION_ARCHIVED'
    | 'LOCATION_RESTORED'
    | 'PRODUCT_BELOW_REORDER_POINT'
    | 'PRODUCT_ABOVE_REORDER_POINT'
    | 'TRANSFER_CREATED'
    | 'TRANSFER_SHIPPED'
    | 'TRANSFER_RECEIVED'
    | 'TRANSFER_CLOSED'
    | 'TRANSFER_CANCELLED'
    | 'PURCHASE_ORDER_CREATED'
    | 'PURCHASE_ORDER_UPDATED'
    | 'PURCHASE_ORDER_PLACED'
    | 'PURCHASE_ORDER_RECEIVED'
    | 'PURCHASE_ORDER_CLOSED'
    | 'PURCHASE_ORDER_CANCELLED'
  >;
  ExtendReservationInput: ExtendReservationInput;
  HistoricalStockLevel: ResolverTypeWrapper<HistoricalStockLevelMapper>;
  ImportColumnMapping: ResolverTypeWrapper<ImportColumnMapping>;
  ImportJob: ResolverTypeWrapper<ImportJobMapper>;
  ImportJobConnection: ResolverTypeWrapper<ImportJobConnectionMapper>;
  ImportJobEdge: ResolverTypeWrapper<Omit<ImportJobEdge, 'node'> & { node: ResolversTypes['ImportJob'] }>;
  ImportJobError: ResolverTypeWrapper<ImportJobError>;
  ImportJobStatus: ResolverTypeWrapper<
    'QUEUED' | 'RUNNING' | 'COMPLETED' | 'COMPLETED_WITH_ERRORS' | 'FAILED' | 'CANCELLED'
  >;
  ImportKind: ResolverTypeWrapper<'PRODUCTS' | 'STOCK' | 'MOVEMENTS'>;
  ImportProgress: ResolverTypeWrapper<ImportProgressMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ImportRowError: ResolverTypeWrapper<ImportRowErrorMapper>;
  ImportRowErrorConnection: ResolverTypeWrapper<ImportRowErrorConnectionMapper>;
  ImportRowErrorEdge: ResolverTypeWrapper<
    Omit<ImportRowErrorEdge, 'node'> & { node: ResolversTypes['ImportRowError'] }
  >;
  IncomingQuantity: ResolverTypeWrapper<IncomingQuantityMapper>;
  InventoryValuationConnection: ResolverTypeWrapper<InventoryValuationConnectionMapper>;
  InventoryValuationEdge: ResolverTypeWrapper<
    Omit<InventoryValuationEdge, 'node'> & { node: ResolversTypes['InventoryValuationRow'] }
  >;
  InventoryValuationRow: ResolverTypeWrapper<InventoryValuationRowMapper>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Location: ResolverTypeWrapper<LocationMapper>;
  LocationConnection: ResolverTypeWrapper<LocationConnectionMapper>;
  LocationEdge: ResolverTypeWrapper<Omit<LocationEdge, 'node'> & { node: ResolversTypes['Location'] }>;
  LocationEventPayload: ResolverTypeWrapper<
    Omit<LocationEventPayload, 'location'> & { location: ResolversTypes['LocationSnapshot'] }
  >;
  LocationFilter: LocationFilter;
  LocationKind: ResolverTypeWrapper<'WAREHOUSE' | 'STORE' | 'DISTRIBUTION_CENTER' | 'OTHER'>;
  LocationOrder: LocationOrder;
  LocationOrderField: ResolverTypeWrapper<'CODE' | 'NAME' | 'CREATED_AT'>;
  LocationSnapshot: ResolverTypeWrapper<Omit<LocationSnapshot, 'kind'> & { kind: ResolversTypes['LocationKind'] }>;
  LowStockAlert: ResolverTypeWrapper<LowStockAlertMapper>;
  LowStockConnection: ResolverTypeWrapper<LowStockConnectionMapper>;
  LowStockDirection: ResolverTypeWrapper<'BELOW' | 'ABOVE'>;
  LowStockEdge: ResolverTypeWrapper<Omit<LowStockEdge, 'node'> & { node: ResolversTypes['LowStockItem'] }>;
  LowStockItem: ResolverTypeWrapper<LowStockItemMapper>;
  Movement: ResolverTypeWrapper<MovementMapper>;
  MovementConnection: ResolverTypeWrapper<MovementConnectionMapper>;
  MovementEdge: ResolverTypeWrapper<Omit<MovementEdge, 'node'> & { node: ResolversTypes['Movement'] }>;
  MovementErrorPolicy: ResolverTypeWrapper<'REJECT_ALL' | 'REJECT_FAILED_ROWS'>;
  MovementEventPayload: ResolverTypeWrapper<
    Omit<MovementEventPayload, 'movement'> & { movement: ResolversTypes['MovementSnapshot'] }
  >;
  MovementFilter: MovementFilter;
  MovementInput: MovementInput;
  MovementKind: ResolverTypeWrapper<
    'RECEIPT' | 'SHIPMENT' | 'TRANSFER' | 'ADJUSTMENT' | 'RETURN' | 'WRITE_OFF' | 'STATE_CHANGE'
  >;
  MovementReason: ResolverTypeWrapper<
    | 'RECEIVED'
    | 'SOLD'
    | 'DAMAGED'
    | 'CYCLE_COUNT'
    | 'CORRECTION'
    | 'SHRINKAGE'
    | 'RETURNED'
    | 'TRANSFER'
    | 'QUALITY_CHECK'
    | 'OTHER'
  >;
  MovementSnapshot: ResolverTypeWrapper<
    Omit<MovementSnapshot, 'fromState' | 'kind' | 'reason' | 'toState'> & {
      fromState: ResolversTypes['StockState'];
      kind: ResolversTypes['MovementKind'];
      reason: ResolversTypes['MovementReason'];
      toState: ResolversTypes['StockState'];
    }
  >;
  MovementSummary: ResolverTypeWrapper<MovementSummaryMapper>;
  MovementSummaryBucket: ResolverTypeWrapper<MovementSummaryBucketMapper>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NonNegativeInt: ResolverTypeWrapper<Scalars['NonNegativeInt']['output']>;
  OperationType: ResolverTypeWrapper<'QUERY' | 'MUTATION' | 'SUBSCRIPTION'>;
  PageInfo: ResolverTypeWrapper<PageInfoMapper>;
  PersistedDocument: ResolverTypeWrapper<PersistedDocumentMapper>;
  PersistedDocumentConnection: ResolverTypeWrapper<PersistedDocumentConnectionMapper>;
  PersistedDocumentEdge: ResolverTypeWrapper<
    Omit<PersistedDocumentEdge, 'node'> & { node: ResolversTypes['PersistedDocument'] }
  >;
  PlacePurchaseOrderInput: PlacePurchaseOrderInput;
  Product: ResolverTypeWrapper<ProductMapper>;
  ProductConnection: ResolverTypeWrapper<ProductConnectionMapper>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductEventPayload: ResolverTypeWrapper<ProductEventPayload>;
  ProductFilter: ProductFilter;
  ProductOrder: ProductOrder;
  ProductOrderField: ResolverTypeWrapper<'SKU' | 'NAME' | 'PRICE' | 'CATEGORY' | 'CREATED_AT'>;
  ProductSnapshot: ResolverTypeWrapper<ProductSnapshot>;
  PurchaseOrder: ResolverTypeWrapper<PurchaseOrderMapper>;
  PurchaseOrderConnection: ResolverTypeWrapper<PurchaseOrderConnectionMapper>;
  PurchaseOrderEdge: ResolverTypeWrapper<Omit<PurchaseOrderEdge, 'node'> & { node: ResolversTypes['PurchaseOrder'] }>;
  PurchaseOrderEventPayload: ResolverTypeWrapper<
    Omit<PurchaseOrderEventPayload, 'purchaseOrder'> & { purchaseOrder: ResolversTypes['PurchaseOrderSnapshot'] }
  >;
  PurchaseOrderFilter: PurchaseOrderFilter;
  PurchaseOrderLine: ResolverTypeWrapper<PurchaseOrderLineMapper>;
  PurchaseOrderLineInput: PurchaseOrderLineInput;
  PurchaseOrderLineSnapshot: ResolverTypeWrapper<PurchaseOrderLineSnapshot>;
  PurchaseOrderPayload: ResolverTypeWrapper<PurchaseOrderPayloadMapper>;
  PurchaseOrderSnapshot: ResolverTypeWrapper<
    Omit<PurchaseOrderSnapshot, 'status'> & { status: ResolversTypes['PurchaseOrderStatus'] }
  >;
  PurchaseOrderStatus: ResolverTypeWrapper<
    'DRAFT' | 'ORDERED' | 'PARTIALLY_RECEIVED' | 'RECEIVED' | 'CLOSED' | 'CANCELLED'
  >;
  PurchaseOrderStatusChange: ResolverTypeWrapper<PurchaseOrderStatusChangeMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceivePurchaseOrderInput: ReceivePurchaseOrderInput;
  ReceivePurchaseOrderLineInput: ReceivePurchaseOrderLineInput;
  ReceiveStockInput: ReceiveStockInput;
  ReceiveTransferInput: ReceiveTransferInput;
  ReceiveTransferLineInput: ReceiveTransferLineInput;
  RecordMovementsInput: RecordMovementsInput;
  RecordMovementsPayload: ResolverTypeWrapper<RecordMovementsPayloadMapper>;
  RedeliverWebhookInput: RedeliverWebhookInput;
  RedeliverWebhookPayload: ResolverTypeWrapper<
    Omit<RedeliverWebhookPayload, 'delivery' | 'userErrors'> & {
      delivery?: Maybe<ResolversTypes['WebhookDelivery']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  RegisterPersistedDocumentsInput: RegisterPersistedDocumentsInput;
  RegisterPersistedDocumentsPayload: ResolverTypeWrapper<RegisterPersistedDocumentsPayloadMapper>;
  ReleaseLineInput: ReleaseLineInput;
  ReleaseReservationInput: ReleaseReservationInput;
  ReorderPointEventPayload: ResolverTypeWrapper<ReorderPointEventPayload>;
  Reservation: ResolverTypeWrapper<ReservationMapper>;
  ReservationChange: ResolverTypeWrapper<ReservationChangeMapper>;
  ReservationConnection: ResolverTypeWrapper<ReservationConnectionMapper>;
  ReservationEdge: ResolverTypeWrapper<Omit<ReservationEdge, 'node'> & { node: ResolversTypes['Reservation'] }>;
  ReservationEventPayload: ResolverTypeWrapper<
    Omit<ReservationEventPayload, 'reservation'> & { reservation: ResolversTypes['ReservationSnapshot'] }
  >;
  ReservationFilter: ReservationFilter;
  ReservationLine: ResolverTypeWrapper<ReservationLineMapper>;
  ReservationLineInput: ReservationLineInput;
  ReservationLineSnapshot: ResolverTypeWrapper<ReservationLineSnapshot>;
  ReservationPayload: ResolverTypeWrapper<ReservationPayloadMapper>;
  ReservationSnapshot: ResolverTypeWrapper<
    Omit<ReservationSnapshot, 'status'> & { status: ResolversTypes['ReservationStatus'] }
  >;
  ReservationStatus: ResolverTypeWrapper<'ACTIVE' | 'COMMITTED' | 'FULFILLED' | 'RELEASED' | 'EXPIRED'>;
  ReserveStockInput: ReserveStockInput;
  RestoreLocationInput: RestoreLocationInput;
  RestoreLocationPayload: ResolverTypeWrapper<
    Omit<RestoreLocationPayload, 'location' | 'userErrors'> & {
      location?: Maybe<ResolversTypes['Location']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  RestoreProductInput: RestoreProductInput;
  RestoreProductPayload: ResolverTypeWrapper<
    Omit<RestoreProductPayload, 'product' | 'userErrors'> & {
      product?: Maybe<ResolversTypes['Product']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  ReturnStockInput: ReturnStockInput;
  ReverseMovementInput: ReverseMovementInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: ResolverTypeWrapper<
    Omit<RevokeApiKeyPayload, 'apiKey' | 'userErrors'> & {
      apiKey?: Maybe<ResolversTypes['ApiKey']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  Role: ResolverTypeWrapper<'ADMIN' | 'MANAGER' | 'CLERK' | 'VIEWER'>;
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  RotateWebhookSecretPayload: ResolverTypeWrapper<
    Omit<RotateWebhookSecretPayload, 'subscription' | 'userErrors'> & {
      subscription?: Maybe<ResolversTypes['WebhookSubscription']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  SafeInt: ResolverTypeWrapper<Scalars['SafeInt']['output']>;
  SafetyStockEventPayload: ResolverTypeWrapper<SafetyStockEventPayload>;
  SalesGroupBy: ResolverTypeWrapper<'PRODUCT' | 'CATEGORY' | 'LOCATION' | 'COUNTERPARTY'>;
  SalesOrderBy: ResolverTypeWrapper<'UNITS' | 'REVENUE' | 'MARGIN'>;
  SalesReport: ResolverTypeWrapper<SalesReportMapper>;
  SalesReportRow: ResolverTypeWrapper<SalesReportRowMapper>;
  SetSafetyStockInput: SetSafetyStockInput;
  SetSafetyStockPayload: ResolverTypeWrapper<SetSafetyStockPayloadMapper>;
  ShipStockInput: ShipStockInput;
  ShipTransferInput: ShipTransferInput;
  SignInInput: SignInInput;
  SignInPayload: ResolverTypeWrapper<
    Omit<SignInPayload, 'user' | 'userErrors'> & {
      user?: Maybe<ResolversTypes['User']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  SimilarProduct: ResolverTypeWrapper<SimilarProductMapper>;
  SimilarityWeights: SimilarityWeights;
  SortDirection: ResolverTypeWrapper<'ASC' | 'DESC'>;
  StockAsOf: ResolverTypeWrapper<StockAsOfMapper>;
  StockDifference: ResolverTypeWrapper<StockDifferenceMapper>;
  StockLevel: ResolverTypeWrapper<StockLevelMapper>;
  StockLevelChange: ResolverTypeWrapper<StockLevelChangeMapper>;
  StockLevelConnection: ResolverTypeWrapper<StockLevelConnectionMapper>;
  StockLevelEdge: ResolverTypeWrapper<Omit<StockLevelEdge, 'node'> & { node: ResolversTypes['StockLevel'] }>;
  StockLevelSnapshot: ResolverTypeWrapper<StockLevelSnapshot>;
  StockMovementPayload: ResolverTypeWrapper<StockMovementPayloadMapper>;
  StockState: ResolverTypeWrapper<'AVAILABLE' | 'DAMAGED' | 'QUALITY_CONTROL'>;
  StockVerification: ResolverTypeWrapper<StockVerificationMapper>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SummaryInterval: ResolverTypeWrapper<'DAY' | 'WEEK' | 'MONTH'>;
  SupplierForProductInput: SupplierForProductInput;
  Transfer: ResolverTypeWrapper<TransferMapper>;
  TransferConnection: ResolverTypeWrapper<TransferConnectionMapper>;
  TransferEdge: ResolverTypeWrapper<Omit<TransferEdge, 'node'> & { node: ResolversTypes['Transfer'] }>;
  TransferEventPayload: ResolverTypeWrapper<
    Omit<TransferEventPayload, 'transfer'> & { transfer: ResolversTypes['TransferSnapshot'] }
  >;
  TransferFilter: TransferFilter;
  TransferLine: ResolverTypeWrapper<TransferLineMapper>;
  TransferLineInput: TransferLineInput;
  TransferLineSnapshot: ResolverTypeWrapper<TransferLineSnapshot>;
  TransferPayload: ResolverTypeWrapper<TransferPayloadMapper>;
  TransferSnapshot: ResolverTypeWrapper<
    Omit<TransferSnapshot, 'status'> & { status: ResolversTypes['TransferStatus'] }
  >;
  TransferStatus: ResolverTypeWrapper<
    'DRAFT' | 'IN_TRANSIT' | 'PARTIALLY_RECEIVED' | 'RECEIVED' | 'CLOSED' | 'CANCELLED'
  >;
  TransferStatusChange: ResolverTypeWrapper<TransferStatusChangeMapper>;
  TransferStockInput: TransferStockInput;
  UpdateApiKeyInput: UpdateApiKeyInput;
  UpdateApiKeyPayload: ResolverTypeWrapper<
    Omit<UpdateApiKeyPayload, 'apiKey' | 'userErrors'> & {
      apiKey?: Maybe<ResolversTypes['ApiKey']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  UpdateLocationInput: UpdateLocationInput;
  UpdateLocationPayload: ResolverTypeWrapper<
    Omit<UpdateLocationPayload, 'location' | 'userErrors'> & {
      location?: Maybe<ResolversTypes['Location']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  UpdateProductInput: UpdateProductInput;
  UpdateProductPayload: ResolverTypeWrapper<
    Omit<UpdateProductPayload, 'product' | 'userErrors'> & {
      product?: Maybe<ResolversTypes['Product']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  UpdatePurchaseOrderInput: UpdatePurchaseOrderInput;
  UpdateUserInput: UpdateUserInput;
  UpdateWebhookSubscriptionInput: UpdateWebhookSubscriptionInput;
  UpdateWebhookSubscriptionPayload: ResolverTypeWrapper<
    Omit<UpdateWebhookSubscriptionPayload, 'subscription' | 'userErrors'> & {
      subscription?: Maybe<ResolversTypes['WebhookSubscription']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  User: ResolverTypeWrapper<UserMapper>;
  UserConnection: ResolverTypeWrapper<UserConnectionMapper>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserError: ResolverTypeWrapper<Omit<UserError, 'code'> & { code: ResolversTypes['ErrorCode'] }>;
  UserFilter: UserFilter;
  UserPayload: ResolverTypeWrapper<
    Omit<UserPayload, 'user' | 'userErrors'> & {
      user?: Maybe<ResolversTypes['User']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  ValuationGroupBy: ResolverTypeWrapper<'PRODUCT' | 'CATEGORY' | 'LOCATION'>;
  ValuationPoint: ResolverTypeWrapper<ValuationPointMapper>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttemptMapper>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryMapper>;
  WebhookDeliveryConnection: ResolverTypeWrapper<WebhookDeliveryConnectionMapper>;
  WebhookDeliveryEdge: ResolverTypeWrapper<
    Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }
  >;
  WebhookDeliveryStatus: ResolverTypeWrapper<'PENDING' | 'SUCCEEDED' | 'FAILED'>;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionMapper>;
  WebhookSubscriptionConnection: ResolverTypeWrapper<WebhookSubscriptionConnectionMapper>;
  WebhookSubscriptionEdge: ResolverTypeWrapper<
    Omit<WebhookSubscriptionEdge, 'node'> & { node: ResolversTypes['WebhookSubscription'] }
  >;
  WebhookSubscriptionStatus: ResolverTypeWrapper<'ACTIVE' | 'PAUSED'>;
  WriteOffStockInput: WriteOffStockInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ResolversUnionTypes<ResolversParentTypes>['Actor'];
  AdjustStockInput: AdjustStockInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  ApiKey: ApiKeyMapper;
  Boolean: Scalars['Boolean']['output'];
  ApiKeyConnection: ApiKeyConnectionMapper;
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  ArchiveLocationInput: ArchiveLocationInput;
  ArchiveLocationPayload: Omit<ArchiveLocationPayload, 'location' | 'userErrors'> & {
    location?: Maybe<ResolversParentTypes['Location']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  ArchiveProductInput: ArchiveProductInput;
  ArchiveProductPayload: Omit<ArchiveProductPayload, 'product' | 'userErrors'> & {
    product?: Maybe<ResolversParentTypes['Product']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  CancelImportJobInput: CancelImportJobInput;
  CancelImportJobPayload: CancelImportJobPayloadMapper;
  CancelPurchaseOrderInput: CancelPurchaseOrderInput;
  CancelTransferInput: CancelTransferInput;
  Category: Category;
  ChangePasswordInput: ChangePasswordInput;
  ChangeStockStateInput: ChangeStockStateInput;
  ClosePurchaseOrderInput: ClosePurchaseOrderInput;
  CloseTransferInput: CloseTransferInput;
  CommitReservationInput: CommitReservationInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey' | 'userErrors'> & {
    apiKey?: Maybe<ResolversParentTypes['ApiKey']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  CreateLocationInput: CreateLocationInput;
  CreateLocationPayload: Omit<CreateLocationPayload, 'location' | 'userErrors'> & {
    location?: Maybe<ResolversParentTypes['Location']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  CreateProductInput: CreateProductInput;
  CreateProductPayload: Omit<CreateProductPayload, 'product' | 'userErrors'> & {
    product?: Maybe<ResolversParentTypes['Product']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreatePurchaseOrdersFromSuggestionsInput: CreatePurchaseOrdersFromSuggestionsInput;
  CreatePurchaseOrdersFromSuggestionsPayload: CreatePurchaseOrdersFromSuggestionsPayloadMapper;
  CreateTransferInput: CreateTransferInput;
  CreateUserInput: CreateUserInput;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  CreateWebhookSubscriptionPayload: Omit<CreateWebhookSubscriptionPayload, 'subscription' | 'userErrors'> & {
    subscription?: Maybe<ResolversParentTypes['WebhookSubscription']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  DateTime: Scalars['DateTime']['output'];
  DeactivateUserInput: DeactivateUserInput;
  Decimal: Scalars['Decimal']['output'];
  DeleteWebhookSubscriptionInput: DeleteWebhookSubscriptionInput;
  DeleteWebhookSubscriptionPayload: DeleteWebhookSubscriptionPayloadMapper;
  Event: EventMapper;
  EventConnection: EventConnectionMapper;
  EventEdge: EventEdgeMapper;
  EventPayload: ResolversUnionTypes<ResolversParentTypes>['EventPayload'];
  ExtendReservationInput: ExtendReservationInput;
  HistoricalStockLevel: HistoricalStockLevelMapper;
  ImportColumnMapping: ImportColumnMapping;
  ImportJob: ImportJobMapper;
  ImportJobConnection: ImportJobConnectionMapper;
  ImportJobEdge: Omit<ImportJobEdge, 'node'> & { node: ResolversParentTypes['ImportJob'] };
  ImportJobError: ImportJobError;
  ImportProgress: ImportProgressMapper;
  Float: Scalars['Float']['output'];
  ImportRowError: ImportRowErrorMapper;
  ImportRowErrorConnection: ImportRowErrorConnectionMapper;
  ImportRowErrorEdge: Omit<ImportRowErrorEdge, 'node'> & { node: ResolversParentTypes['ImportRowError'] };
  IncomingQuantity: IncomingQuantityMapper;
  InventoryValuationConnection: InventoryValuationConnectionMapper;
  InventoryValuationEdge: Omit<InventoryValuationEdge, 'node'> & {
    node: ResolversParentTypes['InventoryValuationRow'];
  };
  InventoryValuationRow: InventoryValuationRowMapper;
  JSON: Scalars['JSON']['output'];
  Location: LocationMapper;
  LocationConnection: LocationConnectionMapper;
  LocationEdge: Omit<LocationEdge, 'node'> & { node: ResolversParentTypes['Location'] };
  LocationEventPayload: Omit<LocationEventPayload, 'location'> & { location: ResolversParentTypes['LocationSnapshot'] };
  LocationFilter: LocationFilter;
  LocationOrder: LocationOrder;
  LocationSnapshot: LocationSnapshot;
  LowStockAlert: LowStockAlertMapper;
  LowStockConnection: LowStockConnectionMapper;
  LowStockEdge: Omit<LowStockEdge, 'node'> & { node: ResolversParentTypes['LowStockItem'] };
  LowStockItem: LowStockItemMapper;
  Movement: MovementMapper;
  MovementConnection: MovementConnectionMapper;
  MovementEdge: Omit<MovementEdge, 'node'> & { node: ResolversParentTypes['Movement'] };
  MovementEventPayload: Omit<MovementEventPayload, 'movement'> & { movement: ResolversParentTypes['MovementSnapshot'] };
  MovementFilter: MovementFilter;
  MovementInput: MovementInput;
  MovementSnapshot: MovementSnapshot;
  MovementSummary: MovementSummaryMapper;
  MovementSummaryBucket: MovementSummaryBucketMapper;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NonNegativeInt: Scalars['NonNegativeInt']['output'];
  PageInfo: PageInfoMapper;
  PersistedDocument: PersistedDocumentMapper;
  PersistedDocumentConnection: PersistedDocumentConnectionMapper;
  PersistedDocumentEdge: Omit<PersistedDocumentEdge, 'node'> & { node: ResolversParentTypes['PersistedDocument'] };
  PlacePurchaseOrderInput: PlacePurchaseOrderInput;
  Product: ProductMapper;
  ProductConnection: ProductConnectionMapper;
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductEventPayload: ProductEventPayload;
  ProductFilter: ProductFilter;
  ProductOrder: ProductOrder;
  ProductSnapshot: ProductSnapshot;
  PurchaseOrder: PurchaseOrderMapper;
  PurchaseOrderConnection: PurchaseOrderConnectionMapper;
  PurchaseOrderEdge: Omit<PurchaseOrderEdge, 'node'> & { node: ResolversParentTypes['PurchaseOrder'] };
  PurchaseOrderEventPayload: Omit<PurchaseOrderEventPayload, 'purchaseOrder'> & {
    purchaseOrder: ResolversParentTypes['PurchaseOrderSnapshot'];
  };
  PurchaseOrderFilter: PurchaseOrderFilter;
  PurchaseOrderLine: PurchaseOrderLineMapper;
  PurchaseOrderLineInput: PurchaseOrderLineInput;
  PurchaseOrderLineSnapshot: PurchaseOrderLineSnapshot;
  PurchaseOrderPayload: PurchaseOrderPayloadMapper;
  PurchaseOrderSnapshot: PurchaseOrderSnapshot;
  PurchaseOrderStatusChange: PurchaseOrderStatusChangeMapper;
  Query: Record<PropertyKey, never>;
  ReceivePurchaseOrderInput: ReceivePurchaseOrderInput;
  ReceivePurchaseOrderLineInput: ReceivePurchaseOrderLineInput;
  ReceiveStockInput: ReceiveStockInput;
  ReceiveTransferInput: ReceiveTransferInput;
  ReceiveTransferLineInput: ReceiveTransferLineInput;
  RecordMovementsInput: RecordMovementsInput;
  RecordMovementsPayload: RecordMovementsPayloadMapper;
  RedeliverWebhookInput: RedeliverWebhookInput;
  RedeliverWebhookPayload: Omit<RedeliverWebhookPayload, 'delivery' | 'userErrors'> & {
    delivery?: Maybe<ResolversParentTypes['WebhookDelivery']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  RegisterPersistedDocumentsInput: RegisterPersistedDocumentsInput;
  RegisterPersistedDocumentsPayload: RegisterPersistedDocumentsPayloadMapper;
  ReleaseLineInput: ReleaseLineInput;
  ReleaseReservationInput: ReleaseReservationInput;
  ReorderPointEventPayload: ReorderPointEventPayload;
  Reservation: ReservationMapper;
  ReservationChange: ReservationChangeMapper;
  ReservationConnection: ReservationConnectionMapper;
  ReservationEdge: Omit<ReservationEdge, 'node'> & { node: ResolversParentTypes['Reservation'] };
  ReservationEventPayload: Omit<ReservationEventPayload, 'reservation'> & {
    reservation: ResolversParentTypes['ReservationSnapshot'];
  };
  ReservationFilter: ReservationFilter;
  ReservationLine: ReservationLineMapper;
  ReservationLineInput: ReservationLineInput;
  ReservationLineSnapshot: ReservationLineSnapshot;
  ReservationPayload: ReservationPayloadMapper;
  ReservationSnapshot: ReservationSnapshot;
  ReserveStockInput: ReserveStockInput;
  RestoreLocationInput: RestoreLocationInput;
  RestoreLocationPayload: Omit<RestoreLocationPayload, 'location' | 'userErrors'> & {
    location?: Maybe<ResolversParentTypes['Location']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  RestoreProductInput: RestoreProductInput;
  RestoreProductPayload: Omit<RestoreProductPayload, 'product' | 'userErrors'> & {
    product?: Maybe<ResolversParentTypes['Product']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  ReturnStockInput: ReturnStockInput;
  ReverseMovementInput: ReverseMovementInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey' | 'userErrors'> & {
    apiKey?: Maybe<ResolversParentTypes['ApiKey']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  RotateWebhookSecretPayload: Omit<RotateWebhookSecretPayload, 'subscription' | 'userErrors'> & {
    subscription?: Maybe<ResolversParentTypes['WebhookSubscription']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  SafeInt: Scalars['SafeInt']['output'];
  SafetyStockEventPayload: SafetyStockEventPayload;
  SalesReport: SalesReportMapper;
  SalesReportRow: SalesReportRowMapper;
  SetSafetyStockInput: SetSafetyStockInput;
  SetSafetyStockPayload: SetSafetyStockPayloadMapper;
  ShipStockInput: ShipStockInput;
  ShipTransferInput: ShipTransferInput;
  SignInInput: SignInInput;
  SignInPayload: Omit<SignInPayload, 'user' | 'userErrors'> & {
    user?: Maybe<ResolversParentTypes['User']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  SimilarProduct: SimilarProductMapper;
  SimilarityWeights: SimilarityWeights;
  StockAsOf: StockAsOfMapper;
  StockDifference: StockDifferenceMapper;
  StockLevel: StockLevelMapper;
  StockLevelChange: StockLevelChangeMapper;
  StockLevelConnection: StockLevelConnectionMapper;
  StockLevelEdge: Omit<StockLevelEdge, 'node'> & { node: ResolversParentTypes['StockLevel'] };
  StockLevelSnapshot: StockLevelSnapshot;
  StockMovementPayload: StockMovementPayloadMapper;
  StockVerification: StockVerificationMapper;
  Subscription: Record<PropertyKey, never>;
  SupplierForProductInput: SupplierForProductInput;
  Transfer: TransferMapper;
  TransferConnection: TransferConnectionMapper;
  TransferEdge: Omit<TransferEdge, 'node'> & { node: ResolversParentTypes['Transfer'] };
  TransferEventPayload: Omit<TransferEventPayload, 'transfer'> & { transfer: ResolversParentTypes['TransferSnapshot'] };
  TransferFilter: TransferFilter;
  TransferLine: TransferLineMapper;
  TransferLineInput: TransferLineInput;
  TransferLineSnapshot: TransferLineSnapshot;
  TransferPayload: TransferPayloadMapper;
  TransferSnapshot: TransferSnapshot;
  TransferStatusChange: TransferStatusChangeMapper;
  TransferStockInput: TransferStockInput;
  UpdateApiKeyInput: UpdateApiKeyInput;
  UpdateApiKeyPayload: Omit<UpdateApiKeyPayload, 'apiKey' | 'userErrors'> & {
    apiKey?: Maybe<ResolversParentTypes['ApiKey']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  UpdateLocationInput: UpdateLocationInput;
  UpdateLocationPayload: Omit<UpdateLocationPayload, 'location' | 'userErrors'> & {
    location?: Maybe<ResolversParentTypes['Location']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  UpdateProductInput: UpdateProductInput;
  UpdateProductPayload: Omit<UpdateProductPayload, 'product' | 'userErrors'> & {
    product?: Maybe<ResolversParentTypes['Product']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  UpdatePurchaseOrderInput: UpdatePurchaseOrderInput;
  UpdateUserInput: UpdateUserInput;
  UpdateWebhookSubscriptionInput: UpdateWebhookSubscriptionInput;
  UpdateWebhookSubscriptionPayload: Omit<UpdateWebhookSubscriptionPayload, 'subscription' | 'userErrors'> & {
    subscription?: Maybe<ResolversParentTypes['WebhookSubscription']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  User: UserMapper;
  UserConnection: UserConnectionMapper;
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserError: UserError;
  UserFilter: UserFilter;
  UserPayload: Omit<UserPayload, 'user' | 'userErrors'> & {
    user?: Maybe<ResolversParentTypes['User']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  ValuationPoint: ValuationPointMapper;
  WebhookAttempt: WebhookAttemptMapper;
  WebhookDelivery: WebhookDeliveryMapper;
  WebhookDeliveryConnection: WebhookDeliveryConnectionMapper;
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookSubscription: WebhookSubscriptionMapper;
  WebhookSubscriptionConnection: WebhookSubscriptionConnectionMapper;
  WebhookSubscriptionEdge: Omit<WebhookSubscriptionEdge, 'node'> & {
    node: ResolversParentTypes['WebhookSubscription'];
  };
  WriteOffStockInput: WriteOffStockInput;
  String: Scalars['String']['output'];
};

export type authDirectiveArgs = {
  orKeyGrant?: Maybe<ApiKeyGrant>;
  requires: Role;
};

export type authDirectiveResolver<
  Result,
  Parent,
  ContextType = Context,
  Args = authDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type exportDirectiveArgs = {
  name: Scalars['String']['input'];
  requires?: Maybe<Role>;
};

export type exportDirectiveResolver<
  Result,
  Parent,
  ContextType = Context,
  Args = exportDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type publicDirectiveArgs = {};

export type publicDirectiveResolver<
  Result,
  Parent,
  ContextType = Context,
  Args = publicDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor'],
> = {
  __resolveType?: TypeResolveFn<'ApiKey' | 'User', ParentType, ContextType>;
};

export type ApiKeyResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  manageWebhooks?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requirePersistedQueries?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiKeyConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiKeyEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
};

export type ApiKeyGrantResolvers = EnumResolverSignature<{ MANAGE_WEBHOOKS?: any }, ResolversTypes['ApiKeyGrant']>;

export type ArchiveLocationPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ArchiveLocationPayload'] = ResolversParentTypes['ArchiveLocationPayload'],
> = {
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ArchiveProductPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ArchiveProductPayload'] = ResolversParentTypes['ArchiveProductPayload'],
> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CancelImportJobPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['CancelImportJobPayload'] = ResolversParentTypes['CancelImportJobPayload'],
> = {
  importJob?: Resolver<Maybe<ResolversTypes['ImportJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CategoryResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category'],
> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreateApiKeyPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload'],
> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateLocationPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['CreateLocationPayload'] = ResolversParentTypes['CreateLocationPayload'],
> = {
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateProductPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['CreateProductPayload'] = ResolversParentTypes['CreateProductPayload'],
> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreatePurchaseOrdersFromSuggestionsPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['CreatePurchaseOrdersFromSuggestionsPayload'] =
    ResolversParentTypes['CreatePurchaseOrdersFromSuggestionsPayload'],
> = {
  purchaseOrders?: Resolver<Array<ResolversTypes['PurchaseOrder']>, ParentType, ContextType>;
  unassigned?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateWebhookSubscriptionPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['CreateWebhookSubscriptionPayload'] =
    ResolversParentTypes['CreateWebhookSubscriptionPayload'],
> = {
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subscription?: Resolver<Maybe<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DeleteWebhookSubscriptionPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['DeleteWebhookSubscriptionPayload'] =
    ResolversParentTypes['DeleteWebhookSubscriptionPayload'],
> = {
  deletedSubscriptionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ErrorCodeResolvers = EnumResolverSignature<
  {
    ALREADY_COMMITTED?: any;
    ALREADY_REVERSED?: any;
    ARCHIVED?: any;
    BLANK?: any;
    CANNOT_REVERSE_REVERSAL?: any;
    DUPLICATE_EMAIL?: any;
    DUPLICATE_LOCATION_CODE?: any;
    DUPLICATE_SKU?: any;
    EXCEEDS_OUTSTANDING?: any;
    EXCEEDS_RESERVATION?: any;
    HASH_MISMATCH?: any;
    IDEMPOTENCY_KEY_IN_PROGRESS?: any;
    IDEMPOTENCY_KEY_REUSED?: any;
    INSUFFICIENT_STOCK?: any;
    INVALID_CREDENTIALS?: any;
    INVALID_FORMAT?: any;
    INVALID_ID?: any;
    INVALID_STATUS?: any;
    LAST_ADMIN?: any;
    NOT_APPLICABLE?: any;
    NOT_FOUND?: any;
    NOT_IN_RESERVATION?: any;
    OUT_OF_RANGE?: any;
    RESERVATION_CLOSED?: any;
    RESERVATION_EXPIRED?: any;
    STALE_QUANTITY?: any;
    TOO_LONG?: any;
    TOO_MANY_ATTEMPTS?: any;
    TOO_SHORT?: any;
    URL_NOT_ALLOWED?: any;
  },
  ResolversTypes['ErrorCode']
>;

export type EventResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'],
> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['EventPayload'], ParentType, ContextType>;
  productIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  reservationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EventEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['EventPayload'] = ResolversParentTypes['EventPayload'],
> = {
  __resolveType?: TypeResolveFn<
    | 'LocationEventPayload'
    | 'MovementEventPayload'
    | 'ProductEventPayload'
    | 'PurchaseOrderEventPayload'
    | 'ReorderPointEventPayload'
    | 'ReservationEventPayload'
    | 'SafetyStockEventPayload'
    | 'TransferEventPayload',
    ParentType,
    ContextType
  >;
};

export type EventTypeResolvers = EnumResolverSignature<
  {
    LOCATION_ARCHIVED?: any;
    LOCATION_CREATED?: any;
    LOCATION_RESTORED?: any;
    LOCATION_UPDATED?: any;
    MOVEMENT_RECORDED?: any;
    MOVEMENT_REVERSED?: any;
    PRODUCT_ABOVE_REORDER_POINT?: any;
    PRODUCT_ARCHIVED?: any;
    PRODUCT_BELOW_REORDER_POINT?: any;
    PRODUCT_CREATED?: any;
    PRODUCT_RESTORED?: any;
    PRODUCT_UPDATED?: any;
    PURCHASE_ORDER_CANCELLED?: any;
    PURCHASE_ORDER_CLOSED?: any;
    PURCHASE_ORDER_CREATED?: any;
    PURCHASE_ORDER_PLACED?: any;
    PURCHASE_ORDER_RECEIVED?: any;
    PURCHASE_ORDER_UPDATED?: any;
    RESERVATION_COMMITTED?: any;
    RESERVATION_CREATED?: any;
    RESERVATION_EXPIRED?: any;
    RESERVATION_EXTENDED?: any;
    RESERVATION_FULFILLED?: any;
    RESERVATION_RELEASED?: any;
    SAFETY_STOCK_CHANGED?: any;
    TRANSFER_CANCELLED?: any;
    TRANSFER_CLOSED?: any;
    TRANSFER_CREATED?: any;
    TRANSFER_RECEIVED?: any;
    TRANSFER_SHIPPED?: any;
  },
  ResolversTypes['EventType']
>;

export type HistoricalStockLevelResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['HistoricalStockLevel'] = ResolversParentTypes['HistoricalStockLevel'],
> = {
  damaged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  qualityControl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportColumnMappingResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ImportColumnMapping'] = ResolversParentTypes['ImportColumnMapping'],
> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileColumn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportJobResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ImportJob'] = ResolversParentTypes['ImportJob'],
> = {
  atomic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  columnMap?: Resolver<Array<ResolversTypes['ImportColumnMapping']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['ImportJobError']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ImportKind'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ImportProgress'], ParentType, ContextType>;
  rowErrors?: Resolver<
    ResolversTypes['ImportRowErrorConnection'],
    ParentType,
    ContextType,
    Partial<ImportJobrowErrorsArgs>
  >;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportJobStatus'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportJobConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ImportJobConnection'] = ResolversParentTypes['ImportJobConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ImportJobEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ImportJob']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportJobEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ImportJobEdge'] = ResolversParentTypes['ImportJobEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImportJob'], ParentType, ContextType>;
};

export type ImportJobErrorResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ImportJobError'] = ResolversParentTypes['ImportJobError'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportJobStatusResolvers = EnumResolverSignature<
  { CANCELLED?: any; COMPLETED?: any; COMPLETED_WITH_ERRORS?: any; FAILED?: any; QUEUED?: any; RUNNING?: any },
  ResolversTypes['ImportJobStatus']
>;

export type ImportKindResolvers = EnumResolverSignature<
  { MOVEMENTS?: any; PRODUCTS?: any; STOCK?: any },
  ResolversTypes['ImportKind']
>;

export type ImportProgressResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ImportProgress'] = ResolversParentTypes['ImportProgress'],
> = {
  bytesRead?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  bytesTotal?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  fraction?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ImportRowErrorResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ImportRowError'] = ResolversParentTypes['ImportRowError'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRowErrorConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ImportRowErrorConnection'] =
    ResolversParentTypes['ImportRowErrorConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ImportRowErrorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ImportRowError']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRowErrorEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ImportRowErrorEdge'] = ResolversParentTypes['ImportRowErrorEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImportRowError'], ParentType, ContextType>;
};

export type IncomingQuantityResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['IncomingQuantity'] = ResolversParentTypes['IncomingQuantity'],
> = {
  expectedOn?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InventoryValuationConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['InventoryValuationConnection'] =
    ResolversParentTypes['InventoryValuationConnection'],
> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['InventoryValuationEdge']>, ParentType, ContextType>;
  groupBy?: Resolver<ResolversTypes['ValuationGroupBy'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['InventoryValuationRow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalQuantity?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  totalValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type InventoryValuationEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['InventoryValuationEdge'] = ResolversParentTypes['InventoryValuationEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InventoryValuationRow'], ParentType, ContextType>;
};

export type InventoryValuationRowResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['InventoryValuationRow'] = ResolversParentTypes['InventoryValuationRow'],
> = {
  averageCost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export interface JSONScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location'],
> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  allocationPriority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LocationKind'], ParentType, ContextType>;
  movements?: Resolver<ResolversTypes['MovementConnection'], ParentType, ContextType, Partial<LocationmovementsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stockAsOf?: Resolver<
    ResolversTypes['StockAsOf'],
    ParentType,
    ContextType,
    RequireFields<LocationstockAsOfArgs, 'at'>
  >;
  stockLevels?: Resolver<
    ResolversTypes['StockLevelConnection'],
    ParentType,
    ContextType,
    Partial<LocationstockLevelsArgs>
  >;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LocationConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['LocationConnection'] = ResolversParentTypes['LocationConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['LocationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LocationEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['LocationEdge'] = ResolversParentTypes['LocationEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
};

export type LocationEventPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['LocationEventPayload'] = ResolversParentTypes['LocationEventPayload'],
> = {
  location?: Resolver<ResolversTypes['LocationSnapshot'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LocationKindResolvers = EnumResolverSignature<
  { DISTRIBUTION_CENTER?: any; OTHER?: any; STORE?: any; WAREHOUSE?: any },
  ResolversTypes['LocationKind']
>;

export type LocationOrderFieldResolvers = EnumResolverSignature<
  { CODE?: any; CREATED_AT?: any; NAME?: any },
  ResolversTypes['LocationOrderField']
>;

export type LocationSnapshotResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['LocationSnapshot'] = ResolversParentTypes['LocationSnapshot'],
> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LocationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LowStockAlertResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['LowStockAlert'] = ResolversParentTypes['LowStockAlert'],
> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['LowStockDirection'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  reorderPoint?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LowStockConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['LowStockConnection'] = ResolversParentTypes['LowStockConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['LowStockEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LowStockItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LowStockDirectionResolvers = EnumResolverSignature<
  { ABOVE?: any; BELOW?: any },
  ResolversTypes['LowStockDirection']
>;

export type LowStockEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['LowStockEdge'] = ResolversParentTypes['LowStockEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LowStockItem'], ParentType, ContextType>;
};

export type LowStockItemResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['LowStockItem'] = ResolversParentTypes['LowStockItem'],
> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daysOfCover?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  incoming?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  reorderPoint?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suggestedOrderQuantity?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
};

export type MovementResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Movement'] = ResolversParentTypes['Movement'],
> = {
  counterparty?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  fromState?: Resolver<Maybe<ResolversTypes['StockState']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MovementKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['MovementReason'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reservation?: Resolver<Maybe<ResolversTypes['Reservation']>, ParentType, ContextType>;
  reversalOf?: Resolver<Maybe<ResolversTypes['Movement']>, ParentType, ContextType>;
  reversedBy?: Resolver<Maybe<ResolversTypes['Movement']>, ParentType, ContextType>;
  toLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  toState?: Resolver<Maybe<ResolversTypes['StockState']>, ParentType, ContextType>;
  unitCost?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MovementConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['MovementConnection'] = ResolversParentTypes['MovementConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['MovementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Movement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MovementEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['MovementEdge'] = ResolversParentTypes['MovementEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Movement'], ParentType, ContextType>;
};

export type MovementErrorPolicyResolvers = EnumResolverSignature<
  { REJECT_ALL?: any; REJECT_FAILED_ROWS?: any },
  ResolversTypes['MovementErrorPolicy']
>;

export type MovementEventPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['MovementEventPayload'] = ResolversParentTypes['MovementEventPayload'],
> = {
  movement?: Resolver<ResolversTypes['MovementSnapshot'], ParentType, ContextType>;
  stockLevels?: Resolver<Array<ResolversTypes['StockLevelSnapshot']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MovementKindResolvers = EnumResolverSignature<
  {
    ADJUSTMENT?: any;
    RECEIPT?: any;
    RETURN?: any;
    SHIPMENT?: any;
    STATE_CHANGE?: any;
    TRANSFER?: any;
    WRITE_OFF?: any;
  },
  ResolversTypes['MovementKind']
>;

export type MovementReasonResolvers = EnumResolverSignature<
  {
    CORRECTION?: any;
    CYCLE_COUNT?: any;
    DAMAGED?: any;
    OTHER?: any;
    QUALITY_CHECK?: any;
    RECEIVED?: any;
    RETURNED?: any;
    SHRINKAGE?: any;
    SOLD?: any;
    TRANSFER?: any;
  },
  ResolversTypes['MovementReason']
>;

export type MovementSnapshotResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['MovementSnapshot'] = ResolversParentTypes['MovementSnapshot'],
> = {
  fromLocationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fromState?: Resolver<ResolversTypes['StockState'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MovementKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['MovementReason'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reservationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reversalOfId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  toLocationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  toState?: Resolver<ResolversTypes['StockState'], ParentType, ContextType>;
};

export type MovementSummaryResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['MovementSummary'] = ResolversParentTypes['MovementSummary'],
> = {
  buckets?: Resolver<Array<ResolversTypes['MovementSummaryBucket']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['SummaryInterval'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['MovementSummaryBucket'], ParentType, ContextType>;
};

export type MovementSummaryBucketResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['MovementSummaryBucket'] = ResolversParentTypes['MovementSummaryBucket'],
> = {
  adjusted?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  returned?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  shipped?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  transferredIn?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  transferredOut?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  writtenOff?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  adjustStock?: Resolver<
    ResolversTypes['StockMovementPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationadjustStockArgs, 'input'>
  >;
  archiveLocation?: Resolver<
    ResolversTypes['ArchiveLocationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationarchiveLocationArgs, 'input'>
  >;
  archiveProduct?: Resolver<
    ResolversTypes['ArchiveProductPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationarchiveProductArgs, 'input'>
  >;
  cancelImportJob?: Resolver<
    ResolversTypes['CancelImportJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcancelImportJobArgs, 'input'>
  >;
  cancelPurchaseOrder?: Resolver<
    ResolversTypes['PurchaseOrderPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcancelPurchaseOrderArgs, 'input'>
  >;
  cancelTransfer?: Resolver<
    ResolversTypes['TransferPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcancelTransferArgs, 'input'>
  >;
  changePassword?: Resolver<
    ResolversTypes['SignInPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationchangePasswordArgs, 'input'>
  >;
  changeStockState?: Resolver<
    ResolversTypes['StockMovementPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationchangeStockStateArgs, 'input'>
  >;
  closePurchaseOrder?: Resolver<
    ResolversTypes['PurchaseOrderPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationclosePurchaseOrderArgs, 'input'>
  >;
  closeTransfer?: Resolver<
    ResolversTypes['TransferPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcloseTransferArgs, 'input'>
  >;
  commitReservation?: Resolver<
    ResolversTypes['ReservationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcommitReservationArgs, 'input'>
  >;
  createApiKey?: Resolver<
    ResolversTypes['CreateApiKeyPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcreateApiKeyArgs, 'input'>
  >;
  createLocation?: Resolver<
    ResolversTypes['CreateLocationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcreateLocationArgs, 'input'>
  >;
  createProduct?: Resolver<
    ResolversTypes['CreateProductPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcreateProductArgs, 'input'>
  >;
  createPurchaseOrder?: Resolver<
    ResolversTypes['PurchaseOrderPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcreatePurchaseOrderArgs, 'input'>
  >;
  createPurchaseOrdersFromSuggestions?: Resolver<
    ResolversTypes['CreatePurchaseOrdersFromSuggestionsPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcreatePurchaseOrdersFromSuggestionsArgs, 'input'>
  >;
  createTransfer?: Resolver<
    ResolversTypes['TransferPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcreateTransferArgs, 'input'>
  >;
  createUser?: Resolver<
    ResolversTypes['UserPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcreateUserArgs, 'input'>
  >;
  createWebhookSubscription?: Resolver<
    ResolversTypes['CreateWebhookSubscriptionPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcreateWebhookSubscriptionArgs, 'input'>
  >;
  deactivateUser?: Resolver<
    ResolversTypes['UserPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationdeactivateUserArgs, 'input'>
  >;
  deleteWebhookSubscription?: Resolver<
    ResolversTypes['DeleteWebhookSubscriptionPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationdeleteWebhookSubscriptionArgs, 'input'>
  >;
  extendReservation?: Resolver<
    ResolversTypes['ReservationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationextendReservationArgs, 'input'>
  >;
  placePurchaseOrder?: Resolver<
    ResolversTypes['PurchaseOrderPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationplacePurchaseOrderArgs, 'input'>
  >;
  receivePurchaseOrder?: Resolver<
    ResolversTypes['PurchaseOrderPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationreceivePurchaseOrderArgs, 'input'>
  >;
  receiveStock?: Resolver<
    ResolversTypes['StockMovementPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationreceiveStockArgs, 'input'>
  >;
  receiveTransfer?: Resolver<
    ResolversTypes['TransferPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationreceiveTransferArgs, 'input'>
  >;
  recordMovements?: Resolver<
    ResolversTypes['RecordMovementsPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationrecordMovementsArgs, 'input'>
  >;
  redeliverWebhook?: Resolver<
    ResolversTypes['RedeliverWebhookPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationredeliverWebhookArgs, 'input'>
  >;
  registerPersistedDocuments?: Resolver<
    ResolversTypes['RegisterPersistedDocumentsPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationregisterPersistedDocumentsArgs, 'input'>
  >;
  releaseReservation?: Resolver<
    ResolversTypes['ReservationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationreleaseReservationArgs, 'input'>
  >;
  reserveStock?: Resolver<
    ResolversTypes['ReservationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationreserveStockArgs, 'input'>
  >;
  restoreLocation?: Resolver<
    ResolversTypes['RestoreLocationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationrestoreLocationArgs, 'input'>
  >;
  restoreProduct?: Resolver<
    ResolversTypes['RestoreProductPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationrestoreProductArgs, 'input'>
  >;
  returnStock?: Resolver<
    ResolversTypes['StockMovementPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationreturnStockArgs, 'input'>
  >;
  reverseMovement?: Resolver<
    ResolversTypes['StockMovementPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationreverseMovementArgs, 'input'>
  >;
  revokeApiKey?: Resolver<
    ResolversTypes['RevokeApiKeyPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationrevokeApiKeyArgs, 'input'>
  >;
  rotateWebhookSecret?: Resolver<
    ResolversTypes['RotateWebhookSecretPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationrotateWebhookSecretArgs, 'input'>
  >;
  setSafetyStock?: Resolver<
    ResolversTypes['SetSafetyStockPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationsetSafetyStockArgs, 'input'>
  >;
  shipStock?: Resolver<
    ResolversTypes['StockMovementPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationshipStockArgs, 'input'>
  >;
  shipTransfer?: Resolver<
    ResolversTypes['TransferPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationshipTransferArgs, 'input'>
  >;
  signIn?: Resolver<
    ResolversTypes['SignInPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationsignInArgs, 'input'>
  >;
  transferStock?: Resolver<
    ResolversTypes['StockMovementPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationtransferStockArgs, 'input'>
  >;
  updateApiKey?: Resolver<
    ResolversTypes['UpdateApiKeyPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationupdateApiKeyArgs, 'input'>
  >;
  updateLocation?: Resolver<
    ResolversTypes['UpdateLocationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationupdateLocationArgs, 'input'>
  >;
  updateProduct?: Resolver<
    ResolversTypes['UpdateProductPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationupdateProductArgs, 'input'>
  >;
  updatePurchaseOrder?: Resolver<
    ResolversTypes['PurchaseOrderPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationupdatePurchaseOrderArgs, 'input'>
  >;
  updateUser?: Resolver<
    ResolversTypes['UserPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationupdateUserArgs, 'input'>
  >;
  updateWebhookSubscription?: Resolver<
    ResolversTypes['UpdateWebhookSubscriptionPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationupdateWebhookSubscriptionArgs, 'input'>
  >;
  writeOffStock?: Resolver<
    ResolversTypes['StockMovementPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationwriteOffStockArgs, 'input'>
  >;
};

export type NodeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = {
  __resolveType?: TypeResolveFn<
    'ApiKey' | 'Event' | 'Location' | 'Movement' | 'Product' | 'PurchaseOrder' | 'Reservation' | 'Transfer' | 'User',
    ParentType,
    ContextType
  >;
};

export interface NonNegativeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeInt'], any> {
  name: 'NonNegativeInt';
}

export type OperationTypeResolvers = EnumResolverSignature<
  { MUTATION?: any; QUERY?: any; SUBSCRIPTION?: any },
  ResolversTypes['OperationType']
>;

export type PageInfoResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersistedDocumentResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PersistedDocument'] = ResolversParentTypes['PersistedDocument'],
> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operationType?: Resolver<ResolversTypes['OperationType'], ParentType, ContextType>;
};

export type PersistedDocumentConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PersistedDocumentConnection'] =
    ResolversParentTypes['PersistedDocumentConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PersistedDocumentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PersistedDocument']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersistedDocumentEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PersistedDocumentEdge'] = ResolversParentTypes['PersistedDocumentEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PersistedDocument'], ParentType, ContextType>;
};

export type ProductResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'],
> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageCost?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  damaged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daysOfCover?: Resolver<
    Maybe<ResolversTypes['Float']>,
    ParentType,
    ContextType,
    RequireFields<ProductdaysOfCoverArgs, 'windowDays'>
  >;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incoming?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incomingSchedule?: Resolver<Array<ResolversTypes['IncomingQuantity']>, ParentType, ContextType>;
  inventoryValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  leadTimeDays?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  movements?: Resolver<ResolversTypes['MovementConnection'], ParentType, ContextType, Partial<ProductmovementsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  preferredSupplier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  qualityControl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reorderPoint?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  reorderQuantity?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  safetyStock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  similar?: Resolver<
    Maybe<Array<ResolversTypes['SimilarProduct']>>,
    ParentType,
    ContextType,
    RequireFields<ProductsimilarArgs, 'first' | 'weights'>
  >;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stockAsOf?: Resolver<ResolversTypes['StockAsOf'], ParentType, ContextType, RequireFields<ProductstockAsOfArgs, 'at'>>;
  stockLevels?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType, Partial<ProductstockLevelsArgs>>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type ProductEventPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ProductEventPayload'] = ResolversParentTypes['ProductEventPayload'],
> = {
  product?: Resolver<ResolversTypes['ProductSnapshot'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductOrderFieldResolvers = EnumResolverSignature<
  { CATEGORY?: any; CREATED_AT?: any; NAME?: any; PRICE?: any; SKU?: any },
  ResolversTypes['ProductOrderField']
>;

export type ProductSnapshotResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ProductSnapshot'] = ResolversParentTypes['ProductSnapshot'],
> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reorderPoint?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PurchaseOrderResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PurchaseOrder'] = ResolversParentTypes['PurchaseOrder'],
> = {
  closeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['PurchaseOrderStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PurchaseOrderLine']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PurchaseOrderStatus'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PurchaseOrderConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PurchaseOrderConnection'] = ResolversParentTypes['PurchaseOrderConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PurchaseOrderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PurchaseOrder']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PurchaseOrderEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PurchaseOrderEdge'] = ResolversParentTypes['PurchaseOrderEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType>;
};

export type PurchaseOrderEventPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PurchaseOrderEventPayload'] =
    ResolversParentTypes['PurchaseOrderEventPayload'],
> = {
  purchaseOrder?: Resolver<ResolversTypes['PurchaseOrderSnapshot'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PurchaseOrderLineResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PurchaseOrderLine'] = ResolversParentTypes['PurchaseOrderLine'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tolerance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitCost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type PurchaseOrderLineSnapshotResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PurchaseOrderLineSnapshot'] =
    ResolversParentTypes['PurchaseOrderLineSnapshot'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitCost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type PurchaseOrderPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PurchaseOrderPayload'] = ResolversParentTypes['PurchaseOrderPayload'],
> = {
  movements?: Resolver<Array<ResolversTypes['Movement']>, ParentType, ContextType>;
  purchaseOrder?: Resolver<Maybe<ResolversTypes['PurchaseOrder']>, ParentType, ContextType>;
  stockLevels?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PurchaseOrderSnapshotResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PurchaseOrderSnapshot'] = ResolversParentTypes['PurchaseOrderSnapshot'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PurchaseOrderLineSnapshot']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PurchaseOrderStatus'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PurchaseOrderStatusResolvers = EnumResolverSignature<
  { CANCELLED?: any; CLOSED?: any; DRAFT?: any; ORDERED?: any; PARTIALLY_RECEIVED?: any; RECEIVED?: any },
  ResolversTypes['PurchaseOrderStatus']
>;

export type PurchaseOrderStatusChangeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PurchaseOrderStatusChange'] =
    ResolversParentTypes['PurchaseOrderStatusChange'],
> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PurchaseOrderStatus'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, Partial<QueryapiKeysArgs>>;
  categories?: Resolver<
    Array<ResolversTypes['Category']>,
    ParentType,
    ContextType,
    RequireFields<QuerycategoriesArgs, 'active'>
  >;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<QueryeventsArgs>>;
  importJob?: Resolver<
    Maybe<ResolversTypes['ImportJob']>,
    ParentType,
    ContextType,
    RequireFields<QueryimportJobArgs, 'id'>
  >;
  importJobs?: Resolver<ResolversTypes['ImportJobConnection'], ParentType, ContextType, Partial<QueryimportJobsArgs>>;
  inventoryValuation?: Resolver<
    ResolversTypes['InventoryValuationConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryinventoryValuationArgs, 'groupBy'>
  >;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType, Partial<QuerylocationArgs>>;
  locations?: Resolver<ResolversTypes['LocationConnection'], ParentType, ContextType, Partial<QuerylocationsArgs>>;
  lowStock?: Resolver<ResolversTypes['LowStockConnection'], ParentType, ContextType, Partial<QuerylowStockArgs>>;
  me?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  movement?: Resolver<
    Maybe<ResolversTypes['Movement']>,
    ParentType,
    ContextType,
    RequireFields<QuerymovementArgs, 'id'>
  >;
  movementSummary?: Resolver<
    ResolversTypes['MovementSummary'],
    ParentType,
    ContextType,
    RequireFields<QuerymovementSummaryArgs, 'from' | 'interval' | 'timeZone' | 'to'>
  >;
  movements?: Resolver<ResolversTypes['MovementConnection'], ParentType, ContextType, Partial<QuerymovementsArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerynodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QuerynodesArgs, 'ids'>>;
  persistedDocuments?: Resolver<
    ResolversTypes['PersistedDocumentConnection'],
    ParentType,
    ContextType,
    Partial<QuerypersistedDocumentsArgs>
  >;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, Partial<QueryproductArgs>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryproductsArgs>>;
  purchaseOrder?: Resolver<
    Maybe<ResolversTypes['PurchaseOrder']>,
    ParentType,
    ContextType,
    RequireFields<QuerypurchaseOrderArgs, 'id'>
  >;
  purchaseOrders?: Resolver<
    ResolversTypes['PurchaseOrderConnection'],
    ParentType,
    ContextType,
    Partial<QuerypurchaseOrdersArgs>
  >;
  reservations?: Resolver<
    ResolversTypes['ReservationConnection'],
    ParentType,
    ContextType,
    Partial<QueryreservationsArgs>
  >;
  salesReport?: Resolver<
    ResolversTypes['SalesReport'],
    ParentType,
    ContextType,
    RequireFields<QuerysalesReportArgs, 'from' | 'groupBy' | 'orderBy' | 'to'>
  >;
  transfer?: Resolver<
    Maybe<ResolversTypes['Transfer']>,
    ParentType,
    ContextType,
    RequireFields<QuerytransferArgs, 'id'>
  >;
  transfers?: Resolver<ResolversTypes['TransferConnection'], ParentType, ContextType, Partial<QuerytransfersArgs>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, Partial<QueryusersArgs>>;
  valuationHistory?: Resolver<
    Array<ResolversTypes['ValuationPoint']>,
    ParentType,
    ContextType,
    RequireFields<QueryvaluationHistoryArgs, 'from' | 'interval' | 'timeZone' | 'to'>
  >;
  verifyStockLevels?: Resolver<ResolversTypes['StockVerification'], ParentType, ContextType>;
  webhookDeliveries?: Resolver<
    ResolversTypes['WebhookDeliveryConnection'],
    ParentType,
    ContextType,
    Partial<QuerywebhookDeliveriesArgs>
  >;
  webhookSubscription?: Resolver<
    Maybe<ResolversTypes['WebhookSubscription']>,
    ParentType,
    ContextType,
    RequireFields<QuerywebhookSubscriptionArgs, 'id'>
  >;
  webhookSubscriptions?: Resolver<
    ResolversTypes['WebhookSubscriptionConnection'],
    ParentType,
    ContextType,
    Partial<QuerywebhookSubscriptionsArgs>
  >;
};

export type RecordMovementsPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RecordMovementsPayload'] = ResolversParentTypes['RecordMovementsPayload'],
> = {
  movements?: Resolver<Array<ResolversTypes['Movement']>, ParentType, ContextType>;
  stockLevels?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RedeliverWebhookPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RedeliverWebhookPayload'] = ResolversParentTypes['RedeliverWebhookPayload'],
> = {
  delivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RegisterPersistedDocumentsPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RegisterPersistedDocumentsPayload'] =
    ResolversParentTypes['RegisterPersistedDocumentsPayload'],
> = {
  alreadyRegistered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['PersistedDocument']>, ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ReorderPointEventPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ReorderPointEventPayload'] =
    ResolversParentTypes['ReorderPointEventPayload'],
> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['ProductSnapshot'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReservationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Reservation'] = ResolversParentTypes['Reservation'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  holder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReservationLine']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReservationStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReservationChangeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ReservationChange'] = ResolversParentTypes['ReservationChange'],
> = {
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reservation?: Resolver<ResolversTypes['Reservation'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
};

export type ReservationConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ReservationConnection'] = ResolversParentTypes['ReservationConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ReservationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Reservation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReservationEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ReservationEdge'] = ResolversParentTypes['ReservationEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Reservation'], ParentType, ContextType>;
};

export type ReservationEventPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ReservationEventPayload'] = ResolversParentTypes['ReservationEventPayload'],
> = {
  reservation?: Resolver<ResolversTypes['ReservationSnapshot'], ParentType, ContextType>;
  stockLevels?: Resolver<Array<ResolversTypes['StockLevelSnapshot']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReservationLineResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ReservationLine'] = ResolversParentTypes['ReservationLine'],
> = {
  fulfilled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReservationLineSnapshotResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ReservationLineSnapshot'] = ResolversParentTypes['ReservationLineSnapshot'],
> = {
  fulfilled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReservationPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ReservationPayload'] = ResolversParentTypes['ReservationPayload'],
> = {
  reservation?: Resolver<Maybe<ResolversTypes['Reservation']>, ParentType, ContextType>;
  stockLevels?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ReservationSnapshotResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ReservationSnapshot'] = ResolversParentTypes['ReservationSnapshot'],
> = {
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  holder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReservationLineSnapshot']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReservationStatus'], ParentType, ContextType>;
};

export type ReservationStatusResolvers = EnumResolverSignature<
  { ACTIVE?: any; COMMITTED?: any; EXPIRED?: any; FULFILLED?: any; RELEASED?: any },
  ResolversTypes['ReservationStatus']
>;

export type RestoreLocationPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RestoreLocationPayload'] = ResolversParentTypes['RestoreLocationPayload'],
> = {
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RestoreProductPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RestoreProductPayload'] = ResolversParentTypes['RestoreProductPayload'],
> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RevokeApiKeyPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload'],
> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<
  { ADMIN?: any; CLERK?: any; MANAGER?: any; VIEWER?: any },
  ResolversTypes['Role']
>;

export type RotateWebhookSecretPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RotateWebhookSecretPayload'] =
    ResolversParentTypes['RotateWebhookSecretPayload'],
> = {
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subscription?: Resolver<Maybe<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface SafeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SafeInt'], any> {
  name: 'SafeInt';
}

export type SafetyStockEventPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['SafetyStockEventPayload'] = ResolversParentTypes['SafetyStockEventPayload'],
> = {
  stockLevels?: Resolver<Array<ResolversTypes['StockLevelSnapshot']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SalesGroupByResolvers = EnumResolverSignature<
  { CATEGORY?: any; COUNTERPARTY?: any; LOCATION?: any; PRODUCT?: any },
  ResolversTypes['SalesGroupBy']
>;

export type SalesOrderByResolvers = EnumResolverSignature<
  { MARGIN?: any; REVENUE?: any; UNITS?: any },
  ResolversTypes['SalesOrderBy']
>;

export type SalesReportResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['SalesReport'] = ResolversParentTypes['SalesReport'],
> = {
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  groupBy?: Resolver<ResolversTypes['SalesGroupBy'], ParentType, ContextType>;
  orderBy?: Resolver<ResolversTypes['SalesOrderBy'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['SalesReportRow']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['SalesReportRow'], ParentType, ContextType>;
};

export type SalesReportRowResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['SalesReportRow'] = ResolversParentTypes['SalesReportRow'],
> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  costOfGoodsSold?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  margin?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  marginPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  units?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
};

export type SetSafetyStockPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['SetSafetyStockPayload'] = ResolversParentTypes['SetSafetyStockPayload'],
> = {
  stockLevel?: Resolver<Maybe<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SignInPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['SignInPayload'] = ResolversParentTypes['SignInPayload'],
> = {
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SimilarProductResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['SimilarProduct'] = ResolversParentTypes['SimilarProduct'],
> = {
  categoryScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  priceScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  textScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SortDirectionResolvers = EnumResolverSignature<{ ASC?: any; DESC?: any }, ResolversTypes['SortDirection']>;

export type StockAsOfResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['StockAsOf'] = ResolversParentTypes['StockAsOf'],
> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['HistoricalStockLevel']>, ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
};

export type StockDifferenceResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['StockDifference'] = ResolversParentTypes['StockDifference'],
> = {
  heldCommitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heldReserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ledgerDamaged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ledgerOnHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ledgerQualityControl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  storedCommitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storedDamaged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storedOnHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storedQualityControl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storedReserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StockLevelResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['StockLevel'] = ResolversParentTypes['StockLevel'],
> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  damaged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incoming?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incomingSchedule?: Resolver<Array<ResolversTypes['IncomingQuantity']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  qualityControl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reservations?: Resolver<Array<ResolversTypes['Reservation']>, ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  safetyStock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type StockLevelChangeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['StockLevelChange'] = ResolversParentTypes['StockLevelChange'],
> = {
  levels?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
};

export type StockLevelConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['StockLevelConnection'] = ResolversParentTypes['StockLevelConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['StockLevelEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StockLevelEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['StockLevelEdge'] = ResolversParentTypes['StockLevelEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockLevel'], ParentType, ContextType>;
};

export type StockLevelSnapshotResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['StockLevelSnapshot'] = ResolversParentTypes['StockLevelSnapshot'],
> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  damaged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  qualityControl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  safetyStock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StockMovementPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['StockMovementPayload'] = ResolversParentTypes['StockMovementPayload'],
> = {
  movement?: Resolver<Maybe<ResolversTypes['Movement']>, ParentType, ContextType>;
  stockLevels?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StockStateResolvers = EnumResolverSignature<
  { AVAILABLE?: any; DAMAGED?: any; QUALITY_CONTROL?: any },
  ResolversTypes['StockState']
>;

export type StockVerificationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['StockVerification'] = ResolversParentTypes['StockVerification'],
> = {
  checkedLevels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['StockDifference']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SubscriptionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription'],
> = {
  events?: SubscriptionResolver<
    ResolversTypes['EventEdge'],
    'events',
    ParentType,
    ContextType,
    Partial<SubscriptioneventsArgs>
  >;
  importJobProgress?: SubscriptionResolver<
    ResolversTypes['ImportJob'],
    'importJobProgress',
    ParentType,
    ContextType,
    RequireFields<SubscriptionimportJobProgressArgs, 'id'>
  >;
  lowStockAlert?: SubscriptionResolver<
    ResolversTypes['LowStockAlert'],
    'lowStockAlert',
    ParentType,
    ContextType,
    Partial<SubscriptionlowStockAlertArgs>
  >;
  reservationChanged?: SubscriptionResolver<
    ResolversTypes['ReservationChange'],
    'reservationChanged',
    ParentType,
    ContextType,
    RequireFields<SubscriptionreservationChangedArgs, 'reference'>
  >;
  stockLevelChanged?: SubscriptionResolver<
    ResolversTypes['StockLevelChange'],
    'stockLevelChanged',
    ParentType,
    ContextType,
    Partial<SubscriptionstockLevelChangedArgs>
  >;
};

export type SummaryIntervalResolvers = EnumResolverSignature<
  { DAY?: any; MONTH?: any; WEEK?: any },
  ResolversTypes['SummaryInterval']
>;

export type TransferResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Transfer'] = ResolversParentTypes['Transfer'],
> = {
  closeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expectedArrival?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fromLocation?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['TransferStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['TransferLine']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransferStatus'], ParentType, ContextType>;
  toLocation?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransferConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['TransferConnection'] = ResolversParentTypes['TransferConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['TransferEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Transfer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TransferEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['TransferEdge'] = ResolversParentTypes['TransferEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType>;
};

export type TransferEventPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['TransferEventPayload'] = ResolversParentTypes['TransferEventPayload'],
> = {
  transfer?: Resolver<ResolversTypes['TransferSnapshot'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransferLineResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['TransferLine'] = ResolversParentTypes['TransferLine'],
> = {
  inTransit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TransferLineSnapshotResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['TransferLineSnapshot'] = ResolversParentTypes['TransferLineSnapshot'],
> = {
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TransferPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['TransferPayload'] = ResolversParentTypes['TransferPayload'],
> = {
  movements?: Resolver<Array<ResolversTypes['Movement']>, ParentType, ContextType>;
  stockLevels?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  transfer?: Resolver<Maybe<ResolversTypes['Transfer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TransferSnapshotResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['TransferSnapshot'] = ResolversParentTypes['TransferSnapshot'],
> = {
  fromLocationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['TransferLineSnapshot']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransferStatus'], ParentType, ContextType>;
  toLocationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TransferStatusResolvers = EnumResolverSignature<
  { CANCELLED?: any; CLOSED?: any; DRAFT?: any; IN_TRANSIT?: any; PARTIALLY_RECEIVED?: any; RECEIVED?: any },
  ResolversTypes['TransferStatus']
>;

export type TransferStatusChangeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['TransferStatusChange'] = ResolversParentTypes['TransferStatusChange'],
> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransferStatus'], ParentType, ContextType>;
};

export type UpdateApiKeyPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['UpdateApiKeyPayload'] = ResolversParentTypes['UpdateApiKeyPayload'],
> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateLocationPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['UpdateLocationPayload'] = ResolversParentTypes['UpdateLocationPayload'],
> = {
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateProductPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['UpdateProductPayload'] = ResolversParentTypes['UpdateProductPayload'],
> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateWebhookSubscriptionPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['UpdateWebhookSubscriptionPayload'] =
    ResolversParentTypes['UpdateWebhookSubscriptionPayload'],
> = {
  subscription?: Resolver<Maybe<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'],
> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserErrorResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError'],
> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['UserPayload'] = ResolversParentTypes['UserPayload'],
> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ValuationGroupByResolvers = EnumResolverSignature<
  { CATEGORY?: any; LOCATION?: any; PRODUCT?: any },
  ResolversTypes['ValuationGroupBy']
>;

export type ValuationPointResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ValuationPoint'] = ResolversParentTypes['ValuationPoint'],
> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totalQuantity?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  totalValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type WebhookAttemptResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt'],
> = {
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery'],
> = {
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventSequence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  orderingKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
  webhookId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] =
    ResolversParentTypes['WebhookDeliveryConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookDeliveryStatusResolvers = EnumResolverSignature<
  { FAILED?: any; PENDING?: any; SUCCEEDED?: any },
  ResolversTypes['WebhookDeliveryStatus']
>;

export type WebhookSubscriptionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['EventType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pausedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pausedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookSubscriptionStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookSubscriptionConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['WebhookSubscriptionConnection'] =
    ResolversParentTypes['WebhookSubscriptionConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['WebhookSubscriptionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookSubscriptionEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['WebhookSubscriptionEdge'] = ResolversParentTypes['WebhookSubscriptionEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
};

export type WebhookSubscriptionStatusResolvers = EnumResolverSignature<
  { ACTIVE?: any; PAUSED?: any },
  ResolversTypes['WebhookSubscriptionStatus']
>;

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyGrant?: ApiKeyGrantResolvers;
  ArchiveLocationPayload?: ArchiveLocationPayloadResolvers<ContextType>;
  ArchiveProductPayload?: ArchiveProductPayloadResolvers<ContextType>;
  CancelImportJobPayload?: CancelImportJobPayloadResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreateLocationPayload?: CreateLocationPayloadResolvers<ContextType>;
  CreateProductPayload?: CreateProductPayloadResolvers<ContextType>;
  CreatePurchaseOrdersFromSuggestionsPayload?: CreatePurchaseOrdersFromSuggestionsPayloadResolvers<ContextType>;
  CreateWebhookSubscriptionPayload?: CreateWebhookSubscriptionPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeleteWebhookSubscriptionPayload?: DeleteWebhookSubscriptionPayloadResolvers<ContextType>;
  ErrorCode?: ErrorCodeResolvers;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventPayload?: EventPayloadResolvers<ContextType>;
  EventType?: EventTypeResolvers;
  HistoricalStockLevel?: HistoricalStockLevelResolvers<ContextType>;
  ImportColumnMapping?: ImportColumnMappingResolvers<ContextType>;
  ImportJob?: ImportJobResolvers<ContextType>;
  ImportJobConnection?: ImportJobConnectionResolvers<ContextType>;
  ImportJobEdge?: ImportJobEdgeResolvers<ContextType>;
  ImportJobError?: ImportJobErrorResolvers<ContextType>;
  ImportJobStatus?: ImportJobStatusResolvers;
  ImportKind?: ImportKindResolvers;
  ImportProgress?: ImportProgressResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  ImportRowErrorConnection?: ImportRowErrorConnectionResolvers<ContextType>;
  ImportRowErrorEdge?: ImportRowErrorEdgeResolvers<ContextType>;
  IncomingQuantity?: IncomingQuantityResolvers<ContextType>;
  InventoryValuationConnection?: InventoryValuationConnectionResolvers<ContextType>;
  InventoryValuationEdge?: InventoryValuationEdgeResolvers<ContextType>;
  InventoryValuationRow?: InventoryValuationRowResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Location?: LocationResolvers<ContextType>;
  LocationConnection?: LocationConnectionResolvers<ContextType>;
  LocationEdge?: LocationEdgeResolvers<ContextType>;
  LocationEventPayload?: LocationEventPayloadResolvers<ContextType>;
  LocationKind?: LocationKindResolvers;
  LocationOrderField?: LocationOrderFieldResolvers;
  LocationSnapshot?: LocationSnapshotResolvers<ContextType>;
  LowStockAlert?: LowStockAlertResolvers<ContextType>;
  LowStockConnection?: LowStockConnectionResolvers<ContextType>;
  LowStockDirection?: LowStockDirectionResolvers;
  LowStockEdge?: LowStockEdgeResolvers<ContextType>;
  LowStockItem?: LowStockItemResolvers<ContextType>;
  Movement?: MovementResolvers<ContextType>;
  MovementConnection?: MovementConnectionResolvers<ContextType>;
  MovementEdge?: MovementEdgeResolvers<ContextType>;
  MovementErrorPolicy?: MovementErrorPolicyResolvers;
  MovementEventPayload?: MovementEventPayloadResolvers<ContextType>;
  MovementKind?: MovementKindResolvers;
  MovementReason?: MovementReasonResolvers;
  MovementSnapshot?: MovementSnapshotResolvers<ContextType>;
  MovementSummary?: MovementSummaryResolvers<ContextType>;
  MovementSummaryBucket?: MovementSummaryBucketResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NonNegativeInt?: GraphQLScalarType;
  OperationType?: OperationTypeResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersistedDocument?: PersistedDocumentResolvers<ContextType>;
  PersistedDocumentConnection?: PersistedDocumentConnectionResolvers<ContextType>;
  PersistedDocumentEdge?: PersistedDocumentEdgeResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductEventPayload?: ProductEventPayloadResolvers<ContextType>;
  ProductOrderField?: ProductOrderFieldResolvers;
  ProductSnapshot?: ProductSnapshotResolvers<ContextType>;
  PurchaseOrder?: PurchaseOrderResolvers<ContextType>;
  PurchaseOrderConnection?: PurchaseOrderConnectionResolvers<ContextType>;
  PurchaseOrderEdge?: PurchaseOrderEdgeResolvers<ContextType>;
  PurchaseOrderEventPayload?: PurchaseOrderEventPayloadResolvers<ContextType>;
  PurchaseOrderLine?: PurchaseOrderLineResolvers<ContextType>;
  PurchaseOrderLineSnapshot?: PurchaseOrderLineSnapshotResolvers<ContextType>;
  PurchaseOrderPayload?: PurchaseOrderPayloadResolvers<ContextType>;
  PurchaseOrderSnapshot?: PurchaseOrderSnapshotResolvers<ContextType>;
  PurchaseOrderStatus?: PurchaseOrderStatusResolvers;
  PurchaseOrderStatusChange?: PurchaseOrderStatusChangeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordMovementsPayload?: RecordMovementsPayloadResolvers<ContextType>;
  RedeliverWebhookPayload?: RedeliverWebhookPayloadResolvers<ContextType>;
  RegisterPersistedDocumentsPayload?: RegisterPersistedDocumentsPayloadResolvers<ContextType>;
  ReorderPointEventPayload?: ReorderPointEventPayloadResolvers<ContextType>;
  Reservation?: ReservationResolvers<ContextType>;
  ReservationChange?: ReservationChangeResolvers<ContextType>;
  ReservationConnection?: ReservationConnectionResolvers<ContextType>;
  ReservationEdge?: ReservationEdgeResolvers<ContextType>;
  ReservationEventPayload?: ReservationEventPayloadResolvers<ContextType>;
  ReservationLine?: ReservationLineResolvers<ContextType>;
  ReservationLineSnapshot?: ReservationLineSnapshotResolvers<ContextType>;
  ReservationPayload?: ReservationPayloadResolvers<ContextType>;
  ReservationSnapshot?: ReservationSnapshotResolvers<ContextType>;
  ReservationStatus?: ReservationStatusResolvers;
  RestoreLocationPayload?: RestoreLocationPayloadResolvers<ContextType>;
  RestoreProductPayload?: RestoreProductPayloadResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  Role?: RoleResolvers;
  RotateWebhookSecretPayload?: RotateWebhookSecretPayloadResolvers<ContextType>;
  SafeInt?: GraphQLScalarType;
  SafetyStockEventPayload?: SafetyStockEventPayloadResolvers<ContextType>;
  SalesGroupBy?: SalesGroupByResolvers;
  SalesOrderBy?: SalesOrderByResolvers;
  SalesReport?: SalesReportResolvers<ContextType>;
  SalesReportRow?: SalesReportRowResolvers<ContextType>;
  SetSafetyStockPayload?: SetSafetyStockPayloadResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SimilarProduct?: SimilarProductResolvers<ContextType>;
  SortDirection?: SortDirectionResolvers;
  StockAsOf?: StockAsOfResolvers<ContextType>;
  StockDifference?: StockDifferenceResolvers<ContextType>;
  StockLevel?: StockLevelResolvers<ContextType>;
  StockLevelChange?: StockLevelChangeResolvers<ContextType>;
  StockLevelConnection?: StockLevelConnectionResolvers<ContextType>;
  StockLevelEdge?: StockLevelEdgeResolvers<ContextType>;
  StockLevelSnapshot?: StockLevelSnapshotResolvers<ContextType>;
  StockMovementPayload?: StockMovementPayloadResolvers<ContextType>;
  StockState?: StockStateResolvers;
  StockVerification?: StockVerificationResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SummaryInterval?: SummaryIntervalResolvers;
  Transfer?: TransferResolvers<ContextType>;
  TransferConnection?: TransferConnectionResolvers<ContextType>;
  TransferEdge?: TransferEdgeResolvers<ContextType>;
  TransferEventPayload?: TransferEventPayloadResolvers<ContextType>;
  TransferLine?: TransferLineResolvers<ContextType>;
  TransferLineSnapshot?: TransferLineSnapshotResolvers<ContextType>;
  TransferPayload?: TransferPayloadResolvers<ContextType>;
  TransferSnapshot?: TransferSnapshotResolvers<ContextType>;
  TransferStatus?: TransferStatusResolvers;
  TransferStatusChange?: TransferStatusChangeResolvers<ContextType>;
  UpdateApiKeyPayload?: UpdateApiKeyPayloadResolvers<ContextType>;
  UpdateLocationPayload?: UpdateLocationPayloadResolvers<ContextType>;
  UpdateProductPayload?: UpdateProductPayloadResolvers<ContextType>;
  UpdateWebhookSubscriptionPayload?: UpdateWebhookSubscriptionPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserPayload?: UserPayloadResolvers<ContextType>;
  ValuationGroupBy?: ValuationGroupByResolvers;
  ValuationPoint?: ValuationPointResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookDeliveryStatus?: WebhookDeliveryStatusResolvers;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
  WebhookSubscriptionConnection?: WebhookSubscriptionConnectionResolvers<ContextType>;
  WebhookSubscriptionEdge?: WebhookSubscriptionEdgeResolvers<ContextType>;
  WebhookSubscriptionStatus?: WebhookSubscriptionStatusResolvers;
};

export type DirectiveResolvers<ContextType = Context> = {
  auth?: authDirectiveResolver<any, any, ContextType>;
  export?: exportDirectiveResolver<any, any, ContextType>;
  public?: publicDirectiveResolver<any, any, ContextType>;
};
