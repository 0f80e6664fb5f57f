import type { RotateWebhookSecretPayloadResolvers } from './../../types.generated';
export const RotateWebhookSecretPayload: RotateWebhookSecretPayloadResolvers = {
  /* Implement RotateWebhookSecretPayload resolver logic here */
};
