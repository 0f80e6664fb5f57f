import type { RedeliverWebhookPayloadResolvers } from './../../types.generated';
export const RedeliverWebhookPayload: RedeliverWebhookPayloadResolvers = {
  /* Implement RedeliverWebhookPayload resolver logic here */
};
