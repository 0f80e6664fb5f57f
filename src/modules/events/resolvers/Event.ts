import { toGlobalId } from '../../../graphql/global-id';
import type { EventType } from '../../../generated/prisma/enums';
import type { EventResolvers } from './../../types.generated';

/** The payload type each event type carries. */
const PAYLOAD: Record<EventType, string> = {
  MOVEMENT_RECORDED: 'MovementEventPayload',
  MOVEMENT_REVERSED: 'MovementEventPayload',
  RESERVATION_CREATED: 'ReservationEventPayload',
  RESERVATION_EXTENDED: 'ReservationEventPayload',
  RESERVATION_COMMITTED: 'ReservationEventPayload',
  RESERVATION_FULFILLED: 'ReservationEventPayload',
  RESERVATION_RELEASED: 'ReservationEventPayload',
  RESERVATION_EXPIRED: 'ReservationEventPayload',
  SAFETY_STOCK_CHANGED: 'SafetyStockEventPayload',
  PRODUCT_CREATED: 'ProductEventPayload',
  PRODUCT_UPDATED: 'ProductEventPayload',
  PRODUCT_ARCHIVED: 'ProductEventPayload',
  PRODUCT_RESTORED: 'ProductEventPayload',
  LOCATION_CREATED: 'LocationEventPayload',
  LOCATION_UPDATED: 'LocationEventPayload',
  LOCATION_ARCHIVED: 'LocationEventPayload',
  LOCATION_RESTORED: 'LocationEventPayload',
  PRODUCT_BELOW_REORDER_POINT: 'ReorderPointEventPayload',
  PRODUCT_ABOVE_REORDER_POINT: 'ReorderPointEventPayload',
  TRANSFER_CREATED: 'TransferEventPayload',
  TRANSFER_SHIPPED: 'TransferEventPayload',
  TRANSFER_RECEIVED: 'TransferEventPayload',
  TRANSFER_CLOSED: 'TransferEventPayload',
  TRANSFER_CANCELLED: 'TransferEventPayload',
  PURCHASE_ORDER_CREATED: 'PurchaseOrderEventPayload',
  PURCHASE_ORDER_UPDATED: 'PurchaseOrderEventPayload',
  PURCHASE_ORDER_PLACED: 'PurchaseOrderEventPayload',
  PURCHASE_ORDER_RECEIVED: 'PurchaseOrderEventPayload',
  PURCHASE_ORDER_CLOSED: 'PurchaseOrderEventPayload',
  PURCHASE_ORDER_CANCELLED: 'PurchaseOrderEventPayload',
};

export const Event: EventResolvers = {
  id: (event) => toGlobalId('Event', event.id),
  sequence: (event) => Number(event.id),
  actor: async (event, _args, ctx) => {
    if (event.userId) {
      const user = await ctx.loaders.userById.load(event.userId);
      return user && { ...user, __typename: 'User' as const };
    }
    if (event.apiKeyId) {
      const apiKey = await ctx.loaders.apiKeyById.load(event.apiKeyId);
      return apiKey && { ...apiKey, __typename: 'ApiKey' as const };
    }
    return null;
  },
  productIds: (event) => event.productIds.map((id) => toGlobalId('Product', id)),
  locationIds: (event) => event.locationIds.map((id) => toGlobalId('Location', id)),
  reservationId: (event) => event.reservationId && toGlobalId('Reservation', event.reservationId),
  // The stored JSON is the payload type's shape field for field (events/payloads.ts).
  payload: (event) => ({ ...(event.payload as object), __typename: PAYLOAD[event.type] }) as never,
};
