import type { WebhookDeliveryEdgeResolvers } from './../../types.generated';
export const WebhookDeliveryEdge: WebhookDeliveryEdgeResolvers = {
  /* Implement WebhookDeliveryEdge resolver logic here */
};
