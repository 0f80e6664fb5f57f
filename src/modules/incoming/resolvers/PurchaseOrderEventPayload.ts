import type { PurchaseOrderEventPayloadResolvers } from './../../types.generated';
export const PurchaseOrderEventPayload: PurchaseOrderEventPayloadResolvers = {
  /* Implement PurchaseOrderEventPayload resolver logic here */
};
