import type { UpdateWebhookSubscriptionPayloadResolvers } from './../../types.generated';
export const UpdateWebhookSubscriptionPayload: UpdateWebhookSubscriptionPayloadResolvers = {
  /* Implement UpdateWebhookSubscriptionPayload resolver logic here */
};
