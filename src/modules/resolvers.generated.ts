/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from './types.generated';
import { apiKeys as Query_apiKeys } from './auth/resolvers/Query/apiKeys';
import { categories as Query_categories } from './catalog/resolvers/Query/categories';
import { events as Query_events } from './events/resolvers/Query/events';
import { importJob as Query_importJob } from './import/resolvers/Query/importJob';
import { importJobs as Query_importJobs } from './import/resolvers/Query/importJobs';
import { inventoryValuation as Query_inventoryValuation } from './reports/resolvers/Query/inventoryValuation';
import { location as Query_location } from './locations/resolvers/Query/location';
import { locations as Query_locations } from './locations/resolvers/Query/locations';
import { lowStock as Query_lowStock } from './reports/resolvers/Query/lowStock';
import { me as Query_me } from './auth/resolvers/Query/me';
import { movement as Query_movement } from './stock/resolvers/Query/movement';
import { movementSummary as Query_movementSummary } from './reports/resolvers/Query/movementSummary';
import { movements as Query_movements } from './stock/resolvers/Query/movements';
import { node as Query_node } from './base/resolvers/Query/node';
import { nodes as Query_nodes } from './base/resolvers/Query/nodes';
import { persistedDocuments as Query_persistedDocuments } from './persisted/resolvers/Query/persistedDocuments';
import { product as Query_product } from './catalog/resolvers/Query/product';
import { products as Query_products } from './catalog/resolvers/Query/products';
import { purchaseOrder as Query_purchaseOrder } from './incoming/resolvers/Query/purchaseOrder';
import { purchaseOrders as Query_purchaseOrders } from './incoming/resolvers/Query/purchaseOrders';
import { reservations as Query_reservations } from './stock/resolvers/Query/reservations';
import { salesReport as Query_salesReport } from './reports/resolvers/Query/salesReport';
import { transfer as Query_transfer } from './incoming/resolvers/Query/transfer';
import { transfers as Query_transfers } from './incoming/resolvers/Query/transfers';
import { users as Query_users } from './auth/resolvers/Query/users';
import { valuationHistory as Query_valuationHistory } from './reports/resolvers/Query/valuationHistory';
import { verifyStockLevels as Query_verifyStockLevels } from './stock/resolvers/Query/verifyStockLevels';
import { webhookDeliveries as Query_webhookDeliveries } from './webhooks/resolvers/Query/webhookDeliveries';
import { webhookSubscription as Query_webhookSubscription } from './webhooks/resolvers/Query/webhookSubscription';
import { webhookSubscriptions as Query_webhookSubscriptions } from './webhooks/resolvers/Query/webhookSubscriptions';
import { adjustStock as Mutation_adjustStock } from './stock/resolvers/Mutation/adjustStock';
import { archiveLocation as Mutation_archiveLocation } from './locations/resolvers/Mutation/archiveLocation';
import { archiveProduct as Mutation_archiveProduct } from './catalog/resolvers/Mutation/archiveProduct';
import { cancelImportJob as Mutation_cancelImportJob } from './import/resolvers/Mutation/cancelImportJob';
import { cancelPurchaseOrder as Mutation_cancelPurchaseOrder } from './incoming/resolvers/Mutation/cancelPurchaseOrder';
import { cancelTransfer as Mutation_cancelTransfer } from './incoming/resolvers/Mutation/cancelTransfer';
import { changePassword as Mutation_changePassword } from './auth/resolvers/Mutation/changePassword';
import { changeStockState as Mutation_changeStockState } from './stock/resolvers/Mutation/changeStockState';
import { closePurchaseOrder as Mutation_closePurchaseOrder } from './incoming/resolvers/Mutation/closePurchaseOrder';
import { closeTransfer as Mutation_closeTransfer } from './incoming/resolvers/Mutation/closeTransfer';
import { commitReservation as Mutation_commitReservation } from './stock/resolvers/Mutation/commitReservation';
import { createApiKey as Mutation_createApiKey } from './auth/resolvers/Mutation/createApiKey';
import { createLocation as Mutation_createLocation } from './locations/resolvers/Mutation/createLocation';
import { createProduct as Mutation_createProduct } from './catalog/resolvers/Mutation/createProduct';
import { createPurchaseOrder as Mutation_createPurchaseOrder } from './incoming/resolvers/Mutation/createPurchaseOrder';
import { createPurchaseOrdersFromSuggestions as Mutation_createPurchaseOrdersFromSuggestions } from './incoming/resolvers/Mutation/createPurchaseOrdersFromSuggestions';
import { createTransfer as Mutation_createTransfer } from './incoming/resolvers/Mutation/createTransfer';
import { createUser as Mutation_createUser } from './auth/resolvers/Mutation/createUser';
import { createWebhookSubscription as Mutation_createWebhookSubscription } from './webhooks/resolvers/Mutation/createWebhookSubscription';
import { deactivateUser as Mutation_deactivateUser } from './auth/resolvers/Mutation/deactivateUser';
import { deleteWebhookSubscription as Mutation_deleteWebhookSubscription } from './webhooks/resolvers/Mutation/deleteWebhookSubscription';
import { extendReservation as Mutation_extendReservation } from './stock/resolvers/Mutation/extendReservation';
import { placePurchaseOrder as Mutation_placePurchaseOrder } from './incoming/resolvers/Mutation/placePurchaseOrder';
import { receivePurchaseOrder as Mutation_receivePurchaseOrder } from './incoming/resolvers/Mutation/receivePurchaseOrder';
import { receiveStock as Mutation_receiveStock } from './stock/resolvers/Mutation/receiveStock';
import { receiveTransfer as Mutation_receiveTransfer } from './incoming/resolvers/Mutation/receiveTransfer';
import { recordMovements as Mutation_recordMovements } from './stock/resolvers/Mutation/recordMovements';
import { redeliverWebhook as Mutation_redeliverWebhook } from './webhooks/resolvers/Mutation/redeliverWebhook';
import { registerPersistedDocuments as Mutation_registerPersistedDocuments } from './persisted/resolvers/Mutation/registerPersistedDocuments';
import { releaseReservation as Mutation_releaseReservation } from './stock/resolvers/Mutation/releaseReservation';
import { reserveStock as Mutation_reserveStock } from './stock/resolvers/Mutation/reserveStock';
import { restoreLocation as Mutation_restoreLocation } from './locations/resolvers/Mutation/restoreLocation';
import { restoreProduct as Mutation_restoreProduct } from './catalog/resolvers/Mutation/restoreProduct';
import { returnStock as Mutation_returnStock } from './stock/resolvers/Mutation/returnStock';
import { reverseMovement as Mutation_reverseMovement } from './stock/resolvers/Mutation/reverseMovement';
import { revokeApiKey as Mutation_revokeApiKey } from './auth/resolvers/Mutation/revokeApiKey';
import { rotateWebhookSecret as Mutation_rotateWebhookSecret } from './webhooks/resolvers/Mutation/rotateWebhookSecret';
import { setSafetyStock as Mutation_setSafetyStock } from './stock/resolvers/Mutation/setSafetyStock';
import { shipStock as Mutation_shipStock } from './stock/resolvers/Mutation/shipStock';
import { shipTransfer as Mutation_shipTransfer } from './incoming/resolvers/Mutation/shipTransfer';
import { signIn as Mutation_signIn } from './auth/resolvers/Mutation/signIn';
import { transferStock as Mutation_transferStock } from './stock/resolvers/Mutation/transferStock';
import { updateApiKey as Mutation_updateApiKey } from './auth/resolvers/Mutation/updateApiKey';
import { updateLocation as Mutation_updateLocation } from './locations/resolvers/Mutation/updateLocation';
import { updateProduct as Mutation_updateProduct } from './catalog/resolvers/Mutation/updateProduct';
import { updatePurchaseOrder as Mutation_updatePurchaseOrder } from './incoming/resolvers/Mutation/updatePurchaseOrder';
import { updateUser as Mutation_updateUser } from './auth/resolvers/Mutation/updateUser';
import { updateWebhookSubscription as Mutation_updateWebhookSubscription } from './webhooks/resolvers/Mutation/updateWebhookSubscription';
import { writeOffStock as Mutation_writeOffStock } from './stock/resolvers/Mutation/writeOffStock';
import { events as Subscription_events } from './live/resolvers/Subscription/events';
import { importJobProgress as Subscription_importJobProgress } from './import/resolvers/Subscription/importJobProgress';
import { lowStockAlert as Subscription_lowStockAlert } from './live/resolvers/Subscription/lowStockAlert';
import { reservationChanged as Subscription_reservationChanged } from './live/resolvers/Subscription/reservationChanged';
import { stockLevelChanged as Subscription_stockLevelChanged } from './live/resolvers/Subscription/stockLevelChanged';
import { ApiKey } from './auth/resolvers/ApiKey';
import { ApiKeyConnection } from './auth/resolvers/ApiKeyConnection';
import { ApiKeyEdge } from './auth/resolvers/ApiKeyEdge';
import { ArchiveLocationPayload } from './locations/resolvers/ArchiveLocationPayload';
import { ArchiveProductPayload } from './catalog/resolvers/ArchiveProductPayload';
import { CancelImportJobPayload } from './import/resolvers/CancelImportJobPayload';
import { Category } from './catalog/resolvers/Category';
import { CreateApiKeyPayload } from './auth/resolvers/CreateApiKeyPayload';
import { CreateLocationPayload } from './locations/resolvers/CreateLocationPayload';
import { CreateProductPayload } from './catalog/resolvers/CreateProductPayload';
import { CreatePurchaseOrdersFromSuggestionsPayload } from './incoming/resolvers/CreatePurchaseOrdersFromSuggestionsPayload';
import { CreateWebhookSubscriptionPayload } from './webhooks/resolvers/CreateWebhookSubscriptionPayload';
import { DeleteWebhookSubscriptionPayload } from './webhooks/resolvers/DeleteWebhookSubscriptionPayload';
import { Event } from './events/resolvers/Event';
import { EventConnection } from './events/resolvers/EventConnection';
import { EventEdge } from './events/resolvers/EventEdge';
import { HistoricalStockLevel } from './stock/resolvers/HistoricalStockLevel';
import { ImportColumnMapping } from './import/resolvers/ImportColumnMapping';
import { ImportJob } from './import/resolvers/ImportJob';
import { ImportJobConnection } from './import/resolvers/ImportJobConnection';
import { ImportJobEdge } from './import/resolvers/ImportJobEdge';
import { ImportJobError } from './import/resolvers/ImportJobError';
import { ImportProgress } from './import/resolvers/ImportProgress';
import { ImportRowError } from './import/resolvers/ImportRowError';
import { ImportRowErrorConnection } from './import/resolvers/ImportRowErrorConnection';
import { ImportRowErrorEdge } from './import/resolvers/ImportRowErrorEdge';
import { IncomingQuantity } from './incoming/resolvers/IncomingQuantity';
import { InventoryValuationConnection } from './reports/resolvers/InventoryValuationConnection';
import { InventoryValuationEdge } from './reports/resolvers/InventoryValuationEdge';
import { InventoryValuationRow } from './reports/resolvers/InventoryValuationRow';
import { Location as locations_Location } from './locations/resolvers/Location';
import { Location as stock_Location } from './stock/resolvers/Location';
import { LocationConnection } from './locations/resolvers/LocationConnection';
import { LocationEdge } from './locations/resolvers/LocationEdge';
import { LocationEventPayload } from './events/resolvers/LocationEventPayload';
import { LocationSnapshot } from './events/resolvers/LocationSnapshot';
import { LowStockAlert } from './live/resolvers/LowStockAlert';
import { LowStockConnection } from './reports/resolvers/LowStockConnection';
import { LowStockEdge } from './reports/resolvers/LowStockEdge';
import { LowStockItem } from './reports/resolvers/LowStockItem';
import { Movement as stock_Movement } from './stock/resolvers/Movement';
import { Movement as auth_Movement } from './auth/resolvers/Movement';
import { MovementConnection } from './stock/resolvers/MovementConnection';
import { MovementEdge } from './stock/resolvers/MovementEdge';
import { MovementEventPayload } from './events/resolvers/MovementEventPayload';
import { MovementSnapshot } from './events/resolvers/MovementSnapshot';
import { MovementSummary } from './reports/resolvers/MovementSummary';
import { MovementSummaryBucket } from './reports/resolvers/MovementSummaryBucket';
import { PageInfo } from './base/resolvers/PageInfo';
import { PersistedDocument } from './persisted/resolvers/PersistedDocument';
import { PersistedDocumentConnection } from './persisted/resolvers/PersistedDocumentConnection';
import { PersistedDocumentEdge } from './persisted/resolvers/PersistedDocumentEdge';
import { Product as catalog_Product } from './catalog/resolvers/Product';
import { Product as stock_Product } from './stock/resolvers/Product';
import { Product as reports_Product } from './reports/resolvers/Product';
import { Product as incoming_Product } from './incoming/resolvers/Product';
import { ProductConnection } from './catalog/resolvers/ProductConnection';
import { ProductEdge } from './catalog/resolvers/ProductEdge';
import { ProductEventPayload } from './events/resolvers/ProductEventPayload';
import { ProductSnapshot } from './events/resolvers/ProductSnapshot';
import { PurchaseOrder } from './incoming/resolvers/PurchaseOrder';
import { PurchaseOrderConnection } from './incoming/resolvers/PurchaseOrderConnection';
import { PurchaseOrderEdge } from './incoming/resolvers/PurchaseOrderEdge';
import { PurchaseOrderEventPayload } from './incoming/resolvers/PurchaseOrderEventPayload';
import { PurchaseOrderLine } from './incoming/resolvers/PurchaseOrderLine';
import { PurchaseOrderLineSnapshot } from './incoming/resolvers/PurchaseOrderLineSnapshot';
import { PurchaseOrderPayload } from './incoming/resolvers/PurchaseOrderPayload';
import { PurchaseOrderSnapshot } from './incoming/resolvers/PurchaseOrderSnapshot';
import { PurchaseOrderStatusChange } from './incoming/resolvers/PurchaseOrderStatusChange';
import { RecordMovementsPayload } from './stock/resolvers/RecordMovementsPayload';
import { RedeliverWebhookPayload } from './webhooks/resolvers/RedeliverWebhookPayload';
import { RegisterPersistedDocumentsPayload } from './persisted/resolvers/RegisterPersistedDocumentsPayload';
import { ReorderPointEventPayload } from './events/resolvers/ReorderPointEventPayload';
import { Reservation } from './stock/resolvers/Reservation';
import { ReservationChange } from './live/resolvers/ReservationChange';
import { ReservationConnection } from './stock/resolvers/ReservationConnection';
import { ReservationEdge } from './stock/resolvers/ReservationEdge';
import { ReservationEventPayload } from './events/resolvers/ReservationEventPayload';
import { ReservationLine } from './stock/resolvers/ReservationLine';
import { ReservationLineSnapshot } from './events/resolvers/ReservationLineSnapshot';
import { ReservationPayload } from './stock/resolvers/ReservationPayload';
import { ReservationSnapshot } from './events/resolvers/ReservationSnapshot';
import { RestoreLocationPayload } from './locations/resolvers/RestoreLocationPayload';
import { RestoreProductPayload } from './catalog/resolvers/RestoreProductPayload';
import { RevokeApiKeyPayload } from './auth/resolvers/RevokeApiKeyPayload';
import { RotateWebhookSecretPayload } from './webhooks/resolvers/RotateWebhookSecretPayload';
import { SafetyStockEventPayload } from './events/resolvers/SafetyStockEventPayload';
import { SalesReport } from './reports/resolvers/SalesReport';
import { SalesReportRow } from './reports/resolvers/SalesReportRow';
import { SetSafetyStockPayload } from './stock/resolvers/SetSafetyStockPayload';
import { SignInPayload } from './auth/resolvers/SignInPayload';
import { SimilarProduct } from './reports/resolvers/SimilarProduct';
import { StockAsOf } from './stock/resolvers/StockAsOf';
import { StockDifference } from './stock/resolvers/StockDifference';
import { StockLevel as stock_StockLevel } from './stock/resolvers/StockLevel';
import { StockLevel as incoming_StockLevel } from './incoming/resolvers/StockLevel';
import { StockLevelChange } from './live/resolvers/StockLevelChange';
import { StockLevelConnection } from './stock/resolvers/StockLevelConnection';
import { StockLevelEdge } from './stock/resolvers/StockLevelEdge';
import { StockLevelSnapshot } from './events/resolvers/StockLevelSnapshot';
import { StockMovementPayload } from './stock/resolvers/StockMovementPayload';
import { StockVerification } from './stock/resolvers/StockVerification';
import { Transfer } from './incoming/resolvers/Transfer';
import { TransferConnection } from './incoming/resolvers/TransferConnection';
import { TransferEdge } from './incoming/resolvers/TransferEdge';
import { TransferEventPayload } from './incoming/resolvers/TransferEventPayload';
import { TransferLine } from './incoming/resolvers/TransferLine';
import { TransferLineSnapshot } from './incoming/resolvers/TransferLineSnapshot';
import { TransferPayload } from './incoming/resolvers/TransferPayload';
import { TransferSnapshot } from './incoming/resolvers/TransferSnapshot';
import { TransferStatusChange } from './incoming/resolvers/TransferStatusChange';
import { UpdateApiKeyPayload } from './auth/resolvers/UpdateApiKeyPayload';
import { UpdateLocationPayload } from './locations/resolvers/UpdateLocationPayload';
import { UpdateProductPayload } from './catalog/resolvers/UpdateProductPayload';
import { UpdateWebhookSubscriptionPayload } from './webhooks/resolvers/UpdateWebhookSubscriptionPayload';
import { User } from './auth/resolvers/User';
import { UserConnection } from './auth/resolvers/UserConnection';
import { UserEdge } from './auth/resolvers/UserEdge';
import { UserError } from './base/resolvers/UserError';
import { UserPayload } from './auth/resolvers/UserPayload';
import { ValuationPoint } from './reports/resolvers/ValuationPoint';
import { WebhookAttempt } from './webhooks/resolvers/WebhookAttempt';
import { WebhookDelivery } from './webhooks/resolvers/WebhookDelivery';
import { WebhookDeliveryConnection } from './webhooks/resolvers/WebhookDeliveryConnection';
import { WebhookDeliveryEdge } from './webhooks/resolvers/WebhookDeliveryEdge';
import { WebhookSubscription } from './webhooks/resolvers/WebhookSubscription';
import { WebhookSubscriptionConnection } from './webhooks/resolvers/WebhookSubscriptionConnection';
import { WebhookSubscriptionEdge } from './webhooks/resolvers/WebhookSubscriptionEdge';
import { DateTime } from './base/resolvers/DateTime';
import { Decimal } from './base/resolvers/Decimal';
import { JSONResolver, NonNegativeIntResolver, SafeIntResolver } from 'graphql-scalars';
export const resolvers: Resolvers = {
  Query: {
    apiKeys: Query_apiKeys,
    categories: Query_categories,
    events: Query_events,
    importJob: Query_importJob,
    importJobs: Query_importJobs,
    inventoryValuation: Query_inventoryValuation,
    location: Query_location,
    locations: Query_locations,
    lowStock: Query_lowStock,
    me: Query_me,
    movement: Query_movement,
    movementSummary: Query_movementSummary,
    movements: Query_movements,
    node: Query_node,
    nodes: Query_nodes,
    persistedDocuments: Query_persistedDocuments,
    product: Query_product,
    products: Query_products,
    purchaseOrder: Query_purchaseOrder,
    purchaseOrders: Query_purchaseOrders,
    reservations: Query_reservations,
    salesReport: Query_salesReport,
    transfer: Query_transfer,
    transfers: Query_transfers,
    users: Query_users,
    valuationHistory: Query_valuationHistory,
    verifyStockLevels: Query_verifyStockLevels,
    webhookDeliveries: Query_webhookDeliveries,
    webhookSubscription: Query_webhookSubscription,
    webhookSubscriptions: Query_webhookSubscriptions,
  },
  Mutation: {
    adjustStock: Mutation_adjustStock,
    archiveLocation: Mutation_archiveLocation,
    archiveProduct: Mutation_archiveProduct,
    cancelImportJob: Mutation_cancelImportJob,
    cancelPurchaseOrder: Mutation_cancelPurchaseOrder,
    cancelTransfer: Mutation_cancelTransfer,
    changePassword: Mutation_changePassword,
    changeStockState: Mutation_changeStockState,
    closePurchaseOrder: Mutation_closePurchaseOrder,
    closeTransfer: Mutation_closeTransfer,
    commitReservation: Mutation_commitReservation,
    createApiKey: Mutation_createApiKey,
    createLocation: Mutation_createLocation,
    createProduct: Mutation_createProduct,
    createPurchaseOrder: Mutation_createPurchaseOrder,
    createPurchaseOrdersFromSuggestions: Mutation_createPurchaseOrdersFromSuggestions,
    createTransfer: Mutation_createTransfer,
    createUser: Mutation_createUser,
    createWebhookSubscription: Mutation_createWebhookSubscription,
    deactivateUser: Mutation_deactivateUser,
    deleteWebhookSubscription: Mutation_deleteWebhookSubscription,
    extendReservation: Mutation_extendReservation,
    placePurchaseOrder: Mutation_placePurchaseOrder,
    receivePurchaseOrder: Mutation_receivePurchaseOrder,
    receiveStock: Mutation_receiveStock,
    receiveTransfer: Mutation_receiveTransfer,
    recordMovements: Mutation_recordMovements,
    redeliverWebhook: Mutation_redeliverWebhook,
    registerPersistedDocuments: Mutation_registerPersistedDocuments,
    releaseReservation: Mutation_releaseReservation,
    reserveStock: Mutation_reserveStock,
    restoreLocation: Mutation_restoreLocation,
    restoreProduct: Mutation_restoreProduct,
    returnStock: Mutation_returnStock,
    reverseMovement: Mutation_reverseMovement,
    revokeApiKey: Mutation_revokeApiKey,
    rotateWebhookSecret: Mutation_rotateWebhookSecret,
    setSafetyStock: Mutation_setSafetyStock,
    shipStock: Mutation_shipStock,
    shipTransfer: Mutation_shipTransfer,
    signIn: Mutation_signIn,
    transferStock: Mutation_transferStock,
    updateApiKey: Mutation_updateApiKey,
    updateLocation: Mutation_updateLocation,
    updateProduct: Mutation_updateProduct,
    updatePurchaseOrder: Mutation_updatePurchaseOrder,
    updateUser: Mutation_updateUser,
    updateWebhookSubscription: Mutation_updateWebhookSubscription,
    writeOffStock: Mutation_writeOffStock,
  },
  Subscription: {
    events: Subscription_events,
    importJobProgress: Subscription_importJobProgress,
    lowStockAlert: Subscription_lowStockAlert,
    reservationChanged: Subscription_reservationChanged,
    stockLevelChanged: Subscription_stockLevelChanged,
  },
  ApiKey: ApiKey,
  ApiKeyConnection: ApiKeyConnection,
  ApiKeyEdge: ApiKeyEdge,
  ArchiveLocationPayload: ArchiveLocationPayload,
  ArchiveProductPayload: ArchiveProductPayload,
  CancelImportJobPayload: CancelImportJobPayload,
  Category: Category,
  CreateApiKeyPayload: CreateApiKeyPayload,
  CreateLocationPayload: CreateLocationPayload,
  CreateProductPayload: CreateProductPayload,
  CreatePurchaseOrdersFromSuggestionsPayload: CreatePurchaseOrdersFromSuggestionsPayload,
  CreateWebhookSubscriptionPayload: CreateWebhookSubscriptionPayload,
  DeleteWebhookSubscriptionPayload: DeleteWebhookSubscriptionPayload,
  Event: Event,
  EventConnection: EventConnection,
  EventEdge: EventEdge,
  HistoricalStockLevel: HistoricalStockLevel,
  ImportColumnMapping: ImportColumnMapping,
  ImportJob: ImportJob,
  ImportJobConnection: ImportJobConnection,
  ImportJobEdge: ImportJobEdge,
  ImportJobError: ImportJobError,
  ImportProgress: ImportProgress,
  ImportRowError: ImportRowError,
  ImportRowErrorConnection: ImportRowErrorConnection,
  ImportRowErrorEdge: ImportRowErrorEdge,
  IncomingQuantity: IncomingQuantity,
  InventoryValuationConnection: InventoryValuationConnection,
  InventoryValuationEdge: InventoryValuationEdge,
  InventoryValuationRow: InventoryValuationRow,
  Location: { ...locations_Location, ...stock_Location },
  LocationConnection: LocationConnection,
  LocationEdge: LocationEdge,
  LocationEventPayload: LocationEventPayload,
  LocationSnapshot: LocationSnapshot,
  LowStockAlert: LowStockAlert,
  LowStockConnection: LowStockConnection,
  LowStockEdge: LowStockEdge,
  LowStockItem: LowStockItem,
  Movement: { ...stock_Movement, ...auth_Movement },
  MovementConnection: MovementConnection,
  MovementEdge: MovementEdge,
  MovementEventPayload: MovementEventPayload,
  MovementSnapshot: MovementSnapshot,
  MovementSummary: MovementSummary,
  MovementSummaryBucket: MovementSummaryBucket,
  PageInfo: PageInfo,
  PersistedDocument: PersistedDocument,
  PersistedDocumentConnection: PersistedDocumentConnection,
  PersistedDocumentEdge: PersistedDocumentEdge,
  Product: { ...catalog_Product, ...stock_Product, ...reports_Product, ...incoming_Product },
  ProductConnection: ProductConnection,
  ProductEdge: ProductEdge,
  ProductEventPayload: ProductEventPayload,
  ProductSnapshot: ProductSnapshot,
  PurchaseOrder: PurchaseOrder,
  PurchaseOrderConnection: PurchaseOrderConnection,
  PurchaseOrderEdge: PurchaseOrderEdge,
  PurchaseOrderEventPayload: PurchaseOrderEventPayload,
  PurchaseOrderLine: PurchaseOrderLine,
  PurchaseOrderLineSnapshot: PurchaseOrderLineSnapshot,
  PurchaseOrderPayload: PurchaseOrderPayload,
  PurchaseOrderSnapshot: PurchaseOrderSnapshot,
  PurchaseOrderStatusChange: PurchaseOrderStatusChange,
  RecordMovementsPayload: RecordMovementsPayload,
  RedeliverWebhookPayload: RedeliverWebhookPayload,
  RegisterPersistedDocumentsPayload: RegisterPersistedDocumentsPayload,
  ReorderPointEventPayload: ReorderPointEventPayload,
  Reservation: Reservation,
  ReservationChange: ReservationChange,
  ReservationConnection: ReservationConnection,
  ReservationEdge: ReservationEdge,
  ReservationEventPayload: ReservationEventPayload,
  ReservationLine: ReservationLine,
  ReservationLineSnapshot: ReservationLineSnapshot,
  ReservationPayload: ReservationPayload,
  ReservationSnapshot: ReservationSnapshot,
  RestoreLocationPayload: RestoreLocationPayload,
  RestoreProductPayload: RestoreProductPayload,
  RevokeApiKeyPayload: RevokeApiKeyPayload,
  RotateWebhookSecretPayload: RotateWebhookSecretPayload,
  SafetyStockEventPayload: SafetyStockEventPayload,
  SalesReport: SalesReport,
  SalesReportRow: SalesReportRow,
  SetSafetyStockPayload: SetSafetyStockPayload,
  SignInPayload: SignInPayload,
  SimilarProduct: SimilarProduct,
  StockAsOf: StockAsOf,
  StockDifference: StockDifference,
  StockLevel: { ...stock_StockLevel, ...incoming_StockLevel },
  StockLevelChange: StockLevelChange,
  StockLevelConnection: StockLevelConnection,
  StockLevelEdge: StockLevelEdge,
  StockLevelSnapshot: StockLevelSnapshot,
  StockMovementPayload: StockMovementPayload,
  StockVerification: StockVerification,
  Transfer: Transfer,
  TransferConnection: TransferConnection,
  TransferEdge: TransferEdge,
  TransferEventPayload: TransferEventPayload,
  TransferLine: TransferLine,
  TransferLineSnapshot: TransferLineSnapshot,
  TransferPayload: TransferPayload,
  TransferSnapshot: TransferSnapshot,
  TransferStatusChange: TransferStatusChange,
  UpdateApiKeyPayload: UpdateApiKeyPayload,
  UpdateLocationPayload: UpdateLocationPayload,
  UpdateProductPayload: UpdateProductPayload,
  UpdateWebhookSubscriptionPayload: UpdateWebhookSubscriptionPayload,
  User: User,
  UserConnection: UserConnection,
  UserEdge: UserEdge,
  UserError: UserError,
  UserPayload: UserPayload,
  ValuationPoint: ValuationPoint,
  WebhookAttempt: WebhookAttempt,
  WebhookDelivery: WebhookDelivery,
  WebhookDeliveryConnection: WebhookDeliveryConnection,
  WebhookDeliveryEdge: WebhookDeliveryEdge,
  WebhookSubscription: WebhookSubscription,
  WebhookSubscriptionConnection: WebhookSubscriptionConnection,
  WebhookSubscriptionEdge: WebhookSubscriptionEdge,
  DateTime: DateTime,
  Decimal: Decimal,
  JSON: JSONResolver,
  NonNegativeInt: NonNegativeIntResolver,
  SafeInt: SafeIntResolver,
};
