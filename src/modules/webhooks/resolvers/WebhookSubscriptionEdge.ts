import type { WebhookSubscriptionEdgeResolvers } from './../../types.generated';
export const WebhookSubscriptionEdge: WebhookSubscriptionEdgeResolvers = {
  /* Implement WebhookSubscriptionEdge resolver logic here */
};
